import { describeEachDialect } from '@kindred/store/testing';
import ICAL from 'ical.js';
import { expect, it } from 'vitest';
import {
  calendarFeedStatus,
  createCalendarFeed,
  eventUid,
  planActionUid,
  renderCalendarFeed,
  revokeCalendarFeed,
} from '../src/calendar/index.ts';
import { addEvent } from '../src/events/event.service.ts';
import { addPerson } from '../src/people/add-person.service.ts';
import { planFor } from '../src/plan/plan.service.ts';
import { contextFor } from './app-context.ts';

function vevents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, vevents: calendar.getAllSubcomponents('vevent') };
}

describeEachDialect('calendar feed', (getStore) => {
  it('renders this week’s plan and the events around it, readable by another iCalendar library', async () => {
    const { ctx } = await contextFor(getStore(), '2026-03-02T09:00:00Z');
    await addPerson(ctx, { name: 'Sam Lee', metWhere: 'Design review' });
    const meetup = await addEvent(ctx, {
      name: 'Rust meetup',
      kind: 'meetup',
      startsOn: '2026-03-05',
      location: 'Hall 2',
    });
    const lastMonth = await addEvent(ctx, { name: 'Book club', kind: 'other', startsOn: '2026-02-10' });
    await addEvent(ctx, { name: 'Old conference', kind: 'conference', startsOn: '2026-01-10' });
    await addEvent(ctx, { name: 'Far summit', kind: 'conference', startsOn: '2027-06-01' });
    const plan = await planFor(ctx, 'week');
    expect(plan.actions.length).toBeGreaterThan(0);

    const { token } = await createCalendarFeed(ctx);
    const text = await renderCalendarFeed({ store: ctx.store, now: ctx.now }, token);
    const { calendar, vevents: entries } = vevents(text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Kindred plan');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/London');

    const byUid = new Map(entries.map((v) => [v.getFirstPropertyValue('uid'), v]));
    expect(byUid.size).toBe(entries.length);
    // The steps, and the events from 30 days back to a year ahead; nothing else.
    expect([...byUid.keys()].sort()).toEqual(
      [...plan.actions.map((a) => planActionUid(a.key)), eventUid(meetup.id), eventUid(lastMonth.id)].sort(),
    );
    for (const action of plan.actions) {
      const entry = byUid.get(planActionUid(action.key));
      expect(entry?.getFirstPropertyValue('summary')).toBe(action.title);
      expect((entry!.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe(action.day);
      const description = String(entry?.getFirstPropertyValue('description'));
      expect(description).toContain(action.reason);
      const draft = action.drafts[0]?.draft.body;
      if (draft) expect(description).toContain(draft);
    }
    const followUp = plan.actions.find((a) => a.kind === 'first_follow_up');
    expect(followUp?.title).toContain('Sam');
    expect(followUp?.drafts[0]?.draft.body).toContain('Design review');
    const event = byUid.get(eventUid(meetup.id));
    expect(event?.getFirstPropertyValue('summary')).toBe('Rust meetup');
    expect((event!.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2026-03-05');
    expect(event?.getFirstPropertyValue('location')).toBe('Hall 2');
  });

  it('shows each person only their own plan', async () => {
    const mine = await contextFor(getStore(), '2026-03-02T09:00:00Z');
    const theirs = await contextFor(getStore(), '2026-03-02T09:00:00Z', 'America/New_York');
    await addEvent(mine.ctx, { name: 'My dinner', kind: 'dinner', startsOn: '2026-03-04' });
    const { token } = await createCalendarFeed(theirs.ctx);
    const text = await renderCalendarFeed({ store: getStore(), now: theirs.ctx.now }, token);
    expect(text).not.toContain('My dinner');
    expect(vevents(text).calendar.getFirstPropertyValue('x-wr-timezone')).toBe('America/New_York');
  });

  it('stops an old link when a new one is made, and when the feed is turned off', async () => {
    const { ctx, at } = await contextFor(getStore(), '2026-03-02T09:00:00Z');
    const sys = { store: ctx.store, now: ctx.now };
    expect(await calendarFeedStatus(ctx)).toEqual({ active: false, createdAt: null });
    await expect(revokeCalendarFeed(ctx)).rejects.toMatchObject({ code: 'feed_not_found' });

    const first = await createCalendarFeed(ctx);
    expect(first.token).toMatch(/^kcal_/);
    expect(await renderCalendarFeed(sys, first.token)).toContain('BEGIN:VCALENDAR');

    const second = await createCalendarFeed(at('2026-03-03T10:00:00Z'));
    expect(second.token).not.toBe(first.token);
    expect(await calendarFeedStatus(ctx)).toEqual({ active: true, createdAt: '2026-03-03T10:00:00.000Z' });
    await expect(renderCalendarFeed(sys, first.token)).rejects.toMatchObject({ code: 'feed_not_found' });
    expect(await renderCalendarFeed(sys, second.token)).toContain('BEGIN:VCALENDAR');

    await revokeCalendarFeed(ctx);
    expect(await calendarFeedStatus(ctx)).toEqual({ active: false, createdAt: null });
    await expect(renderCalendarFeed(sys, second.token)).rejects.toMatchObject({
      code: 'feed_not_found',
      message: expect.stringContaining('Make a new link'),
    });
    // Something that is not a feed link at all is refused the same way.
    await expect(renderCalendarFeed(sys, 'kss_not-a-feed')).rejects.toMatchObject({ code: 'feed_not_found' });
  });
});
