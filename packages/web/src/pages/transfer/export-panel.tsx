/** Downloads of everything you keep, in the formats GET /api/export offers. */
import type { EXPORT_FORMATS } from '../../../../app/src/export/export.service.ts';

type ExportFormat = (typeof EXPORT_FORMATS)[number];

const EXPORTS: { format: ExportFormat; title: string; file: string; what: string }[] = [
  {
    format: 'json',
    title: 'the Kindred backup',
    file: '.json',
    what: 'Everything: people, details, interactions, stages, events, saved links and settings. Keep it somewhere safe, or restore it into a fresh Kindred.',
  },
  {
    format: 'vcard',
    title: 'an address book',
    file: '.vcf',
    what: 'Your people with their email addresses, phone numbers and links, for your phone, Apple Contacts, Google Contacts or Outlook.',
  },
  {
    format: 'csv',
    title: 'a spreadsheet',
    file: '.csv',
    what: 'One row per person, to open in a spreadsheet or bring into another tool.',
  },
];

export function ExportPanel() {
  return (
    <section className="card stack" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p className="muted">
        Your notes are yours. Download them whenever you like; nothing leaves this server otherwise.
      </p>
      <ul className="export-list">
        {EXPORTS.map((e) => (
          <li key={e.format}>
            <a className="button" href={`/api/export?format=${e.format}`} download>
              Download {e.title} ({e.file})
            </a>
            <p className="muted">{e.what}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
