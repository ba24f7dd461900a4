#!/usr/bin/env node
// Runs every benchmark (bench/<name>/<name>.bench.ts), one after another, each in its own
// process so that one's memory and warm caches never flatter another's figures.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const names = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'results' && (!only || d.name === only))
  .map((d) => d.name);
let failed = 0;
for (const name of names) {
  const file = join(here, name, `${name}.bench.ts`);
  console.log(`\n# bench/${name}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
