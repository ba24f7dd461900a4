import { openStore } from '@kindred/store';
import { describeEachDialect, makeTestStoreConfig } from '@kindred/store/testing';
import { expect, it } from 'vitest';
import { AppError } from '../src/errors/app-error.ts';
import { addEvent } from '../src/events/event.service.ts';
import { exportData } from '../src/export/export.service.ts';
import { importFile } from '../src/import/import-file.service.ts';
import { logInteraction } from '../src/interactions/log-interaction.service.ts';
import { addPerson } from '../src/people/add-person.service.ts';
import { addDetail } from '../src/people/detail.service.ts';
import { removePerson } from '../src/people/edit-person.service.ts';
import { saveItem } from '../src/plan/saved-item.service.ts';
import { contextFor } from './app-context.ts';

const VCARDS = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Ana Silva',
  'N:Silva;Ana;;;',
  'ORG:Acme;Design',
  'EMAIL;TYPE=WORK:ana@acme.test',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Ben Okafor',
  'EMAIL:ben@globex.test',
  'TEL;TYPE=CELL:+44 7700 900123',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Ana S.',
  'EMAIL:ANA@acme.test',
  'TEL:+1 555 0100',
  'END:VCARD',
  '',
].join('\r\n');

const BROKEN = `${VCARDS}BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:no name here\r\nEND:VCARD\r\n`;

describeEachDialect('contact import', (getStore, dialect) => {
  it('creates people and merges a duplicate within the file', async () => {
    const { ctx } = await contextFor(getStore());
    const report = await importFile(ctx, { fileName: 'contacts.vcf', text: VCARDS });
    expect(report.created.map((c) => c.name)).toEqual(['Ana Silva', 'Ben Okafor']);
    expect(report.merged).toEqual([
      expect.objectContaining({ line: 14, name: 'Ana S.', intoName: 'Ana Silva', reason: 'same email' }),
    ]);
    const people = await ctx.store.repos.people.list(ctx.ownerId);
    expect(people).toHaveLength(2);
    const ana = people.find((p) => p.name === 'Ana Silva');
    expect(ana?.team).toBe('Design');
    expect(ana?.channels.map((c) => c.value)).toEqual(['ana@acme.test', '+1 555 0100']);
  });

  it('merges into people already there, by email or by name and organisation', async () => {
    const { ctx } = await contextFor(getStore());
    await addPerson(ctx, { name: 'Ben Okafor', organisation: null, tags: ['climbing'] });
    await addPerson(ctx, {
      name: 'Ana Silva',
      channels: [{ kind: 'email', value: 'ana@acme.test', label: null }],
    });
    const report = await importFile(ctx, { fileName: 'contacts.vcf', text: VCARDS });
    expect(report.created).toEqual([]);
    expect(report.merged.map((m) => [m.name, m.reason])).toEqual([
      ['Ana Silva', 'same email'],
      ['Ben Okafor', 'same name and organisation'],
      ['Ana S.', 'same email'],
    ]);
    const ben = (await ctx.store.repos.people.list(ctx.ownerId, { search: 'ben' }))[0];
    expect(ben?.tags).toEqual(['climbing']);
    expect(ben?.channels.map((c) => c.value)).toEqual(['ben@globex.test', '+44 7700 900123']);
  });

  it('writes nothing when a record is bad, and names its line', async () => {
    const { ctx } = await contextFor(getStore());
    const error = await importFile(ctx, { fileName: 'contacts.vcf', text: BROKEN }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('import_invalid_rows');
    expect(error.details[0]).toMatchObject({ line: 20, record: 4 });
    expect(error.message).toContain('line 20');
    expect(error.message).toContain('--skip-invalid');
    expect(await ctx.store.repos.people.count(ctx.ownerId)).toBe(0);
  });

  it('imports the rest with skipInvalid and lists what it skipped', async () => {
    const { ctx } = await contextFor(getStore());
    const report = await importFile(ctx, { fileName: 'contacts.vcf', text: BROKEN }, { skipInvalid: true });
    expect(report.created).toHaveLength(2);
    expect(report.skipped).toEqual([expect.objectContaining({ line: 20, record: 4 })]);
    expect(await ctx.store.repos.people.count(ctx.ownerId)).toBe(2);
  });

  it('writes nothing on a dry run but reports the same', async () => {
    const { ctx } = await contextFor(getStore());
    const report = await importFile(ctx, { fileName: 'contacts.vcf', text: VCARDS }, { dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.created).toHaveLength(2);
    expect(report.merged).toHaveLength(1);
    expect(await ctx.store.repos.people.count(ctx.ownerId)).toBe(0);
  });

  it('reads LinkedIn and Google exports', async () => {
    const { ctx } = await contextFor(getStore());
    const linkedin = [
      'Notes:',
      '"When exporting your connection data, you may notice that some of the email addresses are missing."',
      '',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Chloé,Martin,https://www.linkedin.com/in/chloe-martin,,Globex,Head of Data,03 Feb 2024',
      '',
    ].join('\n');
    const r1 = await importFile(ctx, { fileName: 'Connections.csv', text: linkedin });
    expect(r1.format).toBe('LinkedIn');
    expect(r1.created).toEqual([expect.objectContaining({ name: 'Chloé Martin', line: 5 })]);
    const chloe = (await ctx.store.repos.people.list(ctx.ownerId))[0];
    expect(chloe).toMatchObject({ metOn: '2024-02-03', role: 'Head of Data', stage: 'first_contact' });
  });

  it('restores a full backup exactly into an empty data directory, and refuses a non-empty one', async () => {
    const source = await contextFor(getStore());
    const { ctx } = source;
    const { person } = await addPerson(ctx, {
      name: 'Dara Nguyen',
      organisation: 'Northwind',
      interests: ['chess', 'sourdough baking'],
      tags: ['book club'],
      channels: [{ kind: 'email', value: 'dara@northwind.test', label: 'work' }],
      prefersAsync: true,
    });
    await addDetail(ctx, person.id, { text: 'moving to Lisbon', happensOn: '2026-05-01' });
    await logInteraction(ctx, {
      personIds: [person.id],
      form: 'coffee',
      topics: ['chess openings'],
      give: 'info',
    });
    await logInteraction(ctx, {
      personIds: [person.id],
      form: 'message',
      occurredOn: '2026-03-01',
      ask: 'advice',
    });
    // Someone removed after a contact leaves no empty interaction behind.
    const gone = await addPerson(ctx, { name: 'Gone Person' });
    await logInteraction(ctx, { personIds: [gone.person.id], form: 'call' });
    await removePerson(ctx, gone.person.id);
    await saveItem(ctx, {
      title: 'Chess openings for busy people',
      url: 'https://example.test/chess',
      interests: ['chess'],
    });
    await addEvent(ctx, {
      name: 'Spring meetup',
      startsOn: '2026-03-20',
      attendees: [
        { name: 'Dara Nguyen', organisation: 'Northwind' },
        { name: 'Lena Vogt', interests: ['rust'] },
      ],
    });
    await ctx.store.repos.actionStates.set(
      ctx.ownerId,
      { key: `check_in:${person.id}:2026-03-01`, state: 'dismissed', until: null },
      ctx.now.toISOString(),
    );
    const backup = await exportData(ctx, 'json');
    const parsedBackup = JSON.parse(backup.text);
    expect(parsedBackup.interactions).toHaveLength(2);
    expect(parsedBackup.events[0].attendees[0].personId).toBe(person.id);
    expect(parsedBackup.savedItems).toHaveLength(1);
    expect(parsedBackup.actionStates).toHaveLength(1);

    // An empty database of the same dialect: the restore must reproduce the data exactly.
    const { config, cleanup } = await makeTestStoreConfig(dialect);
    const empty = await openStore(config);
    try {
      const target = await contextFor(empty, '2026-04-01T00:00:00Z');
      const report = await importFile(target.ctx, { fileName: 'backup.json', text: backup.text });
      expect(report.created).toHaveLength(1);
      const again = await exportData({ ...target.ctx, now: ctx.now }, 'json');
      expect(JSON.parse(again.text)).toEqual(JSON.parse(backup.text));
      const twice = await importFile(target.ctx, { fileName: 'backup.json', text: backup.text }).catch(
        (e) => e,
      );
      expect(twice.code).toBe('import_not_empty');
    } finally {
      await empty.close();
      await cleanup();
    }

    // A second account in the same database restoring the same file gets fresh ids,
    // with every reference kept, and the first account's data is untouched.
    const second = await contextFor(getStore(), '2026-04-01T00:00:00Z');
    const report = await importFile(second.ctx, { fileName: 'backup.json', text: backup.text });
    const copy = JSON.parse((await exportData({ ...second.ctx, now: ctx.now }, 'json')).text);
    const original = JSON.parse(backup.text);
    expect(copy.people[0].id).not.toBe(original.people[0].id);
    expect(report.created[0]?.personId).toBe(copy.people[0].id);
    expect(copy.details[0].personId).toBe(copy.people[0].id);
    expect(copy.actionStates[0].key).toBe(`check_in:${copy.people[0].id}:2026-03-01`);
    expect(copy.events[0].attendees[0].personId).toBe(copy.people[0].id);
    expect(copy.interactions.map((i: { personIds: string[] }) => i.personIds)).toEqual([
      [copy.people[0].id],
      [copy.people[0].id],
    ]);
    const strip = (b: typeof original) =>
      JSON.parse(
        JSON.stringify(b).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'id'),
      );
    expect(strip(copy)).toEqual(strip(original));
    expect(await ctx.store.repos.people.count(ctx.ownerId)).toBe(1);
  });

  it('rejects a damaged backup by path, writing nothing', async () => {
    const { ctx } = await contextFor(getStore());
    const damaged = JSON.stringify({
      format: 'kindred-backup',
      version: 1,
      exportedAt: '2026-03-02T09:00:00.000Z',
      profile: { displayName: 'X', timeZone: 'UTC', settings: {} },
      people: [{ id: 'p1', name: '' }],
      details: [],
      interactions: [],
      stageChanges: [],
    });
    const error = await importFile(ctx, { fileName: 'backup.json', text: damaged }).catch((e) => e);
    expect(error.code).toBe('import_invalid_rows');
    expect(error.message).toContain('people[0].name');
    const notJson = await importFile(ctx, { fileName: 'x.json', text: '{ nope', format: 'json' }).catch(
      (e) => e,
    );
    expect(notJson.message).toContain('not valid JSON');
    expect(await ctx.store.repos.people.count(ctx.ownerId)).toBe(0);
  });
});
