/**
 * The peer for bench/api: a bare Hono app on @hono/node-server with one route that
 * answers GET /api/people with a fixed JSON body (the same page of people the real
 * server returned, read from BENCH_BARE_BODY), serialised on every request. No
 * middleware, no auth, no database, no logging: the floor for HTTP + routing + JSON.
 * It logs the same listening line as the real server, so the same helper starts it.
 */
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const file = process.env.BENCH_BARE_BODY;
const body: unknown = file ? JSON.parse(readFileSync(file, 'utf8')) : { items: [], nextCursor: null };

const app = new Hono();
app.get('/api/people', (c) => c.json(body as object));

serve(
  { fetch: app.fetch, hostname: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 0) },
  (info) => {
    console.log(
      JSON.stringify({ msg: 'Kindred is listening', address: `http://${info.address}:${info.port}` }),
    );
  },
);
// Exit normally on SIGTERM, so `--cpu-prof` can write its profile.
process.on('SIGTERM', () => process.exit(0));
