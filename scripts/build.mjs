// Bundles the `kindred` command and the server, each into one file. Loading ~200
// TypeScript modules through a loader hook costs about two seconds a start; a bundle
// starts in a fraction of that. Native and optional drivers stay outside the bundle and
// load from node_modules as usual.
import { build } from 'esbuild';

const targets = [
  { entry: '../packages/cli/src/main.ts', out: '../packages/cli/dist/kindred.mjs' },
  { entry: '../packages/server/src/main.ts', out: '../packages/server/dist/kindred-server.mjs' },
];

await Promise.all(
  targets.map(({ entry, out }) =>
    build({
      entryPoints: [new URL(entry, import.meta.url).pathname],
      outfile: new URL(out, import.meta.url).pathname,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      sourcemap: 'linked',
      external: ['better-sqlite3', 'pg', 'pg-native', 'pino'],
      // Some bundled CommonJS dependencies call require(); give them one.
      banner: {
        js: "import { createRequire as __kindredRequire } from 'node:module'; const require = __kindredRequire(import.meta.url);",
      },
      logLevel: 'warning',
    }),
  ),
);
