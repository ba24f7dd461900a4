/**
 * The community half's tables (migrations 0005–0013): communities, members, invites,
 * profiles, rounds and matches, pair blocks, seating, introductions, activity groups and
 * the outbox of community emails.
 * Kept apart from the companion's tables; `Database` in database.types.ts lists them all.
 */

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

/**
 * A composed community email waiting to go out, or gone (0013-community-outbox). Its
 * subject and body are cleared once sent; a member's rows go when they leave.
 */
export interface CommunityOutboxTable {
  id: string;
  community_id: string;
  /** The recipient's account. */
  user_id: string;
  kind: 'group' | 'introduction';
  recipient: string;
  subject: string;
  body_text: string;
  body_html: string | null;
  status: 'queued' | 'sending' | 'sent' | 'failed';
  /** Sends tried so far (a claim counts one). */
  attempts: number;
  last_error: string | null;
  created_at: string;
  claimed_at: string | null;
  sent_at: string | null;
}
