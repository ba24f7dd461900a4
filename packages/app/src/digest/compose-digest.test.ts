import type { PlanAction } from '@kindred/core';
import { describe, expect, it } from 'vitest';
import type { PlanView } from '../plan/plan.service.ts';
import { composeDigest, escapeHtml } from './compose-digest.ts';

const step = (over: Partial<PlanAction>): PlanAction => ({
  key: 'k',
  handle: 'h',
  kind: 'check_in',
  personIds: ['p1'],
  day: '2026-03-03',
  title: 'Check in with Ana',
  reason: 'It has been six weeks since you last spoke.',
  form: 'message',
  energyCost: 1,
  value: 1,
  window: { from: '2026-03-02', to: '2026-03-08' },
  drafts: [],
  ...over,
});

const plan = (actions: PlanAction[], notes: string[] = []): PlanView => ({
  today: '2026-03-02',
  horizon: 'week',
  days: [],
  energy: [{ weekStart: '2026-03-02', budget: 20, spent: 2, reserved: 6, planned: 3, left: 9 }],
  actions,
  notes,
  people: {},
});

describe('composeDigest', () => {
  it('lists each step by day with why, what it costs and a draft, then the energy left', () => {
    const email = composeDigest({
      displayName: 'Robin',
      plan: plan(
        [
          step({
            key: 'b',
            day: '2026-03-05',
            title: 'Ask Kenji about the <chess> club',
            reason: 'He mentioned "Tuesday & Thursday" games.',
            energyCost: 2,
            drafts: [
              {
                personId: 'p2',
                kind: 'check_in',
                draft: {
                  channel: 'message',
                  subject: null,
                  body: 'Hi Kenji,\nhow is the club going?',
                  variant: 0,
                },
              },
            ],
          }),
          step({ key: 'a' }),
        ],
        ['Wednesday is a quiet day.'],
      ),
    });
    expect(email.subject).toBe('Your Kindred plan for the week from Monday 2 March');
    expect(email.text).toContain('Hello Robin,');
    expect(email.text).toContain('two small steps, 3 points of energy in all');
    // In day order, whatever order the plan gave.
    expect(email.text.indexOf('Tuesday 3 March: Check in with Ana')).toBeLessThan(
      email.text.indexOf('Thursday 5 March: Ask Kenji about the <chess> club'),
    );
    expect(email.text).toContain('Energy: 2 points');
    expect(email.text).toContain('  Hi Kenji,\n  how is the club going?');
    expect(email.text).toContain('9 of your 20 energy points are left this week after these steps.');
    expect(email.text).toContain('Wednesday is a quiet day.');
    expect(email.text).toContain('To stop it, turn it off in your Kindred settings.');
    // What the plan says is text, never markup.
    expect(email.html).toContain('Ask Kenji about the &lt;chess&gt; club');
    expect(email.html).toContain('He mentioned &quot;Tuesday &amp; Thursday&quot; games.');
    expect(email.html).not.toContain('<chess>');
  });

  it('says so plainly when the week holds nothing, and links the settings when it can', () => {
    const email = composeDigest({
      displayName: 'Robin',
      plan: plan([]),
      settingsUrl: 'https://kindred.example.org/settings',
    });
    expect(email.text).toContain('Kindred has no steps for you in the seven days from Monday 2 March.');
    expect(email.text).toContain('9 of your 20 energy points are left this week.');
    expect(email.text).toContain('turn it off in your settings (https://kindred.example.org/settings)');
    // In the HTML copy, the settings page is a link one click away.
    expect(email.html).toContain(
      'turn it off in your <a href="https://kindred.example.org/settings">Kindred settings</a>.',
    );
  });

  it('links only a web address, and escapes it', () => {
    const odd = composeDigest({
      displayName: 'Robin',
      plan: plan([]),
      settingsUrl: 'https://kindred.example.org/settings?a=1&b="2"',
    });
    expect(odd.html).toContain('<a href="https://kindred.example.org/settings?a=1&amp;b=%222%22">');
    const script = composeDigest({
      displayName: 'Robin',
      plan: plan([]),
      settingsUrl: 'javascript:alert(1)',
    });
    expect(script.html).not.toContain('<a ');
    expect(script.html).not.toContain('javascript:');
    expect(script.text).toContain('To stop it, turn it off in your Kindred settings.');
    const none = composeDigest({ displayName: 'Robin', plan: plan([]), settingsUrl: null });
    expect(none.html).not.toContain('<a ');
  });

  it('escapes every character HTML treats specially', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
  });
});
