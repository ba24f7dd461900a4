import { planRotation } from '@kindred/core';
import { describe, expect, it } from 'vitest';
import { numberedGuests, parseGuestsFile, rotationRequestFrom } from './guests-file.parse.ts';
import { parseMembersFile } from './members-file.parse.ts';

const messages = (text: string) => {
  const result = parseGuestsFile(text);
  return result.ok ? [] : result.errors.map((e) => e.message);
};

describe('parseGuestsFile', () => {
  it('reads guests, rules and printing extras', () => {
    const result = parseGuestsFile(
      JSON.stringify({
        title: 'Spring dinner',
        roundNames: ['Starter', 'Main', 'Dessert'],
        guests: [
          { id: 'ana', name: 'Ana Souza' },
          { id: 'ben', name: 'Ben Okafor' },
          { id: 'cy' },
          { id: 'host', name: 'Our host' },
        ],
        keepTogether: [{ guests: ['ana', 'ben'], mode: 'first-round' }, { guests: ['cy', 'host'] }],
        keepApart: [{ guests: ['ana', 'cy'] }],
        pinned: [{ guest: 'host', table: 1, rounds: [1, 2] }],
      }),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'Spring dinner',
        roundNames: ['Starter', 'Main', 'Dessert'],
        guests: [
          { id: 'ana', name: 'Ana Souza' },
          { id: 'ben', name: 'Ben Okafor' },
          { id: 'cy', name: 'cy' },
          { id: 'host', name: 'Our host' },
        ],
        constraints: {
          keepTogether: [
            { guests: ['ana', 'ben'], mode: 'first-round' },
            { guests: ['cy', 'host'], mode: 'always' },
          ],
          keepApart: [{ guests: ['ana', 'cy'] }],
          pinned: [{ guest: 'host', table: 1, rounds: [1, 2] }],
        },
      },
    });
  });

  it('accepts a bare list of guests and numeric ids', () => {
    const result = parseGuestsFile('[{"id": 1, "name": "Ana"}, {"id": 2, "name": "Ben"}]');
    expect(result.ok && result.value.guests).toEqual([
      { id: '1', name: 'Ana' },
      { id: '2', name: 'Ben' },
    ]);
  });

  it('names the guest and the field at fault', () => {
    const result = parseGuestsFile(
      JSON.stringify({
        guests: [
          { id: 'ana', name: 'Ana' },
          { id: 'ben', nmae: 'Ben' },
          { id: '', name: 'Cy' },
          { name: 'Dee' },
          { id: 'eve', name: 7 },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        path: 'guests[1]',
        index: 2,
        id: 'ben',
        message: 'Guest 2 ("ben"): has an unknown field "nmae" (the fields are id and name).',
      },
      { path: 'guests[2].id', index: 3, field: 'id', message: 'Guest 3 ("Cy"): "id" must not be empty.' },
      { path: 'guests[3].id', index: 4, field: 'id', message: 'Guest 4 ("Dee"): "id" is missing.' },
      {
        path: 'guests[4].name',
        index: 5,
        id: 'eve',
        field: 'name',
        message: 'Guest 5 ("eve"): "name" must be text.',
      },
    ]);
  });

  it('explains bad rules', () => {
    expect(
      messages(
        JSON.stringify({
          guests: [{ id: 'ana' }, { id: 'ben' }],
          keepTogether: [{ guests: ['ana'], mode: 'sometimes' }],
          pinned: [{ guest: 'ana', table: 0, rounds: [1, 'two'] }],
        }),
      ),
    ).toEqual([
      'Keep-together rule 1: "guests" must name at least two guests.',
      'Keep-together rule 1: "mode" must be "first-round" or "always".',
      'Pin 1 ("ana"): "table" must be a table number (1 or more).',
      'Pin 1 ("ana"): "rounds" (entry 2) must be a round number (1 or more).',
    ]);
  });

  it('reports duplicate ids with both positions', () => {
    expect(messages('{"guests": [{"id": "ana"}, {"id": "ben"}, {"id": "ana"}]}')).toEqual([
      'Guest 3 ("ana"): "id" is already used by guest 1. Give each guest their own id.',
    ]);
  });

  it('points at broken JSON by line and column', () => {
    const [message] = messages('{"guests": [\n  {"id": "ana"},\n  {"id": "ben",}\n]}');
    expect(message).toMatch(
      /^The guests file is not valid JSON \(line 3, column \d+\): .+ Check for a missing comma/,
    );
  });

  it('reports unknown top-level fields, which would otherwise drop rules silently', () => {
    expect(messages('{"guests": [{"id": "a"}], "keep_apart": []}')).toEqual([
      'The file has an unknown field "keep_apart" (the fields are title, roundNames, guests, keepTogether, keepApart and pinned).',
    ]);
  });

  it('feeds the engine', () => {
    const result = parseGuestsFile(
      JSON.stringify({ guests: numberedGuests(9), pinned: [{ guest: '1', table: 1 }] }),
    );
    if (!result.ok) throw new Error('parse failed');
    const plan = planRotation(rotationRequestFrom(result.value, { tables: [3, 3, 3], rounds: 4, seed: 2 }));
    expect(plan.stats.repeats).toBe(0);
    expect(plan.rounds.every((r) => r.tables[0]?.guests.includes('1'))).toBe(true);
  });
});

describe('parseMembersFile', () => {
  it('reads members with their activities', () => {
    expect(
      parseMembersFile('{"members": [{"id": "m1", "name": "Ana", "interests": ["chess", "hiking"]}]}'),
    ).toEqual({
      ok: true,
      value: [{ id: 'm1', name: 'Ana', interests: ['chess', 'hiking'] }],
    });
  });

  it('names the member and the field at fault', () => {
    const result = parseMembersFile('[{"id": "m1", "interests": "chess"}, {"id": "m2"}]');
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      'Member 1 ("m1"): "interests" must be a list of activities.',
      'Member 2 ("m2"): "interests" is missing.',
    ]);
  });
});
