#!/usr/bin/env node
// The `kindred` command: the bundle when it is up to date, else the sources (see launch).
import { launch } from '../../../scripts/fresh-bundle.mjs';

await launch({
  bundle: new URL('../dist/kindred.mjs', import.meta.url),
  source: new URL('../src/main.ts', import.meta.url),
  packages: ['core', 'store', 'app', 'cli'],
});
