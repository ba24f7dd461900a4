import { describe, expect, it } from 'vitest';
import type { InteractionForm } from '../energy/forms.ts';
import type { Exchange, ExchangeKind, Initiator } from '../people/person.types.ts';
import { nextStage, proposeStage, proposeStageWithReason } from './propose-stage.ts';

const ev = (
  occurredOn: string,
  form: InteractionForm = 'message',
  extra: { initiatedBy?: Initiator; exchange?: Exchange; exchangeKind?: ExchangeKind | null } = {},
) => ({
  occurredOn,
  form,
  initiatedBy: extra.initiatedBy ?? 'me',
  exchange: extra.exchange ?? 'neither',
  exchangeKind: extra.exchangeKind ?? null,
});

describe('proposeStage', () => {
  it('starts at stranger, or first contact once you have met', () => {
    expect(proposeStage([])).toBe('stranger');
    expect(proposeStage([], '2026-01-02')).toBe('first_contact');
    expect(proposeStage([ev('2026-01-02')])).toBe('first_contact');
  });

  it('counts distinct days, so two notes on one day are still one contact', () => {
    expect(proposeStage([ev('2026-01-02'), ev('2026-01-02')])).toBe('first_contact');
    expect(proposeStage([ev('2026-01-02'), ev('2026-01-09')])).toBe('repeat_contact');
  });

  it('moves to asking once you asked for advice on a repeat contact', () => {
    const h = [ev('2026-01-02'), ev('2026-01-09', 'coffee', { exchange: 'ask', exchangeKind: 'advice' })];
    expect(proposeStage(h)).toBe('asking');
    const favour = [
      ev('2026-01-02'),
      ev('2026-01-09', 'coffee', { exchange: 'ask', exchangeKind: 'favour' }),
    ];
    expect(proposeStage(favour)).toBe('repeat_contact');
  });

  it('needs time, a one-to-one and both directions for sharing', () => {
    const h = [
      ev('2026-01-02'),
      ev('2026-01-20', 'coffee', { exchange: 'ask', exchangeKind: 'advice' }),
      ev('2026-02-05', 'message', { exchange: 'give', exchangeKind: 'info' }),
      ev('2026-02-25'),
      ev('2026-03-10'),
    ];
    expect(proposeStage(h)).toBe('sharing');
    expect(proposeStage(h.slice(0, 4))).toBe('asking');
  });

  it('never infers the top rung', () => {
    const h = Array.from({ length: 40 }, (_, i) =>
      ev(`2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`, 'lunch', {
        initiatedBy: 'them',
        exchange: i % 2 ? 'give' : 'ask',
        exchangeKind: i % 2 ? 'help' : 'advice',
      }),
    );
    expect(proposeStage(h)).toBe('close');
  });
});

describe('nextStage', () => {
  it('only ever raises', () => {
    expect(nextStage('asking', 'repeat_contact')).toBe('asking');
    expect(nextStage('first_contact', 'repeat_contact')).toBe('repeat_contact');
  });
});

describe('proposeStageWithReason', () => {
  it('gives the evidence that decided the stage, in words', () => {
    expect(proposeStageWithReason([])).toEqual({
      stage: 'stranger',
      reason: 'nothing has happened between you yet',
    });
    expect(proposeStageWithReason([], '2026-01-02').reason).toBe(
      'you have met, and nothing has been logged since',
    );
    expect(proposeStageWithReason([ev('2026-01-02'), ev('2026-01-09')])).toEqual({
      stage: 'repeat_contact',
      reason: 'you have been in touch on 2 different days',
    });
    const asking = proposeStageWithReason([
      ev('2026-01-02'),
      ev('2026-01-09', 'call', { exchange: 'ask', exchangeKind: 'advice' }),
    ]);
    expect(asking).toEqual({
      stage: 'asking',
      reason: 'you have been in touch on 2 different days and asked for their input',
    });
  });

  it('always agrees with proposeStage', () => {
    const histories = [
      [],
      [ev('2026-01-02')],
      [ev('2026-01-02'), ev('2026-03-09', 'coffee', { exchange: 'give', exchangeKind: null })],
    ];
    for (const history of histories) {
      expect(proposeStageWithReason(history, '2025-12-01').stage).toBe(proposeStage(history, '2025-12-01'));
    }
  });
});
