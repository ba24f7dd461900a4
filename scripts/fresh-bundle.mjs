// Runs a package's esbuild bundle (built by `npm run build`, which `npm ci` and `npm test`
// run), unless a TypeScript source is newer than the bundle: then it runs the sources
// through tsx, so an edit is never hidden behind a stale build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packagesDir = fileURLToPath(new URL('../packages/', import.meta.url));

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isFresh(bundle, packages) {
  if (!existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  for (const pkg of packages) {
    const src = `${packagesDir}${pkg}/src`;
    if (existsSync(src) && newestSource(src) > built) return false;
  }
  return true;
}

/**
 * @param {{ bundle: URL, source: URL, packages: string[] }} target
 *   the bundle, the entry source, and the packages whose sources it is built from
 */
export async function launch({ bundle, source, packages }) {
  const bundlePath = fileURLToPath(bundle);
  if (isFresh(bundlePath, packages)) {
    await import(bundlePath);
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    await import(fileURLToPath(source));
  }
}
