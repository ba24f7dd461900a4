#!/usr/bin/env node
// The `kindred` command. It runs the bundle built by `npm run build` (which `npm ci` and
// `npm test` run), unless a source file is newer than the bundle: then it runs the
// TypeScript sources through tsx, so an edit is never hidden behind a stale build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/kindred.mjs', import.meta.url));
const packagesDir = fileURLToPath(new URL('../../', import.meta.url));

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  if (!existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  for (const pkg of ['core', 'store', 'app', 'cli']) {
    const src = `${packagesDir}${pkg}/src`;
    if (existsSync(src) && newestSource(src) > built) return false;
  }
  return true;
}

if (bundleIsFresh()) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
}
