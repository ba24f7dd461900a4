/**
 * The printable side of a seat rotation: one self-contained HTML page (inline CSS, no
 * scripts, no external files) that a host can open, print and cut. It holds a tent card
 * per guest (their name on the outside, every round's table on the inside), a schedule
 * of everyone's tables round by round, and a per-table view for the host. Print styles
 * put four cards to an A4 page and start each part on a new page. Every name and title
 * is escaped: guest lists come from anywhere.
 */

import type { RotationPlan, SeatingGuest } from '@kindred/core';
import { PLACE_CARDS_CSS } from './place-cards.styles.ts';

export interface PlaceCardOptions {
  /** Shown at the top of the page and on each card (e.g. "Spring dinner"). */
  title?: string;
  /** Names of the rounds, e.g. ["Starter", "Main", "Dessert"]; "Round N" where absent. */
  roundNames?: string[];
  /** Names of the tables, e.g. ["Oak", "Birch"]; "Table N" where absent. */
  tableNames?: string[];
  /** Which parts to include (all by default). */
  parts?: { cards?: boolean; schedule?: boolean; tables?: boolean };
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const CARDS_PER_SHEET = 4;

interface Names {
  guest: (id: string) => string;
  round: (r: number) => string;
  table: (t: number) => string;
}

function namer(plan: RotationPlan, guests: readonly SeatingGuest[], options: PlaceCardOptions): Names {
  const byId = new Map(plan.guests.map((g) => [g.id, g.name]));
  for (const g of guests) byId.set(g.id, g.name || g.id);
  return {
    guest: (id) => byId.get(id) ?? id,
    round: (r) => options.roundNames?.[r - 1] ?? `Round ${r}`,
    table: (t) => options.tableNames?.[t - 1] ?? `Table ${t}`,
  };
}

/** For each guest id, their table number in each round (1-based), and whom they meet. */
function seatsByGuest(plan: RotationPlan): Map<string, { tables: number[]; met: Set<string> }> {
  const out = new Map<string, { tables: number[]; met: Set<string> }>();
  for (const g of plan.guests) out.set(g.id, { tables: [], met: new Set() });
  plan.rounds.forEach((round, r) => {
    for (const table of round.tables) {
      for (const id of table.guests) {
        const entry = out.get(id) ?? { tables: [], met: new Set<string>() };
        entry.tables[r] = table.table;
        for (const other of table.guests) if (other !== id) entry.met.add(other);
        out.set(id, entry);
      }
    }
  });
  return out;
}

function card(name: string, schedule: string, title: string, met: number): string {
  const people = met === 1 ? 'one other person' : `${met} different people`;
  return `<article class="card">
  <div class="half inside">
    <p class="hello">Hello, ${name}</p>
    <ol class="schedule">${schedule}</ol>
    <p class="note">You will sit with ${people}. Enjoy!</p>
  </div>
  <div class="half outside">
    <p class="name">${name}</p>${title ? `\n    <p class="event">${title}</p>` : ''}
  </div>
</article>`;
}

function cardsPart(plan: RotationPlan, names: Names, title: string): string {
  const seats = seatsByGuest(plan);
  const guests = plan.guests.slice().sort((a, b) => names.guest(a.id).localeCompare(names.guest(b.id)));
  const cards = guests.map((g) => {
    const entry = seats.get(g.id);
    const schedule = plan.rounds
      .map((_, r) => {
        const t = entry?.tables[r];
        const where = t === undefined ? 'no seat' : escapeHtml(names.table(t));
        return `<li><span>${escapeHtml(names.round(r + 1))}</span> <strong>${where}</strong></li>`;
      })
      .join('');
    return card(escapeHtml(names.guest(g.id)), schedule, title, entry?.met.size ?? 0);
  });
  const sheets: string[] = [];
  for (let i = 0; i < cards.length; i += CARDS_PER_SHEET) {
    sheets.push(`<div class="sheet">\n${cards.slice(i, i + CARDS_PER_SHEET).join('\n')}\n</div>`);
  }
  return `<section class="part" aria-labelledby="cards-title">
<h2 id="cards-title">Place cards</h2>
<p class="hint">Cut along the dashed lines and fold along the dotted line, so the name faces the table and the schedule faces its guest.</p>
${sheets.join('\n')}
</section>`;
}

function schedulePart(plan: RotationPlan, names: Names): string {
  const seats = seatsByGuest(plan);
  const head = plan.rounds.map((_, r) => `<th scope="col">${escapeHtml(names.round(r + 1))}</th>`).join('');
  const rows = plan.guests
    .slice()
    .sort((a, b) => names.guest(a.id).localeCompare(names.guest(b.id)))
    .map((g) => {
      const cells = plan.rounds
        .map((_, r) => {
          const t = seats.get(g.id)?.tables[r];
          return `<td>${t === undefined ? '–' : escapeHtml(names.table(t))}</td>`;
        })
        .join('');
      return `<tr><th scope="row">${escapeHtml(names.guest(g.id))}</th>${cells}</tr>`;
    })
    .join('\n');
  return `<section class="part" aria-labelledby="schedule-title">
<h2 id="schedule-title">Who sits where</h2>
<table class="grid">
<thead><tr><th scope="col">Guest</th>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

function tablesPart(plan: RotationPlan, names: Names): string {
  const seatsAt = new Map(plan.tables.map((t) => [t.table, t.seats]));
  const rounds = plan.rounds.map((round) => {
    const tables = round.tables
      .map((table) => {
        const empty = (seatsAt.get(table.table) ?? table.guests.length) - table.guests.length;
        const list = table.guests
          .map((id) => names.guest(id))
          .sort((a, b) => a.localeCompare(b))
          .map((n) => `<li>${escapeHtml(n)}</li>`)
          .join('');
        const spare = empty > 0 ? `<p class="spare">${empty} empty seat${empty === 1 ? '' : 's'}</p>` : '';
        return `<div class="table-card"><h4>${escapeHtml(names.table(table.table))}</h4><ul>${list}</ul>${spare}</div>`;
      })
      .join('\n');
    return `<div class="round"><h3>${escapeHtml(names.round(round.round))}</h3>\n<div class="tables">\n${tables}\n</div></div>`;
  });
  return `<section class="part" aria-labelledby="tables-title">
<h2 id="tables-title">Tables, round by round</h2>
${rounds.join('\n')}
</section>`;
}

function summary(plan: RotationPlan): string {
  const s = plan.stats;
  const repeats =
    s.repeats === 0
      ? 'Nobody sits with the same person twice.'
      : `${s.repeats === 1 ? 'Once' : `${s.repeats} times`}, two people share a table again${s.forcedRepeats > 0 ? ` (${s.forcedRepeats} by request)` : ''}.`;
  return `${s.guests} guests, ${s.tables} tables, ${s.rounds} round${s.rounds === 1 ? '' : 's'}. ${s.distinctPairsMet} different pairs get to talk. ${repeats}`;
}

/**
 * The whole printable page for a plan. `guests` supplies display names (falling back to
 * the plan's own guest list, then to ids).
 */
export function renderPlaceCards(
  plan: RotationPlan,
  guests: readonly SeatingGuest[] = plan.guests,
  options: PlaceCardOptions = {},
): string {
  const names = namer(plan, guests, options);
  const title = escapeHtml(options.title ?? 'Seating plan');
  const eventTitle = options.title ? escapeHtml(options.title) : '';
  const parts = { cards: true, schedule: true, tables: true, ...options.parts };
  const body = [
    parts.cards ? cardsPart(plan, names, eventTitle) : '',
    parts.schedule ? schedulePart(plan, names) : '',
    parts.tables ? tablesPart(plan, names) : '',
  ].filter(Boolean);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
${PLACE_CARDS_CSS}
</style>
</head>
<body>
<header class="top">
<h1>${title}</h1>
<p>${escapeHtml(summary(plan))}</p>
</header>
${body.join('\n')}
</body>
</html>
`;
}
