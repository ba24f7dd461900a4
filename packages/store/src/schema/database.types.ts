/**
 * Row types as the database holds them. Dates are `YYYY-MM-DD` text and instants are
 * ISO-8601 UTC text in both dialects, so ordering and comparison behave the same on
 * SQLite and PostgreSQL; booleans are 0/1 integers for the same reason.
 */
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

/** A community; its rows are read only through a membership (community.repository.ts). */
export interface CommunitiesTable {
  id: string;
  name: string;
  description: string | null;
  /** Null once the account that created it is deleted. */
  created_by: string | null;
  created_at: string;
}

export interface CommunityMembersTable {
  community_id: string;
  user_id: string;
  role: 'admin' | 'member';
  joined_at: string;
}

/** Single-use invites, found by the SHA-256 of the secret in the link. */
export interface CommunityInvitesTable {
  id: string;
  community_id: string;
  token_hash: string;
  email: string | null;
  role: 'admin' | 'member';
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
}

/** A member's profile in one community; lists are JSON text (0006-community-profiles). */
export interface CommunityProfilesTable {
  community_id: string;
  user_id: string;
  interests: string;
  team: string | null;
  seniority: string | null;
  location: string | null;
  time_zone: string | null;
  availability: string;
  formats: string;
  frequency: string;
  paused: number;
  paused_until: string | null;
  open_to: string;
  intro: string | null;
  /** JSON: field name -> 'members' | 'matches' | 'nobody'. */
  visibility: string;
  updated_at: string;
}

/** When a community's rounds run and by which rules (0007-community-rounds). */
export interface CommunityRoundRulesTable {
  community_id: string;
  cadence: string;
  /** 0 = Monday … 6 = Sunday, in `time_zone`. */
  weekday: number;
  hour: number;
  time_zone: string;
  cross_team_only: number;
  repeat_window_days: number;
  /** The next scheduled round (UTC instant); null while rounds are off. */
  next_round_at: string | null;
  updated_at: string;
}

/** Two accounts never paired in a community; user_a < user_b. Outlives the memberships (0012). */
export interface CommunityPairBlocksTable {
  community_id: string;
  user_a: string;
  user_b: string;
  reason: 'admin' | 'declined' | 'not_again';
  /** The member whose "no" it is, or '' for an admin's. */
  set_by: string;
  created_at: string;
}

export interface CommunityRoundsTable {
  id: string;
  community_id: string;
  /** Unique per community: the guard that makes a round run once. */
  scheduled_for: string;
  ran_at: string;
  trigger: 'schedule' | 'admin';
  seed: string;
  /** JSON of the round's figures (members, active, pairs, trios, unmatched). */
  stats: string;
}

export interface CommunityMatchesTable {
  id: string;
  round_id: string;
  community_id: string;
  weight: number;
  reason: string;
  starter: string;
  /** JSON [{ key, label }]. */
  shared: string;
  /** JSON [{ start, end }] of proposed times. */
  times: string;
  created_at: string;
}

export interface CommunityMatchMembersTable {
  match_id: string;
  community_id: string;
  user_id: string;
  response: 'pending' | 'accepted' | 'declined' | 'postponed';
  responded_at: string | null;
  met: number | null;
  meet_again: number | null;
  feedback_at: string | null;
  person_id: string | null;
}

export interface CommunityNotificationsTable {
  id: string;
  community_id: string;
  user_id: string;
  match_id: string;
  status: 'queued' | 'sending' | 'sent' | 'failed';
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  /** When a process took it to send (0012): an old claim is taken again. */
  claimed_at: string | null;
}

/** A community's seating event; read only through a membership (community-seating.repository.ts). */
export interface CommunitySeatingEventsTable {
  id: string;
  community_id: string;
  title: string;
  day: string | null;
  /** JSON text: extra guests, tables, rounds and constraints (validated in app/). */
  setup: string;
  seed: string;
  /** JSON text: the planned rotation; members appear by user id only, their names are read live. */
  plan: string;
  planned_at: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** A member attending a seating event; goes with their membership (a composite foreign key). */
export interface CommunitySeatingAttendeesTable {
  event_id: string;
  community_id: string;
  user_id: string;
}

/** An open (or closed) ask to meet someone; goes with its asker's membership. */
export interface CommunityAsksTable {
  id: string;
  community_id: string;
  user_id: string;
  /** JSON array of interest keys. */
  interests: string;
  note: string | null;
  created_at: string;
  closed_at: string | null;
}

/** An introduction between two members (user_a, user_b) proposed by a connector. */
export interface CommunityIntroductionsTable {
  id: string;
  community_id: string;
  connector_id: string;
  user_a: string;
  user_b: string;
  note: string | null;
  answer_a: 'pending' | 'accepted' | 'declined';
  answered_a_at: string | null;
  answer_b: 'pending' | 'accepted' | 'declined';
  answered_b_at: string | null;
  ask_id: string | null;
  created_at: string;
}

/** A group round someone started in a community (0011-community-groups). */
export interface CommunityGroupRoundsTable {
  id: string;
  community_id: string;
  title: string;
  /** JSON array of taxonomy keys on offer; null for "any shared interest". */
  activities: string | null;
  min_size: number;
  max_size: number;
  seed: string;
  /** JSON of the figures as it ran (taking part, placed, unplaced, groups, basis). */
  stats: string;
  created_by: string | null;
  created_at: string;
}

/** A small group around one activity, formed by a group round. */
export interface CommunityGroupsTable {
  id: string;
  round_id: string;
  community_id: string;
  position: number;
  activity: string;
  label: string;
  reason: string;
  created_at: string;
}

/** A member placed in a group, with their answer; goes with their membership. */
export interface CommunityGroupMembersTable {
  group_id: string;
  community_id: string;
  user_id: string;
  response: 'pending' | 'accepted' | 'declined';
  responded_at: string | null;
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
  community_asks: CommunityAsksTable;
  community_introductions: CommunityIntroductionsTable;
  community_group_rounds: CommunityGroupRoundsTable;
  community_groups: CommunityGroupsTable;
  community_group_members: CommunityGroupMembersTable;
}
