/**
 * What a drafted message is made from. The planner decides *what* to suggest; drafts
 * turn that into words a person would actually send, filled from what Kindred knows.
 */
import type { Seniority } from '../ladder/stages.ts';

export const DRAFT_KINDS = [
  /** A light, regular touch to keep a tie alive. */
  'check_in',
  /** Asking how a dated thing they shared went ("how did the board talk go?"). */
  'detail_follow_up',
  /** Within two days of meeting someone new. */
  'first_follow_up',
  /** Offering something when the balance tilts towards asks. */
  'give',
  /** Congratulating a recorded win. */
  'congratulate',
  /** A step up the ladder: asking input/advice/their story/involvement, or sharing goals. */
  'step_up',
  /** Asking one person whether they would like an introduction (double opt-in, first yes). */
  'introduce_ask',
  /** Connecting two people after both said yes. */
  'introduce_connect',
  /** Sharing a saved link or note that fits their interests. */
  'share_item',
  /** A hello in person on a day you are both on site. */
  'hello_in_person',
  /** Saying no to an invitation kindly, with an alternative. */
  'decline',
] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

/** How the message will travel; an in-person draft is a line to say, not to send. */
export type DraftChannel = 'email' | 'message' | 'in_person';

export interface DraftPerson {
  name: string;
  /** First name as they would be greeted; derived from the name when absent. */
  firstName?: string;
  organisation: string | null;
  seniority: Seniority | null;
}

export interface DraftInput {
  kind: DraftKind;
  channel: DraftChannel;
  me: { name: string; pitch: string | null };
  person: DraftPerson;
  /** Labels of interests you share, most telling first. */
  sharedInterests: string[];
  /** What you last talked about, if anything was noted. */
  lastTopic: string | null;
  /** For detail_follow_up and congratulate. */
  detail?: { text: string; happensOn: string | null };
  /** For introductions: the other person and why they could help each other. */
  other?: { person: DraftPerson; reason: string };
  /** For share_item. */
  item?: { title: string; url: string | null; note: string | null };
  /** For step_up: the concrete step, phrased to follow "could I…" e.g. "ask how you approached the migration". */
  step?: {
    kind: 'input' | 'advice' | 'story' | 'involvement' | 'goals' | 'progress' | 'struggle';
    topic: string | null;
  };
  /** For give: what you could offer, if known. */
  offer?: string | null;
  /** For decline: what you are declining and what you propose instead. */
  decline?: { what: string; alternative: string | null };
  /** For first_follow_up: where you met, read after "at", e.g. "the Rust meetup". */
  metAt?: string | null;
}

export interface Draft {
  channel: DraftChannel;
  /** Email only. */
  subject: string | null;
  body: string;
  /** Which template variant was used (stable for the same seed and key). */
  variant: number;
}
