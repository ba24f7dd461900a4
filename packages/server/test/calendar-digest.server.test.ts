import { createMailer } from '@kindred/app';
import { describeEachDialect } from '@kindred/store/testing';
import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readMail, startSmtpServer, type TestSmtpServer } from '../../app/test/support/smtp-test-server.ts';
import { loadServerConfig } from '../src/config/server-config.ts';
import { createLogger } from '../src/logger.ts';
import { createServerApp } from '../src/server-app.ts';
import { bodyOf, signedUp, testApp } from './support/test-app.ts';

const clock = () => new Date('2026-03-02T09:00:00Z');

describeEachDialect('calendar feed and digest over HTTP', (getStore) => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp.close());

  it('serves a private feed that parses as iCalendar, and stops serving it when replaced or turned off', async () => {
    const app = testApp(getStore(), { PUBLIC_URL: 'https://kindred.example.org' }, clock);
    const me = await signedUp(app);
    await me.json('POST', '/api/people', { name: 'Sam Lee', metWhere: 'Design review', metOn: '2026-03-01' });
    const event = await me.json('POST', '/api/events', { name: 'DevConf', startsOn: '2026-03-20' });
    expect((await me.json('GET', '/api/calendar-feed')).body).toEqual({ active: false, createdAt: null });
    const made = await me.json('POST', '/api/calendar-feed');
    expect(made.status).toBe(201);
    expect(made.body.url).toMatch(/^https:\/\/kindred\.example\.org\/calendar\/kcal_[\w-]+\.ics$/);
    const path = new URL(made.body.url).pathname;

    // No session: a calendar app has only the link.
    const feed = await app.request(path);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const devconf = events.find((e) => e.summary === 'DevConf');
    expect(devconf?.uid).toBe(`event-${event.body.id}@kindred`);
    expect(devconf?.startDate.toString()).toBe('2026-03-20');
    const plan = await me.json('GET', '/api/plan?horizon=week');
    expect(plan.body.actions.length).toBeGreaterThan(0);
    for (const action of plan.body.actions) {
      expect(events.some((e) => e.summary === action.title && e.startDate.toString() === action.day)).toBe(
        true,
      );
    }

    const replaced = await me.json('POST', '/api/calendar-feed');
    const old = await app.request(path);
    expect(old.status).toBe(404);
    expect((await bodyOf(old)).error.code).toBe('feed_not_found');
    expect((await app.request(new URL(replaced.body.url).pathname)).status).toBe(200);
    expect((await me.json('DELETE', '/api/calendar-feed')).status).toBe(200);
    expect((await app.request(new URL(replaced.body.url).pathname)).status).toBe(404);
    expect((await me.json('DELETE', '/api/calendar-feed')).status).toBe(404);
  });

  it('previews the digest, and sends it now only when SMTP is configured', async () => {
    const withoutMail = testApp(getStore(), {}, clock);
    const me = await signedUp(withoutMail, 'Jo');
    await me.json('POST', '/api/people', {
      name: 'Ana Silva',
      metWhere: 'Design review',
      metOn: '2026-03-01',
    });
    const preview = await me.json('GET', '/api/digest/preview');
    expect(preview.status).toBe(200);
    expect(preview.body.text).toContain('Ana');
    const refused = await me.json('POST', '/api/digest/send');
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('smtp_not_configured');
    expect((await me.json('GET', '/api/setup')).body.emailConfigured).toBe(false);

    const config = loadServerConfig({
      KINDRED_DATA_DIR: '/tmp/unused',
      LOG_LEVEL: 'silent',
      ALLOW_SIGNUP: 'true',
    });
    const mailer = createMailer(smtp.url);
    const withMail = createServerApp({
      store: getStore(),
      config,
      logger: createLogger('silent'),
      mailer,
      clock,
    });
    const sent = await withMail.request('/api/digest/send', {
      method: 'POST',
      headers: { cookie: me.cookie },
    });
    expect(sent.status).toBe(200);
    expect((await bodyOf(await withMail.request('/api/setup'))).emailConfigured).toBe(true);
    const { sentTo } = await bodyOf(sent);
    const received = smtp.to(sentTo);
    expect(received).toHaveLength(1);
    const mail = readMail(received[0]?.raw ?? '');
    expect(mail.subject).toBe(preview.body.subject);
    expect(mail.text).toContain('Ana');
    mailer.close();
  });
});
