/**
 * Generates a realistic address-book export: mostly vCard 3.0 as phones write them,
 * some 2.1 with quoted-printable accents, folded notes, and about 2% duplicates (the
 * same email again) so the merge path is part of what is measured.
 */
import { createRandom } from '@kindred/core';

const FIRST = [
  'Ana',
  'Ben',
  'Chloé',
  'Dara',
  'Emeka',
  'Fatima',
  'Gustav',
  'Hana',
  'Ivan',
  'Jo',
  'Kenji',
  'Lena',
  'Marta',
  'Noor',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tomás',
];
const LAST = [
  'Silva',
  'Okafor',
  'Martin',
  'Nguyen',
  'Kowalski',
  'Haddad',
  'Berg',
  'Sato',
  'Petrov',
  'Lee',
  'Rossi',
  'Müller',
  'García',
  'Khan',
  'Dubois',
];
const ORGS = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella Health',
  'Northwind',
  'Hooli',
  'Stark Studio',
  'Wayne Foundation',
];
const TEAMS = ['Platform', 'Design', 'Research', 'Sales', 'People', 'Data'];

export function generateVCards(count: number, seed = 1): string {
  const random = createRandom(seed);
  const cards: string[] = [];
  for (let i = 0; i < count; i++) {
    const duplicateOf = i > 100 && random.next() < 0.02 ? random.int(i) : i;
    const first = FIRST[duplicateOf % FIRST.length] as string;
    const last = `${LAST[(duplicateOf * 7) % LAST.length]}${duplicateOf}`;
    const org = ORGS[duplicateOf % ORGS.length] as string;
    const email = `${first.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')}.${duplicateOf}@example.test`;
    if (i % 10 === 0) {
      cards.push(
        [
          'BEGIN:VCARD',
          'VERSION:2.1',
          `N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${last};Ren=C3=A9e`,
          `FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ren=C3=A9e ${last}`,
          `TEL;CELL:+44 7700 ${String(900000 + i).slice(-6)}`,
          `EMAIL;INTERNET:${email}`,
          `ORG:${org}`,
          'END:VCARD',
        ].join('\r\n'),
      );
      continue;
    }
    cards.push(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        `FN:${first} ${last}`,
        `N:${last};${first};;;`,
        `ORG:${org};${TEAMS[i % TEAMS.length]}`,
        'TITLE:Engineer',
        `EMAIL;TYPE=INTERNET,WORK:${email}`,
        `TEL;TYPE=CELL:+1 555 ${String(1000000 + i).slice(-7)}`,
        `item1.URL:https://example.test/people/${i}`,
        'item1.X-ABLabel:profile',
        `BDAY:19${70 + (i % 30)}-0${1 + (i % 9)}-1${i % 9}`,
        `NOTE:Met at the ${org} meetup\\, talked about gardening and the new build system. We `,
        ' said we would swap book recommendations next time.',
        `CATEGORIES:${TEAMS[(i + 1) % TEAMS.length]},contacts`,
        'END:VCARD',
      ].join('\r\n'),
    );
  }
  return `${cards.join('\r\n')}\r\n`;
}
