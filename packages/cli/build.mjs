// Bundles the `kindred` command into one file. Loading ~150 TypeScript modules through a
// loader hook costs about two seconds a run; the bundle starts in about 0.2 s. Native and
// optional drivers stay outside the bundle and load from node_modules as usual.
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('./src/main.ts', import.meta.url).pathname],
  outfile: new URL('./dist/kindred.mjs', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  external: ['better-sqlite3', 'pg', 'pg-native'],
  // Some bundled CommonJS dependencies call require(); give them one.
  banner: {
    js: "import { createRequire as __kindredRequire } from 'node:module'; const require = __kindredRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
