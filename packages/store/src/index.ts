export { migrateToLatest, openStore, type Store, type StoreConfig } from './open-store.ts';
export type { ApiTokenRecord } from './repositories/api-token.repository.ts';
export type {
  CommunityRecord,
  CommunityRole,
  MemberCommunity,
  MemberRecord,
} from './repositories/community.repository.ts';
export type {
  GroupMemberRecord,
  GroupRecord,
  GroupResponse,
  GroupRoundStatsRecord,
  GroupRoundSummaryRecord,
  NewGroupRound,
} from './repositories/community-group.repository.ts';
export type {
  AskRecord,
  IntroductionAnswer,
  IntroductionPartyRecord,
  IntroductionRecord,
} from './repositories/community-introduction.repository.ts';
export type { InviteRecord } from './repositories/community-invite.repository.ts';
export type {
  MatchPartnerRecord,
  MatchRecord,
  MatchResponse,
  QueuedMatchEmail,
} from './repositories/community-match.repository.ts';
export type {
  NewOutboxEmail,
  OutboxEmail,
  OutboxKind,
} from './repositories/community-outbox.repository.ts';
export type {
  AvailabilityWindowRecord,
  ProfileRecord,
  RoundMemberRecord,
} from './repositories/community-profile.repository.ts';
export type {
  ExclusionRecord,
  NewRound,
  PastPairRecord,
  RoundRulesRecord,
  RoundStatsRecord,
  RoundSummaryRecord,
} from './repositories/community-round.repository.ts';
export type {
  SeatingEventChange,
  SeatingEventRecord,
  SeatingEventWithAttendees,
} from './repositories/community-seating.repository.ts';
export type { Keyset } from './repositories/executor.ts';
export type { Repositories } from './repositories/index.ts';
export type { InteractionRange } from './repositories/interaction.repository.ts';
export type { JobRunRecord } from './repositories/job-run.repository.ts';
export type { PersonFilter } from './repositories/person.repository.ts';
export type { UserRecord } from './repositories/user.repository.ts';
export type { Database } from './schema/database.types.ts';
