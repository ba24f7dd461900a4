/**
 * What happened with a person and what they told you, merged by date, newest first,
 * with the stage changes between; each interaction and detail can be removed (after
 * a question).
 */
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Detail, Interaction, PersonOverview, StageChange } from '../../api/types.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { ConfirmButton } from './confirm-button.tsx';
import {
  ASK_LABELS,
  DETAIL_KIND_LABELS,
  formatDay,
  formLabel,
  GIVE_LABELS,
  INITIATOR_LABELS,
  OUTCOME_LABELS,
  relativeDay,
  stageName,
} from './format.ts';
import { useRefreshAll } from './people.api.ts';

type Entry =
  | { kind: 'interaction'; day: string; at: string; item: Interaction }
  | { kind: 'detail'; day: string; at: string; item: Detail }
  | { kind: 'stage'; day: string; at: string; item: StageChange };

export function PersonTimeline({ overview, today }: { overview: PersonOverview; today: string }) {
  const refresh = useRefreshAll();
  const removeInteraction = useMutation({
    mutationFn: (id: string) => api.delete(`/interactions/${id}`),
    onSuccess: () => refresh(),
  });
  const removeDetail = useMutation({
    mutationFn: (id: string) => api.delete(`/details/${id}`),
    onSuccess: () => refresh(),
  });
  const entries: Entry[] = [
    ...overview.interactions.map((item) => ({
      kind: 'interaction' as const,
      day: item.occurredOn,
      at: item.createdAt,
      item,
    })),
    ...overview.details.map((item) => ({
      kind: 'detail' as const,
      day: item.happensOn ?? item.createdAt.slice(0, 10),
      at: item.createdAt,
      item,
    })),
    ...overview.stageHistory.map((item) => ({
      kind: 'stage' as const,
      day: item.changedOn,
      at: item.createdAt,
      item,
    })),
  ].sort((a, b) => (a.day === b.day ? (a.at < b.at ? 1 : -1) : a.day < b.day ? 1 : -1));

  const first = overview.person.name.split(' ')[0] ?? overview.person.name;
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      {removeInteraction.error ? <ErrorNote error={removeInteraction.error} /> : null}
      {removeDetail.error ? <ErrorNote error={removeDetail.error} /> : null}
      {entries.length === 0 ? (
        <p className="muted">
          Nothing here yet. When you are next in touch with {first}, log it here; anything they tell you is
          worth keeping too.
        </p>
      ) : (
        <ol className="timeline">
          {entries.map((entry) => (
            <li key={`${entry.kind}:${entry.item.id}`}>
              <div className="when">
                <time dateTime={entry.day}>{formatDay(entry.day)}</time> · {relativeDay(entry.day, today)}
              </div>
              {entry.kind === 'interaction' ? (
                <InteractionEntry
                  item={entry.item}
                  onRemove={() => removeInteraction.mutate(entry.item.id)}
                  busy={removeInteraction.isPending}
                />
              ) : entry.kind === 'detail' ? (
                <DetailEntry
                  item={entry.item}
                  today={today}
                  onRemove={() => removeDetail.mutate(entry.item.id)}
                  busy={removeDetail.isPending}
                />
              ) : (
                <StageEntry item={entry.item} overview={overview} />
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function InteractionEntry({
  item,
  onRemove,
  busy,
}: {
  item: Interaction;
  onRemove: () => void;
  busy: boolean;
}) {
  const exchange =
    item.exchange === 'give' && item.exchangeKind
      ? (GIVE_LABELS as Record<string, string>)[item.exchangeKind]
      : item.exchange === 'ask' && item.exchangeKind
        ? (ASK_LABELS as Record<string, string>)[item.exchangeKind]
        : null;
  const label = formLabel(item.form);
  return (
    <div className="stack">
      <div>
        <span className="what">{label}</span>{' '}
        <span className="muted">
          · {INITIATOR_LABELS[item.initiatedBy]}
          {item.outcome ? ` · It went: ${OUTCOME_LABELS[item.outcome].toLowerCase()}` : ''}
        </span>
      </div>
      {exchange ? (
        <div>
          <span className="pill accent">{item.exchange === 'give' ? 'A give' : 'An ask'}</span> {exchange}
        </div>
      ) : null}
      {item.topics.length > 0 ? <div>Talked about: {item.topics.join(', ')}</div> : null}
      {item.note ? <p className="notes-text">{item.note}</p> : null}
      <div className="no-print">
        <ConfirmButton
          label="Remove"
          accessibleLabel={`Remove the ${label.toLowerCase()} on ${formatDay(item.occurredOn)}`}
          question={`Remove the ${label.toLowerCase()} on ${formatDay(item.occurredOn)} from the history?`}
          confirmLabel="Yes, remove"
          onConfirm={onRemove}
          busy={busy}
        />
      </div>
    </div>
  );
}

function DetailEntry({
  item,
  today,
  onRemove,
  busy,
}: {
  item: Detail;
  today: string;
  onRemove: () => void;
  busy: boolean;
}) {
  return (
    <div className="stack">
      <div>
        <span className="what">{DETAIL_KIND_LABELS[item.kind]}:</span> {item.text}
      </div>
      {item.followUpOn ? (
        <div className="muted">
          {item.followedUpAt
            ? `Followed up on ${formatDay(item.followedUpAt)}.`
            : item.followUpOn >= today
              ? `Kindred will remind you to ask how it went on ${formatDay(item.followUpOn)}.`
              : `A follow-up was due on ${formatDay(item.followUpOn)}: worth asking how it went.`}
        </div>
      ) : null}
      <div className="no-print">
        <ConfirmButton
          label="Remove"
          accessibleLabel={`Remove the detail “${item.text}”`}
          question={`Forget “${item.text}”?`}
          confirmLabel="Yes, forget it"
          onConfirm={onRemove}
          busy={busy}
        />
      </div>
    </div>
  );
}

function StageEntry({ item, overview }: { item: StageChange; overview: PersonOverview }) {
  const how =
    item.source === 'manual'
      ? 'set by you'
      : item.source === 'import'
        ? 'from an import'
        : 'from the history';
  return (
    <div>
      <span className="what">Stage: {stageName(item.stage, overview.person.seniority)}</span>{' '}
      <span className="muted">({how})</span>
      {item.note ? <div className="muted">{item.note}</div> : null}
    </div>
  );
}
