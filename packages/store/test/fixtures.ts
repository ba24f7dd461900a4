/** Small builders for store tests: complete values with sensible defaults. */
import type { Detail, Interaction, Person } from '@kindred/core';

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${String(++counter).padStart(6, '0')}`;
const NOW = '2026-03-01T10:00:00.000Z';

export function makeUser(id = nextId('user')) {
  return {
    id,
    displayName: 'Test owner',
    email: null,
    timeZone: 'Europe/London',
    settings: {},
    createdAt: NOW,
    updatedAt: NOW,
  };
}

export function makePerson(overrides: Partial<Person> = {}): Person {
  return {
    id: nextId('person'),
    name: 'Ana Silva',
    metHow: null,
    metWhere: null,
    metOn: null,
    organisation: null,
    team: null,
    role: null,
    seniority: null,
    channels: [],
    tags: [],
    interests: [],
    notes: null,
    birthday: null,
    photo: null,
    preferredChannel: null,
    prefersAsync: false,
    doNotContactUntil: null,
    cadenceDays: null,
    stage: 'first_contact',
    stageSetBy: 'auto',
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export function makeDetail(personId: string, overrides: Partial<Detail> = {}): Detail {
  return {
    id: nextId('detail'),
    personId,
    text: 'Training for a half marathon',
    kind: 'fact',
    happensOn: null,
    followUpOn: null,
    followedUpAt: null,
    createdAt: NOW,
    ...overrides,
  };
}

export function makeInteraction(personIds: string[], overrides: Partial<Interaction> = {}): Interaction {
  return {
    id: nextId('interaction'),
    personIds,
    occurredOn: '2026-02-27',
    form: 'coffee',
    initiatedBy: 'me',
    energyCost: 4,
    exchange: 'neither',
    exchangeKind: null,
    outcome: 'good',
    topics: ['migration project'],
    note: null,
    createdAt: NOW,
    ...overrides,
  };
}
