/**
 * Row types as the database holds them. Dates are `YYYY-MM-DD` text and instants are
 * ISO-8601 UTC text in both dialects, so ordering and comparison behave the same on
 * SQLite and PostgreSQL; booleans are 0/1 integers for the same reason.
 */
import type {
  CommunitiesTable,
  CommunityAsksTable,
  CommunityGroupMembersTable,
  CommunityGroupRoundsTable,
  CommunityGroupsTable,
  CommunityIntroductionsTable,
  CommunityInvitesTable,
  CommunityMatchesTable,
  CommunityMatchMembersTable,
  CommunityMembersTable,
  CommunityNotificationsTable,
  CommunityOutboxTable,
  CommunityPairBlocksTable,
  CommunityProfilesTable,
  CommunityRoundRulesTable,
  CommunityRoundsTable,
  CommunitySeatingAttendeesTable,
  CommunitySeatingEventsTable,
} from './community.types.ts';

// Every community table type, for the repositories, without listing them twice.
export type * from './community.types.ts';

export interface UsersTable {
  id: string;
  display_name: string;
  email: string | null;
  time_zone: string;
  /** JSON text: energy budget, quiet days, tuned costs, pitch (validated in app/). */
  settings: string;
  created_at: string;
  updated_at: string;
  /** scrypt hash; null for the local owner of an embedded install until they sign up. */
  password_hash: string | null;
  /** ISO week of the last weekly digest sent, claimed before sending. */
  digest_week: string | null;
}

export interface PeopleTable {
  id: string;
  owner_id: string;
  name: string;
  /** Folded name (lower case, no accents) for search and duplicate detection. */
  name_key: string;
  met_how: string | null;
  met_where: string | null;
  met_on: string | null;
  organisation: string | null;
  organisation_key: string | null;
  team: string | null;
  role: string | null;
  seniority: string | null;
  notes: string | null;
  birthday: string | null;
  photo: string | null;
  preferred_channel: string | null;
  prefers_async: number;
  do_not_contact_until: string | null;
  cadence_days: number | null;
  stage: string;
  stage_set_by: string;
  created_at: string;
  updated_at: string;
  /** The person as JSON, exactly as reading them returns them (0009); null until first read. */
  list_doc?: string | null;
}

export interface PersonChannelsTable {
  owner_id: string;
  person_id: string;
  kind: string;
  value: string;
  /** Normalised value (lower-cased email, digits of a phone) for duplicate detection. */
  value_key: string;
  label: string | null;
  position: number;
}

export interface PersonTagsTable {
  owner_id: string;
  person_id: string;
  tag: string;
}

export interface PersonInterestsTable {
  owner_id: string;
  person_id: string;
  interest_key: string;
  label: string;
  position: number;
}

export interface DetailsTable {
  id: string;
  owner_id: string;
  person_id: string;
  text: string;
  kind: string;
  happens_on: string | null;
  follow_up_on: string | null;
  followed_up_at: string | null;
  created_at: string;
}

export interface InteractionsTable {
  id: string;
  owner_id: string;
  occurred_on: string;
  form: string;
  initiated_by: string;
  energy_cost: number;
  exchange: string;
  exchange_kind: string | null;
  outcome: string | null;
  /** JSON array of strings. */
  topics: string;
  note: string | null;
  created_at: string;
}

export interface InteractionPeopleTable {
  owner_id: string;
  interaction_id: string;
  person_id: string;
}

export interface StageChangesTable {
  id: string;
  owner_id: string;
  person_id: string;
  stage: string;
  changed_on: string;
  source: string;
  note: string | null;
  created_at: string;
}

export interface PersonStatsTable {
  person_id: string;
  owner_id: string;
  contact_count: number;
  first_contact_on: string | null;
  last_contact_on: string | null;
  /** JSON array of strings. */
  last_topics: string;
  ever_in_person: number;
  /** JSON array of { on, exchange, outcome }, newest first. */
  recent: string;
  stage_since: string | null;
}

export interface PlanActionStatesTable {
  owner_id: string;
  action_key: string;
  state: string;
  until: string | null;
  updated_at: string;
}

export interface SavedItemsTable {
  id: string;
  owner_id: string;
  title: string;
  url: string | null;
  note: string | null;
  /** JSON array of interest keys. */
  interest_keys: string;
  created_on: string;
  created_at: string;
}

export interface EventsTable {
  id: string;
  owner_id: string;
  name: string;
  kind: string;
  starts_on: string;
  location: string | null;
  energy_cost: number;
  goal: string | null;
  notes: string | null;
  debriefed_at: string | null;
  created_at: string;
}

export interface EventAttendeesTable {
  id: string;
  owner_id: string;
  event_id: string;
  name: string;
  organisation: string | null;
  role: string | null;
  /** JSON array of { key, label }. */
  interests: string;
  person_id: string | null;
  position: number;
}

/** Secrets (session, API token, feed) are stored as SHA-256 hashes, never as given. */
export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_on: string | null;
}

export interface CalendarFeedsTable {
  user_id: string;
  token_hash: string;
  created_at: string;
}

/** One row per scheduled job and time slot: whoever inserts it runs the job. */
export interface JobRunsTable {
  job: string;
  slot: string;
  claimed_at: string;
  finished_at: string | null;
  outcome: string | null;
}

export interface Database {
  users: UsersTable;
  people: PeopleTable;
  person_channels: PersonChannelsTable;
  person_tags: PersonTagsTable;
  person_interests: PersonInterestsTable;
  details: DetailsTable;
  interactions: InteractionsTable;
  interaction_people: InteractionPeopleTable;
  stage_changes: StageChangesTable;
  person_stats: PersonStatsTable;
  plan_action_states: PlanActionStatesTable;
  saved_items: SavedItemsTable;
  events: EventsTable;
  event_attendees: EventAttendeesTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  calendar_feeds: CalendarFeedsTable;
  job_runs: JobRunsTable;
  communities: CommunitiesTable;
  community_members: CommunityMembersTable;
  community_invites: CommunityInvitesTable;
  community_seating_events: CommunitySeatingEventsTable;
  community_seating_attendees: CommunitySeatingAttendeesTable;
  community_profiles: CommunityProfilesTable;
  community_round_rules: CommunityRoundRulesTable;
  community_pair_blocks: CommunityPairBlocksTable;
  community_rounds: CommunityRoundsTable;
  community_matches: CommunityMatchesTable;
  community_match_members: CommunityMatchMembersTable;
  community_notifications: CommunityNotificationsTable;
  community_outbox: CommunityOutboxTable;
  community_asks: CommunityAsksTable;
  community_introductions: CommunityIntroductionsTable;
  community_group_rounds: CommunityGroupRoundsTable;
  community_groups: CommunityGroupsTable;
  community_group_members: CommunityGroupMembersTable;
}
