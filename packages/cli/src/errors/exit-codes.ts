/**
 * The one place that turns failures into exit codes and messages. Scripts can rely on
 * the codes: 2 bad input, 3 not found, 4 ambiguous, 5 import refused, 1 anything else.
 */
import { type ErrorCode, isAppError } from '@kindred/app';

const EXIT_CODES: Record<ErrorCode, number> = {
  invalid_input: 2,
  config_invalid: 2,
  import_unknown_format: 2,
  person_not_found: 3,
  detail_not_found: 3,
  interaction_not_found: 3,
  action_not_found: 3,
  event_not_found: 3,
  item_not_found: 3,
  file_not_found: 3,
  person_ambiguous: 4,
  event_ambiguous: 4,
  import_invalid_rows: 5,
  import_not_empty: 5,
  // The server's own failures; the CLI meets them only if it ever talks to one.
  unauthenticated: 2,
  invalid_credentials: 2,
  email_taken: 2,
  signup_closed: 2,
  token_not_found: 3,
  feed_not_found: 3,
  csrf_rejected: 2,
  host_rejected: 2,
  password_incorrect: 2,
  database_unavailable: 1,
  rate_limited: 1,
  payload_too_large: 2,
  unsupported_media_type: 2,
  route_not_found: 3,
  smtp_not_configured: 2,
  email_not_sent: 1,
  community_not_found: 3,
  community_admin_only: 2,
  community_last_admin: 2,
  member_not_found: 3,
  invite_not_found: 3,
  invite_expired: 2,
  invite_used: 2,
  invite_revoked: 2,
  match_not_found: 3,
  match_partner_left: 2,
  round_just_ran: 2,
  exclusion_not_found: 3,
  seating_event_not_found: 3,
  seating_unknown_attendee: 2,
  seating_tables_too_small: 2,
  seating_unsatisfiable: 2,
  group_round_not_found: 3,
  group_not_found: 3,
  group_round_no_groups: 2,
  group_round_too_soon: 2,
  ask_not_found: 3,
  ask_closed: 2,
  introduction_not_found: 3,
  introduction_not_a_party: 2,
  introduction_exists: 2,
  introduction_unavailable: 2,
  introduction_closed: 2,
};

export interface CliFailure {
  exitCode: number;
  code: string;
  message: string;
  details: unknown[];
  extra?: Record<string, unknown>;
}

export function toFailure(error: unknown): CliFailure {
  if (isAppError(error)) {
    return {
      exitCode: EXIT_CODES[error.code],
      code: error.code,
      message: error.message,
      details: error.details,
      extra: error.extra,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    exitCode: 1,
    code: 'internal',
    message: `Something went wrong inside Kindred: ${message}. Your data was not changed by the failed step. Please report this with the command you ran.`,
    details: [],
  };
}
