import { describe, expect, it } from 'vitest';
import { mergePerson } from './merge-person.ts';
import type { Person } from './person.types.ts';

const base: Person = {
  id: 'p1',
  name: 'Ana Silva',
  metHow: null,
  metWhere: null,
  metOn: '2025-05-01',
  organisation: 'Acme',
  team: null,
  role: null,
  seniority: null,
  channels: [{ kind: 'email', value: 'ana@acme.test', label: 'work' }],
  tags: ['design'],
  interests: [{ key: 'chess', label: 'Chess' }],
  notes: 'Likes tea',
  birthday: null,
  photo: null,
  preferredChannel: null,
  prefersAsync: false,
  doNotContactUntil: null,
  cadenceDays: null,
  stage: 'asking',
  stageSetBy: 'manual',
  createdAt: '2025-05-01T00:00:00.000Z',
  updatedAt: '2025-05-01T00:00:00.000Z',
};

describe('mergePerson', () => {
  it('fills gaps, unites lists and keeps both notes', () => {
    const incoming: Person = {
      ...base,
      id: 'p2',
      organisation: 'Other Co',
      role: 'Designer',
      metOn: '2024-01-01',
      channels: [
        { kind: 'email', value: 'ANA@acme.test', label: null },
        { kind: 'phone', value: '+1 555 0100', label: 'mobile' },
      ],
      tags: ['Design', 'london'],
      interests: [{ key: 'go', label: 'Go' }],
      notes: 'Met via LinkedIn',
      stage: 'stranger',
    };
    const merged = mergePerson(base, incoming, '2026-01-01T00:00:00.000Z');
    expect(merged.id).toBe('p1');
    expect(merged.organisation).toBe('Acme');
    expect(merged.role).toBe('Designer');
    expect(merged.metOn).toBe('2024-01-01');
    expect(merged.channels).toHaveLength(2);
    expect(merged.tags).toEqual(['design', 'london']);
    expect(merged.interests.map((i) => i.key)).toEqual(['chess', 'go']);
    expect(merged.notes).toBe('Likes tea\n\nMet via LinkedIn\n\nAlso given: organisation “Other Co”.');
    expect(merged.stage).toBe('asking');
    expect(merged.updatedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('does not repeat a note it already holds', () => {
    expect(mergePerson(base, { ...base, notes: 'Likes tea' }, base.updatedAt).notes).toBe('Likes tea');
  });
});
