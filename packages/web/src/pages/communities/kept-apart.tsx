/**
 * Pairs kept apart (admins): two members who are never matched, such as someone and
 * their manager. Members are chosen by name from the directory; a pair can be let go.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { ExclusionInput } from '../../../../app/src/communities/round-rules.schema.ts';
import { ApiError, api } from '../../api/client.ts';
import type { Community } from '../../api/types.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { useMembers } from './communities.api.ts';
import { type Exclusion, exclusionsKey, useExclusions } from './matches.api.ts';

export function KeptApart({ community }: { community: Community }) {
  const queryClient = useQueryClient();
  const members = useMembers(community.id);
  const pairs = useExclusions(community.id);
  const everyone = members.data?.pages.flatMap((p) => p.items) ?? [];
  const nameOf = (userId: string) => everyone.find((m) => m.userId === userId)?.displayName ?? 'a member';
  const [userA, setUserA] = useState('');
  const [userB, setUserB] = useState('');
  const [said, setSaid] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: exclusionsKey(community.id) });
  const add = useMutation({
    mutationFn: () =>
      api.post<Exclusion>(`/communities/${community.id}/exclusions`, {
        userIds: [userA, userB],
      } satisfies ExclusionInput),
    onSuccess: async () => {
      setSaid(`${nameOf(userA)} and ${nameOf(userB)} will not be paired.`);
      setUserA('');
      setUserB('');
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (pair: Exclusion) =>
      api.post(`/communities/${community.id}/exclusions/remove`, {
        userIds: [pair.userA, pair.userB],
      } satisfies ExclusionInput),
    onSuccess: async (_, pair) => {
      setSaid(`${nameOf(pair.userA)} and ${nameOf(pair.userB)} can be paired again.`);
      await refresh();
    },
  });
  const error = add.error instanceof ApiError ? add.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaid('');
    add.mutate();
  };
  const choices = (
    <>
      <option value="">Choose a member</option>
      {everyone.map((m) => (
        <option key={m.userId} value={m.userId}>
          {m.displayName}
        </option>
      ))}
    </>
  );
  const rows = pairs.data?.items ?? [];
  return (
    <div className="stack">
      <h3>Kept apart</h3>
      <p className="muted small">Two members here are never paired, e.g. someone and their manager.</p>
      {rows.length > 0 ? (
        <ul className="invite-list">
          {rows.map((pair) => (
            <li key={`${pair.userA}:${pair.userB}`} className="invite-item">
              <span>
                {nameOf(pair.userA)} and {nameOf(pair.userB)}
              </span>
              <button type="button" onClick={() => remove.mutate(pair)} disabled={remove.isPending}>
                Pair again{' '}
                <span className="visually-hidden">
                  {nameOf(pair.userA)} and {nameOf(pair.userB)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : pairs.data ? (
        <p className="muted">No pairs kept apart.</p>
      ) : null}
      <ErrorNote error={pairs.error ?? remove.error} />
      <form className="row align-end" onSubmit={submit} noValidate aria-label="Keep two members apart">
        <Field label="One member" error={error?.forField('userIds.0')}>
          <select value={userA} onChange={(e) => setUserA(e.target.value)}>
            {choices}
          </select>
        </Field>
        <Field label="The other" error={error?.forField('userIds.1') ?? error?.forField('userIds')}>
          <select value={userB} onChange={(e) => setUserB(e.target.value)}>
            {choices}
          </select>
        </Field>
        <button type="submit" disabled={add.isPending || !userA || !userB}>
          Keep apart
        </button>
      </form>
      <p role="status" className="status-line">
        {said}
      </p>
      {add.error && !error?.details.some((d) => d.field) ? <ErrorNote error={add.error} /> : null}
    </div>
  );
}
