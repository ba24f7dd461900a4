/**
 * The migrations, listed in code rather than read from a folder, so they run the same
 * under tsx, Vitest and any bundle. Names sort in the order they must run.
 */
import type { Migration, MigrationProvider } from 'kysely';
import * as companion from './0001-companion.migration.ts';
import * as plan from './0002-plan.migration.ts';
import * as accounts from './0003-accounts.migration.ts';
import * as personLookup from './0004-person-lookup.migration.ts';
import * as communities from './0005-communities.migration.ts';
import * as communityProfiles from './0006-community-profiles.migration.ts';
import * as communityRounds from './0007-community-rounds.migration.ts';
import * as communitySeating from './0008-community-seating.migration.ts';
import * as personListDoc from './0009-person-list-doc.migration.ts';
import * as communityIntroductions from './0010-community-introductions.migration.ts';
import * as communityGroups from './0011-community-groups.migration.ts';
import * as communityPairBlocks from './0012-community-pair-blocks.migration.ts';
import * as communityOutbox from './0013-community-outbox.migration.ts';

const MIGRATIONS: Record<string, Migration> = {
  '0001-companion': companion,
  '0002-plan': plan,
  '0003-accounts': accounts,
  '0004-person-lookup': personLookup,
  '0005-communities': communities,
  '0006-community-profiles': communityProfiles,
  '0007-community-rounds': communityRounds,
  '0008-community-seating': communitySeating,
  '0009-person-list-doc': personListDoc,
  '0010-community-introductions': communityIntroductions,
  '0011-community-groups': communityGroups,
  '0012-community-pair-blocks': communityPairBlocks,
  '0013-community-outbox': communityOutbox,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
