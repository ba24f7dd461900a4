/**
 * The outbox of community emails, on both dialects, against real SMTP servers (one
 * that works, and an address where nothing listens): a group round or an introduction
 * started while the mail server is down is stored with its emails queued, one per
 * recipient with an address, and a later run of the sender delivers them all, once;
 * sent rows keep no text; a claim left by a process that died is taken again after 15
 * minutes; three failed tries mark a row failed; a member who leaves before delivery
 * gets nothing; without a mailer nothing is queued at all.
 */
import { randomUUID } from 'node:crypto';
import type { Store } from '@kindred/store';
import { describeEachDialect } from '@kindred/store/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  answerIntroduction,
  createCommunity,
  leaveCommunity,
  listMyGroups,
  OUTBOX_KEEP_DAYS,
  proposeIntroduction,
  pruneOutbox,
  saveMyProfile,
  sendOutbox,
  startGroupRound,
} from '../src/communities/index.ts';
import type { UseCaseContext } from '../src/context.ts';
import { createMailer, type Mailer } from '../src/integrations/smtp.mailer.ts';
import { contextFor } from './app-context.ts';
import { readMail, startSmtpServer, unreachableSmtpUrl } from './support/smtp-test-server.ts';

const NOW = '2027-05-04T09:00:00.000Z';
const FROM = 'kindred@example.org';
const urlFor = (communityId: string) => `https://kindred.example.org/communities/${communityId}`;
const minutes = (n: number) => new Date(Date.parse(NOW) + n * 60_000);

describeEachDialect('community outbox', (getStore) => {
  let down: Mailer;
  beforeAll(async () => {
    down = createMailer(await unreachableSmtpUrl());
  });
  afterAll(() => down.close());

  /** A working mail server for one test, closed afterwards. */
  async function working<T>(
    work: (smtp: Awaited<ReturnType<typeof startSmtpServer>>, mailer: Mailer) => Promise<T>,
  ) {
    const smtp = await startSmtpServer();
    const mailer = createMailer(smtp.url);
    try {
      return await work(smtp, mailer);
    } finally {
      mailer.close();
      await smtp.close();
    }
  }

  async function person(name: string): Promise<UseCaseContext & { email: string }> {
    const store = getStore();
    const { ctx } = await contextFor(store, NOW);
    const email = `${name.toLowerCase().replace(/\W/g, '')}-${randomUUID().slice(0, 8)}@example.org`;
    await store.db
      .updateTable('users')
      .set({ email, display_name: name })
      .where('id', '=', ctx.ownerId)
      .execute();
    return { ...ctx, email };
  }

  /** Six members who all chose group activities around board games; one has no address. */
  async function gamers() {
    const store = getStore();
    const people = [];
    for (const name of ['Ana', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay']) people.push(await person(name));
    const [admin] = people as [UseCaseContext & { email: string }];
    const { id } = await createCommunity(admin, { name: `Gamers ${randomUUID().slice(0, 6)}` });
    for (const p of people.slice(1)) await store.repos.communities.addMember(id, p.ownerId, 'member', NOW);
    for (const p of people) {
      await saveMyProfile(p, id, { interests: ['board games'], formats: ['group-activity'] });
    }
    // Fay has no address: she is placed, but there is nothing to queue for her.
    const fay = people[5] as UseCaseContext & { email: string };
    await store.db.updateTable('users').set({ email: null }).where('id', '=', fay.ownerId).execute();
    return { id, admin, people, withAddress: people.slice(0, 5), fay };
  }

  const rows = (store: Store, communityId: string) =>
    store.db
      .selectFrom('community_outbox')
      .selectAll()
      .where('community_id', '=', communityId)
      .orderBy('recipient')
      .execute();

  it('queues a group round started while SMTP is down, and a later run delivers each email once', async () => {
    const store = getStore();
    const { id, admin, people, withAddress } = await gamers();
    const round = await startGroupRound(
      admin,
      id,
      { title: 'Spring games' },
      { mailer: down, from: FROM, urlFor },
    );
    // The round stands, every member placed, and nothing is lost: one row per placed member with an address.
    expect(round.placed).toBe(people.length);
    const queued = await rows(store, id);
    expect(queued.map((r) => r.recipient)).toEqual(withAddress.map((p) => p.email).sort());
    expect(queued.map((r) => r.user_id).sort()).toEqual(withAddress.map((p) => p.ownerId).sort());
    for (const row of queued) {
      expect(row).toMatchObject({ kind: 'group', status: 'queued', attempts: 1 });
      expect(row.last_error).toBeTruthy();
      expect(row.body_text).toContain('Spring games');
    }

    await working(async (smtp, mailer) => {
      const result = await sendOutbox({ store, mailer, from: FROM, now: minutes(5) });
      expect(result).toEqual({ sent: withAddress.length, failed: [] });
      expect(smtp.messages.flatMap((m) => m.to).sort()).toEqual(withAddress.map((p) => p.email).sort());
      for (const p of withAddress) {
        const [group] = await listMyGroups(p, id, { limit: 1 });
        const [received, ...more] = smtp.to(p.email);
        expect(more).toEqual([]);
        const mail = readMail(received?.raw ?? '');
        expect(mail.subject).toBe(
          `A small ${group?.activity.label} group in ${(await community(store, id)).name}`,
        );
        expect(mail.text).toContain('Spring games');
        expect(mail.text).toContain(urlFor(id));
      }
      // Delivered mail keeps no text here.
      for (const row of await rows(store, id)) {
        expect(row).toMatchObject({
          status: 'sent',
          subject: '',
          body_text: '',
          body_html: null,
          last_error: null,
        });
        expect(row.sent_at).toBe(minutes(5).toISOString());
      }
      // Another run, even much later, sends nothing again.
      expect(await sendOutbox({ store, mailer, from: FROM, now: minutes(60) })).toEqual({
        sent: 0,
        failed: [],
      });
      expect(smtp.messages).toHaveLength(withAddress.length);
    });
  });

  it('sends at once with a working mail server, and queues nothing without one', async () => {
    const store = getStore();
    const first = await gamers();
    await working(async (smtp, mailer) => {
      await startGroupRound(first.admin, first.id, {}, { mailer, from: FROM, urlFor });
      // Received as the call returns, as before the outbox; the rows are already sent.
      expect(smtp.messages).toHaveLength(first.withAddress.length);
      expect((await rows(store, first.id)).map((r) => [r.status, r.body_text])).toEqual(
        first.withAddress.map(() => ['sent', '']),
      );
      expect(await sendOutbox({ store, mailer, from: FROM, now: minutes(1) })).toEqual({
        sent: 0,
        failed: [],
      });
      expect(smtp.messages).toHaveLength(first.withAddress.length);
    });
    const second = await gamers();
    await startGroupRound(second.admin, second.id, {}, { mailer: null, from: FROM, urlFor });
    await startGroupRound({ ...second.admin, now: minutes(25 * 60) }, second.id, {});
    expect(await rows(store, second.id)).toEqual([]);
  });

  it('takes again a claim older than 15 minutes (its process died mid-send), not a fresh one', async () => {
    const store = getStore();
    const { id, admin, withAddress } = await gamers();
    await startGroupRound(admin, id, {}, { mailer: down, from: FROM, urlFor });
    // Another process claims everything queued, then dies before sending.
    const claimed = await store.repos.communityOutbox.claim(100, NOW, minutes(-15).toISOString());
    expect(claimed).toHaveLength(withAddress.length);
    await working(async (smtp, mailer) => {
      expect(await sendOutbox({ store, mailer, from: FROM, now: minutes(14) })).toEqual({
        sent: 0,
        failed: [],
      });
      expect(smtp.messages).toEqual([]);
      expect((await rows(store, id)).every((r) => r.status === 'sending')).toBe(true);
      const later = await sendOutbox({ store, mailer, from: FROM, now: minutes(16) });
      expect(later).toEqual({ sent: withAddress.length, failed: [] });
      expect(smtp.messages.flatMap((m) => m.to).sort()).toEqual(withAddress.map((p) => p.email).sort());
      // Tried at once, claimed by the dead process, then sent: three tries.
      expect((await rows(store, id)).map((r) => [r.status, r.attempts])).toEqual(
        withAddress.map(() => ['sent', 3]),
      );
    });
  });

  it('queues an introduction proposed and made while SMTP is down, and delivers both later', async () => {
    const store = getStore();
    const [ana, ben, cleo] = [await person('Ana'), await person('Ben'), await person('Cleo')];
    const { id } = await createCommunity(ana, { name: `Makers ${randomUUID().slice(0, 6)}` });
    for (const p of [ben, cleo]) await store.repos.communities.addMember(id, p.ownerId, 'member', NOW);
    const mail = { mailer: down, from: FROM, urlFor };
    const proposed = await proposeIntroduction(ana, id, { userIds: [ben.ownerId, cleo.ownerId] }, mail);
    expect(proposed.status).toBe('waiting');
    expect((await rows(store, id)).map((r) => [r.recipient, r.kind, r.status])).toEqual(
      [ben.email, cleo.email].sort().map((to) => [to, 'introduction', 'queued']),
    );

    await working(async (smtp, mailer) => {
      expect(await sendOutbox({ store, mailer, from: FROM, now: minutes(2) })).toEqual({
        sent: 2,
        failed: [],
      });
      expect(readMail(smtp.to(ben.email)[0]?.raw ?? '').subject).toBe(
        'Ana would like to introduce you to Cleo',
      );
      expect(readMail(smtp.to(cleo.email)[0]?.raw ?? '').subject).toBe(
        'Ana would like to introduce you to Ben',
      );
    });

    await answerIntroduction(ben, id, proposed.id, { answer: 'accepted' }, mail);
    expect((await rows(store, id)).filter((r) => r.status !== 'sent')).toEqual([]);
    const both = await answerIntroduction(cleo, id, proposed.id, { answer: 'accepted' }, mail);
    expect(both.status).toBe('introduced');
    expect((await rows(store, id)).filter((r) => r.status === 'queued')).toHaveLength(2);

    await working(async (smtp, mailer) => {
      expect(await sendOutbox({ store, mailer, from: FROM, now: minutes(3) })).toEqual({
        sent: 2,
        failed: [],
      });
      const toBen = readMail(smtp.to(ben.email)[0]?.raw ?? '');
      expect(toBen.subject).toBe('You and Cleo are introduced');
      expect(toBen.text).toContain(cleo.email);
      expect(readMail(smtp.to(cleo.email)[0]?.raw ?? '').text).toContain(ben.email);
      expect(smtp.messages).toHaveLength(2);
      expect(await sendOutbox({ store, mailer, from: FROM, now: minutes(4) })).toEqual({
        sent: 0,
        failed: [],
      });
    });
    expect((await rows(store, id)).map((r) => [r.status, r.body_text])).toEqual([
      ['sent', ''],
      ['sent', ''],
      ['sent', ''],
      ['sent', ''],
    ]);
  });

  it('marks an email failed after three tries, and sends it no more', async () => {
    const store = getStore();
    const [ana, ben] = [await person('Ana'), await person('Ben')];
    const { id } = await createCommunity(ana, { name: `Pairs ${randomUUID().slice(0, 6)}` });
    await store.repos.communities.addMember(id, ben.ownerId, 'member', NOW);
    // Ana proposes herself: only Ben still has to answer, so only he is emailed.
    await proposeIntroduction(
      ana,
      id,
      { userIds: [ana.ownerId, ben.ownerId] },
      { mailer: down, from: FROM, urlFor },
    );
    const status = async () => (await rows(store, id)).map((r) => [r.recipient, r.status, r.attempts]);
    expect(await status()).toEqual([[ben.email, 'queued', 1]]);
    const second = await sendOutbox({ store, mailer: down, from: FROM, now: minutes(1) });
    expect(second.sent).toBe(0);
    expect(second.failed).toHaveLength(1);
    expect(await status()).toEqual([[ben.email, 'queued', 2]]);
    await sendOutbox({ store, mailer: down, from: FROM, now: minutes(2) });
    expect(await status()).toEqual([[ben.email, 'failed', 3]]);
    expect((await rows(store, id))[0]?.last_error).toBeTruthy();
    await working(async (smtp, mailer) => {
      expect(await sendOutbox({ store, mailer, from: FROM, now: minutes(60) })).toEqual({
        sent: 0,
        failed: [],
      });
      expect(smtp.messages).toEqual([]);
    });
  });

  it('forgets sent and failed emails after a month, never one still waiting', async () => {
    const store = getStore();
    const { id, admin } = await gamers();
    await startGroupRound(admin, id, {}, { mailer: down, from: FROM, urlFor });
    const all = await rows(store, id);
    const [sent, failed, waiting] = all as [(typeof all)[0], (typeof all)[0], (typeof all)[0]];
    await store.db
      .updateTable('community_outbox')
      .set({ status: 'sent' })
      .where('id', '=', sent.id)
      .execute();
    await store.db
      .updateTable('community_outbox')
      .set({ status: 'failed' })
      .where('id', '=', failed.id)
      .execute();
    const statuses = async () => (await rows(store, id)).map((r) => r.status).sort();
    // A month is not yet up: nothing goes.
    await pruneOutbox(store, minutes((OUTBOX_KEEP_DAYS - 1) * 24 * 60));
    expect((await rows(store, id)).length).toBe(all.length);
    // After it, the sent and the failed go; what still waits to be sent stays.
    const gone = await pruneOutbox(store, minutes((OUTBOX_KEEP_DAYS + 1) * 24 * 60));
    expect(gone).toBeGreaterThanOrEqual(2);
    const left = await rows(store, id);
    expect(left.map((r) => r.id)).toContain(waiting.id);
    expect(left.map((r) => r.id)).not.toContain(sent.id);
    expect(left.map((r) => r.id)).not.toContain(failed.id);
    expect(await statuses()).toEqual(Array(all.length - 2).fill('queued'));
    // The queue is shared by the file's tests: leave nothing waiting for the next one.
    await store.db.deleteFrom('community_outbox').where('community_id', '=', id).execute();
  });

  it('cancels what was not yet sent to a member who leaves the community', async () => {
    const store = getStore();
    const { id, admin, withAddress } = await gamers();
    await startGroupRound(admin, id, {}, { mailer: down, from: FROM, urlFor });
    const leaver = withAddress[2] as UseCaseContext & { email: string };
    await leaveCommunity(leaver, id);
    expect((await rows(store, id)).map((r) => r.recipient)).not.toContain(leaver.email);
    const staying = withAddress.filter((p) => p !== leaver);
    await working(async (smtp, mailer) => {
      expect(await sendOutbox({ store, mailer, from: FROM, now: minutes(5) })).toEqual({
        sent: staying.length,
        failed: [],
      });
      expect(smtp.to(leaver.email)).toEqual([]);
      expect(smtp.messages.flatMap((m) => m.to).sort()).toEqual(staying.map((p) => p.email).sort());
    });
  });
});

function community(store: Store, id: string) {
  return store.db.selectFrom('communities').select('name').where('id', '=', id).executeTakeFirstOrThrow();
}
