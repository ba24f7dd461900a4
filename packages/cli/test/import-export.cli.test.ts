import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { session, tempDataDir } from './cli-harness.ts';

const files = tempDataDir('kindred-files-');
const write = (name: string, text: string) => {
  const path = join(files, name);
  writeFileSync(path, text);
  return path;
};

const ANDROID_21 = [
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:N=C3=BA=C3=B1ez;Jos=C3=A9;;;',
  'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Jos=C3=A9 N=C3=BA=C3=B1ez',
  'TEL;CELL:+34 600 000 001',
  'EMAIL;HOME:jose@example.test',
  'NOTE;ENCODING=QUOTED-PRINTABLE:Met at the climbing gym.=0D=0AOwes me a coffee=',
  '.',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Marta Rossi',
  'ORG:Initech;Research',
  'EMAIL;TYPE=INTERNET:marta@initech.test',
  'BDAY:--0412',
  'END:VCARD',
  '',
].join('\r\n');

const BROKEN = `${ANDROID_21}BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:+1 555 0199\r\nEND:VCARD\r\n`;

const LINKEDIN = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Marta,Rossi,https://www.linkedin.com/in/marta-rossi,marta@initech.test,Initech,Research Lead,12 Jan 2025',
  'Kenji,Sato,https://www.linkedin.com/in/kenji-sato,,Hooli,"Engineer, Platform",03 Feb 2024',
  '',
].join('\n');

describe('kindred import / export', () => {
  const cli = session();

  it('previews a vCard import with --dry-run and writes nothing', async () => {
    const file = write('phone.vcf', ANDROID_21);
    const r = await cli.run('import', file, '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Dry run — nothing was written.');
    expect(r.stdout).toContain('2 new, 0 merged');
    expect(await cli.json('people')).toEqual([]);
  });

  it('imports vCard 2.1 quoted-printable and 3.0 cards', async () => {
    const report = await cli.json('import', write('phone.vcf', ANDROID_21));
    expect(report.created.map((c: { name: string }) => c.name)).toEqual(['José Núñez', 'Marta Rossi']);
    const jose = await cli.json('show', 'jose');
    expect(jose.person.notes).toBe('Met at the climbing gym.\nOwes me a coffee.');
    expect(jose.person.channels.map((c: { value: string }) => c.value)).toEqual([
      'jose@example.test',
      '+34 600 000 001',
    ]);
    const marta = await cli.json('show', 'marta');
    expect(marta.person).toMatchObject({ organisation: 'Initech', team: 'Research', birthday: '--04-12' });
  });

  it('merges LinkedIn connections into people already known and reports it', async () => {
    const report = await cli.json('import', write('Connections.csv', LINKEDIN));
    expect(report.created.map((c: { name: string }) => c.name)).toEqual(['Kenji Sato']);
    expect(report.merged).toEqual([
      expect.objectContaining({
        line: 5,
        name: 'Marta Rossi',
        intoName: 'Marta Rossi',
        reason: 'same email',
      }),
    ]);
    const marta = await cli.json('show', 'marta');
    expect(marta.person.role).toBe('Research Lead');
    expect(marta.person.metOn).toBe('2025-01-12');
    const text = await cli.run('import', write('Connections2.csv', LINKEDIN), '--dry-run');
    expect(text.stdout).toContain('line 5: Marta Rossi → Marta Rossi (same email)');
  });

  it('refuses a file with a bad card, naming it, and can skip it instead', async () => {
    const file = write('broken.vcf', BROKEN);
    const fresh = session();
    const r = await fresh.run('import', file);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('Nothing was imported');
    expect(r.stderr).toContain('line 17');
    expect(await fresh.json('people')).toEqual([]);
    const skipped = await fresh.json('import', file, '--skip-invalid');
    expect(skipped.created).toHaveLength(2);
    expect(skipped.skipped).toEqual([expect.objectContaining({ line: 17, record: 3 })]);
    const unknown = await fresh.run('import', write('notes.txt', 'hello there'));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--format');
    const missing = await fresh.run('import', join(files, 'nope.vcf'));
    expect(missing.code).toBe(3);
  });

  it('exports vCard that parses with an independent library, and CSV', async () => {
    const out = join(files, 'out.vcf');
    const r = await cli.json('export', '--format', 'vcard', '--out', out);
    expect(r).toMatchObject({ format: 'vcard', people: 3 });
    const parsed = ICAL.parse(readFileSync(out, 'utf8'));
    const cards = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
    const names = cards.map((c) => new ICAL.Component(c as never).getFirstPropertyValue('fn'));
    expect(names).toEqual(['José Núñez', 'Kenji Sato', 'Marta Rossi']);
    const csv = await cli.run('export', '--format', 'csv');
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => Object.values(row)[0])).toEqual(['José Núñez', 'Kenji Sato', 'Marta Rossi']);
  });

  it('restores a JSON backup into an empty data directory exactly', async () => {
    await cli.json('log', 'kenji', '--form', 'video_call', '--give', 'intro', '--topic', 'hiring');
    await cli.json('detail', 'kenji', 'launching the new API', '--on', '2026-04-01');
    const backupFile = join(files, 'backup.json');
    await cli.json('export', '--out', backupFile);
    const restored = session(tempDataDir(), '2026-05-01T00:00:00Z');
    const report = await restored.json('import', backupFile);
    expect(report.created).toHaveLength(3);
    restored.at('2026-03-02T09:00:00Z');
    const again = await restored.run('export');
    const original = JSON.parse(readFileSync(backupFile, 'utf8'));
    expect(JSON.parse(again.stdout)).toEqual(original);
    const twice = await restored.run('import', backupFile);
    expect(twice.code).toBe(5);
    expect(twice.stderr).toContain('a new --data-dir');
  });
});
