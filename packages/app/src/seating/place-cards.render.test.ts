import { planRotation, type RotationPlan } from '@kindred/core';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderPlaceCards } from './place-cards.render.ts';

const guests = [
  { id: 'ana', name: 'Ana Souza' },
  { id: 'ben', name: 'Ben <script>alert(1)</script>' },
  { id: 'cy', name: 'Cy "the tall" O\'Neil & co' },
  { id: 'dee', name: 'Dee' },
  { id: 'eve', name: 'Eve' },
  { id: 'fay', name: 'Fay' },
  { id: 'gus', name: 'Gus' },
  { id: 'hal', name: 'Hal' },
  { id: 'ivy', name: 'Ivy' },
];

function plan(): RotationPlan {
  return planRotation({ guests, tables: [3, 3, 4], rounds: 3, seed: 5 });
}

describe('renderPlaceCards', () => {
  it('is one self-contained page: inline styles, no scripts, no outside files', () => {
    const html = renderPlaceCards(plan(), guests, { title: 'Spring <dinner>' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link|src=|url\(|@import|https?:/i);
    expect(html).toContain('<title>Spring &lt;dinner&gt;</title>');
  });

  it('escapes every name', () => {
    const html = renderPlaceCards(plan(), guests);
    expect(html).toContain('Ben &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Cy &quot;the tall&quot; O&#39;Neil &amp; co');
    expect(html).not.toContain('<script>');
  });

  it('prints one tent card per guest with their table in every round', () => {
    const p = plan();
    const html = renderPlaceCards(p, guests, { roundNames: ['Starter', 'Main', 'Dessert'] });
    expect(html.match(/<article class="card">/g)).toHaveLength(guests.length);
    const card = html.slice(
      html.indexOf('Hello, Ana Souza'),
      html.indexOf('</article>', html.indexOf('Hello, Ana Souza')),
    );
    p.rounds.forEach((round, r) => {
      const table = round.tables.find((t) => t.guests.includes('ana'))?.table;
      const name = ['Starter', 'Main', 'Dessert'][r];
      expect(card).toContain(`<li><span>${name}</span> <strong>Table ${table}</strong></li>`);
    });
  });

  it('puts four cards on a sheet and starts each part on a new printed page', () => {
    const html = renderPlaceCards(plan(), guests);
    expect(html.match(/<div class="sheet">/g)).toHaveLength(3);
    expect(html).toContain('@media print');
    expect(html).toMatch(/break-after: page/);
    expect(html).toMatch(/\.part \+ \.part \{ break-before: page/);
  });

  it('has the schedule and the host view, with empty seats counted', () => {
    const html = renderPlaceCards(planRotation({ guests, tables: [4, 4, 4], rounds: 2 }), guests, {
      tableNames: ['Oak', 'Birch', 'Elm'],
    });
    expect(html).toContain('<h2 id="schedule-title">Who sits where</h2>');
    expect(html.match(/<tr><th scope="row">/g)).toHaveLength(guests.length);
    expect(html).toContain('<h4>Oak</h4>');
    expect(html).toMatch(/1 empty seat</);
  });

  it('can leave parts out', () => {
    const html = renderPlaceCards(plan(), guests, { parts: { cards: false, tables: false } });
    expect(html).not.toContain('class="card"');
    expect(html).toContain('Who sits where');
    expect(html).not.toContain('Tables, round by round');
  });
});

describe('escapeHtml', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
