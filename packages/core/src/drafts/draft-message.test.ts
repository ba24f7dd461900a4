import { describe, expect, it } from 'vitest';
import type { DraftInput } from './draft.types.ts';
import { draftMessage } from './draft-message.ts';

const BASE: DraftInput = {
  kind: 'check_in',
  channel: 'message',
  me: { name: 'Sam Carter', pitch: null },
  person: { name: 'Dr. Ana Silva', organisation: 'Acme', seniority: 'peer' },
  sharedInterests: ['Board games', 'Python'],
  lastTopic: null,
};

/** Every draft the seeds reach for one input, so assertions hold for all variants. */
function allDrafts(input: Partial<DraftInput>, seeds = 40) {
  const drafts = new Map<string, ReturnType<typeof draftMessage>>();
  for (let i = 0; i < seeds; i++) {
    const draft = draftMessage({ ...BASE, ...input }, `s${i}`);
    drafts.set(`${draft.variant}:${draft.body}`, draft);
  }
  return [...drafts.values()];
}

describe('draftMessage', () => {
  it('greets emails by first name and signs with my name', () => {
    const draft = draftMessage({ ...BASE, channel: 'email' }, 'x');
    expect(draft.body.startsWith('Hi Ana,\n\n')).toBe(true);
    expect(draft.body.endsWith('\nSam Carter')).toBe(true);
    expect(draft.subject).toBeTruthy();
  });

  it('prefers the first name given over the one read from the full name', () => {
    const draft = draftMessage(
      { ...BASE, channel: 'email', person: { ...BASE.person, firstName: 'Annie' } },
      'x',
    );
    expect(draft.body.startsWith('Hi Annie,')).toBe(true);
  });

  it('asks how a dated detail went, with the detail in words that read well', () => {
    for (const d of allDrafts({
      kind: 'detail_follow_up',
      detail: { text: 'presenting at the board on 14 March', happensOn: null },
    })) {
      expect(d.body).toContain('presenting at the board on 14 March');
      expect(d.body).toMatch(/how (did|it)|went|go\?/i);
    }
    const noun = allDrafts({
      kind: 'detail_follow_up',
      detail: { text: 'Board presentation.', happensOn: null },
    });
    expect(noun.some((d) => d.body.includes('How did the board presentation go?'))).toBe(true);
    for (const d of noun) expect(d.body).not.toMatch(/Board presentation\./);
  });

  it('congratulates in a form that fits how the win was noted', () => {
    const promoted = allDrafts({
      kind: 'congratulate',
      detail: { text: 'got promoted to staff engineer', happensOn: null },
    });
    for (const d of promoted)
      expect(d.body).toMatch(/getting promoted to staff engineer|you got promoted to staff engineer/);
    const keynote = allDrafts({
      kind: 'congratulate',
      detail: { text: 'delivered the keynote', happensOn: null },
    });
    for (const d of keynote) expect(d.body).not.toMatch(/on delivered/);
  });

  it('mentions where we met and one or two shared interests in a first follow-up', () => {
    const drafts = allDrafts({ kind: 'first_follow_up', metAt: 'at the Rust meetup' });
    expect(drafts.some((d) => d.body.includes('at the Rust meetup'))).toBe(true);
    expect(drafts.some((d) => d.body.includes('board games and Python'))).toBe(true);
    for (const d of drafts) expect(d.body).not.toMatch(/at at/);
  });

  it('uses a concrete offer when there is one, and an open one otherwise', () => {
    for (const d of allDrafts({ kind: 'give', offer: 'review your CV' }))
      expect(d.body).toContain('review your CV');
    for (const d of allDrafts({ kind: 'give', offer: 'an intro to someone in data engineering' })) {
      expect(d.body).toContain('an intro to someone in data engineering');
    }
    for (const d of allDrafts({ kind: 'give', offer: null })) expect(d.body).toMatch(/help|useful|hand/);
  });

  it('declines warmly with the alternative when there is one, and kindly without', () => {
    const decline = { what: "Thursday's dinner", alternative: 'a coffee next week' };
    for (const d of allDrafts({ kind: 'decline', decline })) expect(d.body).toContain('a coffee next week');
    for (const d of allDrafts({
      kind: 'decline',
      decline: { ...decline, alternative: 'grab a coffee next week' },
    })) {
      expect(d.body).toMatch(/could we grab a coffee next week/i);
    }
    for (const d of allDrafts({ kind: 'decline', decline: { ...decline, alternative: null } })) {
      expect(d.body).toMatch(/hope|thank|next time|hear/i);
      expect(d.body).not.toMatch(/instead/);
    }
  });

  it('asks one person about an introduction without sharing the other’s details, and says both must agree', () => {
    const other = {
      person: { name: 'Ben Ortiz', organisation: 'Gamma', seniority: 'peer' as const },
      reason: 'they know about hiring data engineers',
    };
    for (const channel of ['message', 'email', 'in_person'] as const) {
      for (const d of allDrafts({ kind: 'introduce_ask', channel, other })) {
        expect(d.body).toContain('Ben Ortiz');
        expect(d.body).toMatch(/\?/);
        expect(d.body).toMatch(/both|check with them|keen too/);
      }
    }
  });

  it('connects both people by name once both agreed, greeting both in an email', () => {
    const other = {
      person: { name: 'Ortiz, Ben', organisation: 'Gamma', seniority: 'peer' as const },
      reason: 'You both love climbing',
    };
    for (const d of allDrafts({ kind: 'introduce_connect', channel: 'email', other })) {
      expect(d.body.startsWith('Hi Ana and Ben,')).toBe(true);
      expect(d.body).not.toContain('Ortiz, Ben');
    }
  });

  it('shares an item with its title and link on their own lines, and a reason', () => {
    const item = { title: 'The Manager’s Path', url: 'https://example.com/path', note: null };
    for (const d of allDrafts({ kind: 'share_item', item, lastTopic: 'managing a team' })) {
      expect(d.body).toMatch(/\nThe Manager’s Path\nhttps:\/\/example\.com\/path/);
    }
    for (const d of allDrafts({ kind: 'share_item', channel: 'in_person', item }))
      expect(d.body).toContain('“The Manager’s Path”');
  });

  it('words a step up by seniority: advice with someone senior, offering with someone junior', () => {
    const step = { kind: 'advice' as const, topic: 'the migration' };
    const senior = allDrafts({ kind: 'step_up', step, person: { ...BASE.person, seniority: 'senior' } });
    for (const d of senior) expect(d.body).toMatch(/advice/);
    const junior = allDrafts({ kind: 'step_up', step, person: { ...BASE.person, seniority: 'junior' } });
    for (const d of junior) expect(d.body).toMatch(/share what|happy to|glad to/i);
    const action = allDrafts({
      kind: 'step_up',
      step: { kind: 'story', topic: 'ask how you approached the migration' },
    });
    for (const d of action) expect(d.body).toContain('ask how you approached the migration');
  });

  it('gives a line to say for a hello in person, with my name when known', () => {
    const drafts = allDrafts({ kind: 'hello_in_person', channel: 'in_person' });
    expect(drafts.some((d) => d.body.includes("I'm Sam"))).toBe(true);
    for (const d of drafts) expect(d.subject).toBeNull();
  });

  it('reaches several variants of each kind across seeds, each reproducible', () => {
    const variants = new Set(allDrafts({ kind: 'check_in' }).map((d) => d.variant));
    expect(variants.size).toBeGreaterThanOrEqual(3);
    expect(draftMessage(BASE, 'plan:action')).toEqual(draftMessage(BASE, 'plan:action'));
  });
});
