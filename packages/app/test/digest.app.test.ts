import { randomUUID } from 'node:crypto';
import type { Store } from '@kindred/store';
import { describeEachDialect } from '@kindred/store/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { newId, type UseCaseContext } from '../src/context.ts';
import { sendDueDigests } from '../src/digest/index.ts';
import { createMailer, type Mailer } from '../src/integrations/smtp.mailer.ts';
import { addPerson } from '../src/people/add-person.service.ts';
import { planFor } from '../src/plan/plan.service.ts';
import {
  readMail,
  startSmtpServer,
  type TestSmtpServer,
  unreachableSmtpUrl,
} from './support/smtp-test-server.ts';

const FROM = 'Kindred <kindred@example.org>';

interface DigestUser {
  ctx: UseCaseContext;
  email: string | null;
}

/** A user with an address (unless `email: null`), digest settings, and someone to follow up. */
async function digestUser(
  store: Store,
  options: {
    now: string;
    timeZone?: string;
    digest?: { enabled: boolean; weekday?: string; hour?: number };
    email?: null;
  },
): Promise<DigestUser> {
  const id = newId();
  const email = options.email === null ? null : `robin-${randomUUID()}@example.org`;
  const timeZone = options.timeZone ?? 'Europe/London';
  await store.repos.users.insert({
    id,
    displayName: 'Robin',
    email,
    timeZone,
    // Stored partially on purpose: reading settings fills in the rest.
    settings: options.digest ? { emailDigest: options.digest } : {},
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  const ctx: UseCaseContext = { store, ownerId: id, now: new Date(options.now), timeZone };
  await addPerson(ctx, { name: 'Sam Lee', metWhere: 'Design review' });
  return { ctx, email };
}

describeEachDialect('weekly digest', (getStore) => {
  let smtp: TestSmtpServer;
  let mailer: Mailer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    mailer = createMailer(smtp.url);
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
  });
  const run = (now: string, using: Mailer = mailer) =>
    sendDueDigests({ store: getStore(), now: new Date(now), mailer: using, from: FROM });

  it('sends the week’s plan to a user who asked for it, once, and nothing to anyone else', async () => {
    const now = '2026-03-02T08:30:00Z'; // Monday, 08:30 in London
    const robin = await digestUser(getStore(), { now, digest: { enabled: true } });
    const quiet = await digestUser(getStore(), { now });
    const off = await digestUser(getStore(), { now, digest: { enabled: false, weekday: 'mon', hour: 0 } });
    const noAddress = await digestUser(getStore(), { now, email: null, digest: { enabled: true } });

    const result = await run(now);
    expect(result.sent).toContain(robin.ctx.ownerId);
    for (const other of [quiet, off, noAddress]) expect(result.sent).not.toContain(other.ctx.ownerId);
    expect(result.failed).toEqual([]);

    const received = smtp.to(robin.email as string);
    expect(received).toHaveLength(1);
    expect(smtp.to(quiet.email as string)).toEqual([]);
    expect(smtp.to(off.email as string)).toEqual([]);
    const mail = readMail(received[0]?.raw as string);
    expect(mail.headers.get('from')).toBe(FROM);
    expect(mail.subject).toBe('Your Kindred plan for the week from Monday 2 March');
    expect(mail.text).toContain('Hello Robin,');
    const plan = await planFor(robin.ctx, 'week');
    expect(plan.actions.length).toBeGreaterThan(0);
    for (const action of plan.actions) {
      expect(mail.text).toContain(action.title);
      expect(mail.text).toContain(action.reason);
      const draft = action.drafts[0]?.draft.body;
      if (draft) for (const line of draft.split('\n')) expect(mail.text).toContain(line);
    }
    expect(mail.html).toContain('<ol');
    expect(mail.text).toContain('turn it off in your Kindred settings');

    // Later the same week: already sent.
    const again = await run('2026-03-04T12:00:00Z');
    expect(again.sent).not.toContain(robin.ctx.ownerId);
    expect(smtp.to(robin.email as string)).toHaveLength(1);
    // The next week it comes again.
    expect((await run('2026-03-09T08:00:00Z')).sent).toContain(robin.ctx.ownerId);
    expect(smtp.to(robin.email as string)).toHaveLength(2);
  });

  it('sends once when two runs race for the same week', async () => {
    const now = '2026-03-16T09:00:00Z';
    const robin = await digestUser(getStore(), { now, digest: { enabled: true } });
    const [a, b] = await Promise.all([run(now), run(now)]);
    const [c, d] = await Promise.all([run(now), run(now)]);
    const sends = [a, b, c, d].flatMap((r) => r.sent).filter((id) => id === robin.ctx.ownerId);
    expect(sends).toHaveLength(1);
    expect(smtp.to(robin.email as string)).toHaveLength(1);
  });

  it('waits for the chosen weekday and hour on the user’s own clock', async () => {
    // Wednesday 18 March 2026, 18:00 in Auckland (UTC+13) is 05:00 UTC.
    const auckland = await digestUser(getStore(), {
      now: '2026-03-18T05:00:00Z',
      timeZone: 'Pacific/Auckland',
      digest: { enabled: true, weekday: 'wed', hour: 18 },
    });
    const london = await digestUser(getStore(), {
      now: '2026-03-18T05:00:00Z',
      digest: { enabled: true, weekday: 'wed', hour: 18 },
    });
    const mine = (r: { sent: string[] }) =>
      r.sent.filter((id) => id === auckland.ctx.ownerId || id === london.ctx.ownerId);

    expect(mine(await run('2026-03-17T09:00:00Z'))).toEqual([]); // Tuesday
    expect(mine(await run('2026-03-18T04:59:00Z'))).toEqual([]); // 17:59 in Auckland
    expect(mine(await run('2026-03-18T05:00:00Z'))).toEqual([auckland.ctx.ownerId]);
    expect(mine(await run('2026-03-18T17:59:00Z'))).toEqual([]); // 17:59 in London
    expect(mine(await run('2026-03-18T18:00:00Z'))).toEqual([london.ctx.ownerId]);
    expect(smtp.to(auckland.email as string)).toHaveLength(1);
    expect(smtp.to(london.email as string)).toHaveLength(1);
  });

  it('gives the week back when the mail server cannot be reached, so a later run sends it', async () => {
    const now = '2026-03-23T10:00:00Z';
    const robin = await digestUser(getStore(), { now, digest: { enabled: true } });
    const down = createMailer(await unreachableSmtpUrl());
    try {
      const failed = await run(now, down);
      expect(failed.sent).not.toContain(robin.ctx.ownerId);
      expect(failed.failed).toContainEqual({ userId: robin.ctx.ownerId, error: expect.any(String) });
    } finally {
      down.close();
    }
    expect(smtp.to(robin.email as string)).toEqual([]);
    const candidates = await getStore().repos.users.digestCandidates('2026-W13');
    expect(candidates.map((u) => u.id)).toContain(robin.ctx.ownerId);

    const later = await run('2026-03-23T10:15:00Z');
    expect(later.sent).toContain(robin.ctx.ownerId);
    expect(smtp.to(robin.email as string)).toHaveLength(1);
  });
});
