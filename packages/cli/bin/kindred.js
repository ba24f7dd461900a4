#!/usr/bin/env node
// The `kindred` command. The sources are TypeScript; tsx compiles them as they load,
// so there is no build step between a checkout and a working command.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
