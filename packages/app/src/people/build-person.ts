/**
 * Turns validated input into a complete Person value: interests normalised onto the
 * taxonomy, the stage proposed from how you met. Shared by `add` and by imports.
 */
import type { Person, PersonInterest } from '@kindred/core';
import { normaliseInterests, proposeStage } from '@kindred/core';
import { newId } from '../context.ts';
import type { NewPersonInput } from './person-input.schema.ts';

type ValidPersonInput = Omit<NewPersonInput, 'channels'> & {
  channels?: { kind: Person['channels'][number]['kind']; value: string; label: string | null }[];
};

export function toInterests(texts: readonly string[]): PersonInterest[] {
  return normaliseInterests(texts).map((i) => ({ key: i.key, label: i.label }));
}

export function buildPerson(input: ValidPersonInput, at: string, id: string = newId()): Person {
  const metOn = input.metOn ?? null;
  return {
    id,
    name: input.name,
    metHow: input.metHow ?? null,
    metWhere: input.metWhere ?? null,
    metOn,
    organisation: input.organisation ?? null,
    team: input.team ?? null,
    role: input.role ?? null,
    seniority: input.seniority ?? null,
    channels: (input.channels ?? []).map((c) => ({ kind: c.kind, value: c.value, label: c.label ?? null })),
    tags: [...new Set(input.tags ?? [])],
    interests: toInterests(input.interests ?? []),
    notes: input.notes ?? null,
    birthday: input.birthday ?? null,
    photo: input.photo ?? null,
    preferredChannel: input.preferredChannel ?? null,
    prefersAsync: input.prefersAsync ?? false,
    doNotContactUntil: input.doNotContactUntil ?? null,
    cadenceDays: input.cadenceDays ?? null,
    stage: proposeStage([], metOn),
    stageSetBy: 'auto',
    createdAt: at,
    updatedAt: at,
  };
}
