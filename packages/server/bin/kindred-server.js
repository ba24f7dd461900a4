#!/usr/bin/env node
// `npm start`: the Kindred server, from its bundle when that is up to date (see launch).
import { launch } from '../../../scripts/fresh-bundle.mjs';

await launch({
  bundle: new URL('../dist/kindred-server.mjs', import.meta.url),
  source: new URL('../src/main.ts', import.meta.url),
  packages: ['core', 'store', 'app', 'server'],
});
