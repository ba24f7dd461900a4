/**
 * The stylesheet inlined into the place-card page, kept apart from the markup so each
 * reads on its own. Screen: a calm, readable page. Print: A4, four tent cards a sheet
 * (each 95 x 128 mm, folded in half), cut and fold guides, each part on a new page.
 */

export const PLACE_CARDS_CSS = `
:root { color-scheme: light; --ink: #1f2328; --soft: #59636e; --line: #c9d1d9; --accent: #2f6f5e; }
* { box-sizing: border-box; }
body { margin: 0; padding: 1.5rem; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fbfaf7; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; color: var(--accent); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
h4 { font-size: 1rem; margin: 0 0 .35rem; }
.top p, .hint { color: var(--soft); margin: 0 0 .5rem; }
.sheet { display: grid; grid-template-columns: repeat(auto-fill, minmax(95mm, 1fr)); gap: 0; margin-bottom: 1rem; }
.card { width: 95mm; height: 128mm; border: 1px dashed var(--line); display: grid; grid-template-rows: 1fr 1fr; background: #fff; break-inside: avoid; page-break-inside: avoid; }
.half { padding: 6mm 7mm; display: flex; flex-direction: column; justify-content: center; overflow: hidden; }
.inside { transform: rotate(180deg); border-top: 1px dotted var(--line); }
.outside { border-top: 1px dotted var(--soft); text-align: center; }
.name { font-size: 26pt; font-weight: 600; margin: 0; overflow-wrap: anywhere; }
.event { color: var(--soft); margin: .35rem 0 0; }
.hello { font-weight: 600; margin: 0 0 .35rem; }
.schedule { list-style: none; margin: 0; padding: 0; font-size: 11pt; }
.schedule li { display: flex; justify-content: space-between; gap: 1rem; border-bottom: 1px solid #eef0f2; padding: .1rem 0; }
.note { color: var(--soft); font-size: 9.5pt; margin: .4rem 0 0; }
.grid { border-collapse: collapse; width: 100%; background: #fff; }
.grid th, .grid td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; }
.grid thead th { background: #f0f4f2; }
.tables { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: .75rem; }
.table-card { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .75rem; background: #fff; break-inside: avoid; page-break-inside: avoid; }
.table-card ul { margin: 0; padding-left: 1.1rem; }
.spare { color: var(--soft); font-size: .9rem; margin: .3rem 0 0; }
@page { size: A4; margin: 10mm; }
@media print {
  body { padding: 0; background: #fff; font-size: 11pt; }
  .top, .hint { display: none; }
  .part + .part { break-before: page; page-break-before: always; }
  .sheet { grid-template-columns: 95mm 95mm; break-after: page; page-break-after: always; margin: 0; }
  .sheet:last-child { break-after: auto; page-break-after: auto; }
  .round { break-inside: avoid; page-break-inside: avoid; }
  .grid thead { display: table-header-group; }
  .grid tr { break-inside: avoid; page-break-inside: avoid; }
}
`.trim();
