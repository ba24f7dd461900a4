import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { addPerson, createApiToken, ensureLocalOwner, logInteraction } from '@kindred/app';
import { openStore } from '@kindred/store';
import { loadServerConfig } from '/work/main/packages/server/src/config/server-config.ts';
import { createLogger } from '/work/main/packages/server/src/logger.ts';
import { createServerApp } from '/work/main/packages/server/src/server-app.ts';

const dir = mkdtempSync(join(tmpdir(), 'ksrv-'));
const store = await openStore({ kind: 'sqlite', file: join(dir, 'k.sqlite') });
const owner = await ensureLocalOwner(store, new Date());
const ctx = { store, ownerId: owner.id, now: new Date(), timeZone: 'UTC' };
const ids: string[] = [];
for (let i = 0; i < 1000; i++)
  ids.push(
    (
      await addPerson(ctx, {
        name: `Person ${i}`,
        organisation: `Org ${i % 40}`,
        interests: ['bouldering', 'kubernetes', 'jazz'],
        channels: [{ kind: 'email', value: `p${i}@x.org` }],
      })
    ).person.id,
  );
for (let i = 0; i < 4000; i++) await logInteraction(ctx, { personIds: [ids[i % 1000]!], form: 'message' });
const { secret } = await createApiToken(ctx, { name: 'b' });
writeFileSync('/tmp/prof/token', secret);
const config = loadServerConfig({ KINDRED_DATA_DIR: dir, LOG_LEVEL: 'info' });
const sink = { write() {} } as any;
const app = createServerApp({
  store,
  config,
  logger: createLogger('info', process.env.STDOUT ? undefined : sink),
});
const { Session } = await import('node:inspector/promises');
const session = new Session();
session.connect();
await session.post('Profiler.enable');
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 4499 }, () => console.log('listening'));
process.on('SIGUSR1', async () => {
  await session.post('Profiler.start');
  console.log('profiling');
});
process.on('SIGUSR2', async () => {
  const { profile } = await session.post('Profiler.stop');
  mkdirSync('/tmp/prof/cpu5', { recursive: true });
  writeFileSync('/tmp/prof/cpu5/p.cpuprofile', JSON.stringify(profile));
  console.log('saved');
  process.exit(0);
});
