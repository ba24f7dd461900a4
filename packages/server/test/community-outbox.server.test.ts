/**
 * The server's `community-emails` job drains the outbox: an introduction proposed over
 * HTTP while the mail server is down is answered 201 and its emails wait; two runs of
 * the job at once (as two server processes would) then deliver each email exactly once,
 * and a later run sends nothing. Without SMTP the job is not scheduled at all.
 */
import { createMailer } from '@kindred/app';
import { describeEachDialect } from '@kindred/store/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readMail, startSmtpServer, unreachableSmtpUrl } from '../../app/test/support/smtp-test-server.ts';
import { loadServerConfig } from '../src/config/server-config.ts';
import { serverJobs } from '../src/jobs/server-jobs.ts';
import { createLogger } from '../src/logger.ts';
import { createServerApp } from '../src/server-app.ts';
import { clock } from './support/api-fixtures.ts';
import { type Client, signedUp, type TestApp } from './support/test-app.ts';

describeEachDialect('community emails job', (getStore) => {
  const config = loadServerConfig({
    KINDRED_DATA_DIR: '/tmp/unused',
    LOG_LEVEL: 'silent',
    ALLOW_SIGNUP: 'true',
    AUTH_RATE_LIMIT: '10000',
    PUBLIC_URL: 'https://kindred.example.org',
  });
  let down: ReturnType<typeof createMailer>;
  let app: TestApp;
  beforeAll(async () => {
    down = createMailer(await unreachableSmtpUrl());
    app = createServerApp({ store: getStore(), config, logger: createLogger('silent'), mailer: down, clock });
  });
  afterAll(() => down.close());

  const emailOf = async (client: Client): Promise<string> =>
    (await client.json('GET', '/api/account')).body.email;

  it('sends what waited while SMTP was down, once, however many processes run the job', async () => {
    const ana = await signedUp(app, 'Ana Connector');
    const ben = await signedUp(app, 'Ben Binder');
    const cleo = await signedUp(app, 'Cleo Binder');
    const id = (await ana.json('POST', '/api/communities', { name: 'Binders' })).body.id;
    for (const member of [ben, cleo]) {
      const link = await ana.json('POST', `/api/communities/${id}/invites`, {});
      expect((await member.json('POST', '/api/invites/accept', { token: link.body.url })).status).toBe(200);
    }
    const proposed = await ana.json('POST', `/api/communities/${id}/introductions`, {
      userIds: [ben.userId, cleo.userId],
    });
    expect(proposed.status).toBe(201);

    const smtp = await startSmtpServer();
    const mailer = createMailer(smtp.url);
    try {
      const logger = createLogger('silent');
      const job = (process: number) => {
        const found = serverJobs(getStore(), config, mailer, logger).find(
          (j) => j.name === 'community-emails',
        );
        if (!found) throw new Error(`process ${process} has no community-emails job`);
        return found;
      };
      expect(job(1).everyMs).toBe(config.roundCheckSeconds * 1000);
      const outcomes = await Promise.all([job(1).run(new Date()), job(2).run(new Date())]);
      expect(outcomes.join(' ')).toMatch(/sent/);
      const [benEmail, cleoEmail] = [await emailOf(ben), await emailOf(cleo)];
      expect(smtp.messages.flatMap((m) => m.to).sort()).toEqual([benEmail, cleoEmail].sort());
      expect(readMail(smtp.to(benEmail)[0]?.raw ?? '').subject).toBe(
        'Ana Connector would like to introduce you to Cleo Binder',
      );
      expect(await job(3).run(new Date())).toMatch(/^sent 0, failed 0/);
      expect(smtp.messages).toHaveLength(2);
    } finally {
      mailer.close();
      await smtp.close();
    }
    expect(serverJobs(getStore(), config, null, createLogger('silent')).map((j) => j.name)).not.toContain(
      'community-emails',
    );
  });
});
