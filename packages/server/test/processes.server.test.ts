/**
 * Whole server processes: graceful shutdown with a request in flight, and two processes
 * on one PostgreSQL database running the scheduled digest exactly once.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { weekdayOf } from '@kindred/core';
import { createTestPgDatabase } from '@kindred/store/testing';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { readMail, startSmtpServer } from '../../app/test/support/smtp-test-server.ts';
import { type ServerProcess, signUpWithToken, startServerProcess } from './support/server-process.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a server process', () => {
  it('finishes a request in flight on SIGTERM, then exits cleanly', async () => {
    const server = await startServerProcess({ dataDir: mkdtempSync(join(tmpdir(), 'kindred-stop-')) });
    try {
      const { token } = await signUpWithToken(server.url);
      // A large import keeps a request busy long enough to stop the server under it.
      const cards = Array.from(
        { length: 4000 },
        (_, i) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${i}\r\nEMAIL:p${i}@example.org\r\nEND:VCARD\r\n`,
      ).join('');
      const pending = fetch(`${server.url}/api/import`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ fileName: 'many.vcf', text: cards }),
      });
      await sleep(150);
      const code = server.stop('SIGTERM');
      const response = await pending;
      expect(response.status).toBe(200);
      expect(((await response.json()) as { created: unknown[] }).created).toHaveLength(4000);
      expect(await code).toBe(0);
      expect(server.output()).toContain('stopped cleanly');
      // And nothing new is accepted once it has stopped.
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    } finally {
      await server.kill().catch(() => {});
    }
  }, 60_000);
});

describe('two server processes on one PostgreSQL database', () => {
  const pgUrl = inject('pgUrl');
  it.skipIf(!pgUrl)(
    'send each due digest once, and claim each job slot once',
    async () => {
      const smtp = await startSmtpServer();
      const { url, drop } = await createTestPgDatabase(pgUrl as string);
      const servers: ServerProcess[] = [];
      try {
        const env = {
          DATABASE_URL: url,
          SMTP_URL: smtp.url,
          DIGEST_CHECK_SECONDS: '1',
          KINDRED_JOBS: 'true',
        };
        servers.push(await startServerProcess({ env }));
        const owner = await signUpWithToken(servers[0]?.url as string);
        const now = new Date();
        const settings = await fetch(`${servers[0]?.url}/api/settings`, {
          method: 'PATCH',
          headers: { authorization: `Bearer ${owner.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            timeZone: 'UTC',
            emailDigest: { enabled: true, weekday: weekdayOf(now.toISOString().slice(0, 10)), hour: 0 },
          }),
        });
        expect(settings.status).toBe(200);
        servers.push(await startServerProcess({ env }));
        await sleep(5000);
        // Both are alive and serving.
        for (const s of servers) expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
        expect(smtp.to(owner.email)).toHaveLength(1);
        // The scheduled digest links to the settings page at the address the server got.
        const mail = readMail((smtp.to(owner.email)[0] as { raw: string }).raw);
        expect(servers.some((s) => mail.text.includes(`${s.url}/settings`))).toBe(true);

        const client = new pg.Client({ connectionString: url });
        await client.connect();
        const runs = await client.query<{ slot: string; n: string }>(
          "select slot, count(*) as n from job_runs where job = 'weekly-digest' group by slot",
        );
        const outcomes = await client.query<{ outcome: string }>(
          "select outcome from job_runs where job = 'weekly-digest' and outcome like 'sent 1%'",
        );
        await client.end();
        // One row a slot (several slots passed while both ran), and one run sent the mail.
        expect(runs.rows.length).toBeGreaterThanOrEqual(3);
        expect(runs.rows.every((r) => Number(r.n) === 1)).toBe(true);
        expect(outcomes.rows).toHaveLength(1);
      } finally {
        for (const s of servers) await s.stop().catch(() => {});
        await smtp.close();
        await drop();
      }
    },
    90_000,
  );
});
