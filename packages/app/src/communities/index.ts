/** Communities: membership, roles and invites. */
export type {
  Community,
  Invite,
  InviteStatus,
} from './community.present.ts';
export {
  type AcceptInviteInput,
  acceptInviteSchema,
  COMMUNITY_ROLES,
  INVITE_DAYS,
  type NewCommunityInput,
  type NewInviteInput,
  newCommunitySchema,
  newInviteSchema,
  type RoleChangeInput,
  roleChangeSchema,
} from './community.schema.ts';
export {
  changeRole,
  createCommunity,
  deleteCommunity,
  getCommunity,
  leaveCommunity,
  listMembers,
  listMyCommunities,
  type Member,
} from './community.service.ts';
export {
  OUTBOX_KEEP_DAYS,
  type OutboxOptions,
  type OutboxResult,
  pruneOutbox,
  sendOutbox,
} from './community-outbox.service.ts';
export { composeGroupEmail, type GroupEmail } from './group-round.email.ts';
export type { Group, GroupMate, GroupRoundSummary } from './group-round.present.ts';
export {
  GROUP_SIZE,
  type GroupResponseInput,
  type GroupRoundInput,
  groupResponseSchema,
  groupRoundInputSchema,
} from './group-round.schema.ts';
export {
  type GroupMail,
  getGroupRound,
  getMyGroup,
  listGroupRounds,
  listMyGroups,
  respondToGroup,
  startGroupRound,
} from './group-round.service.ts';
export { composeIntroductionEmail, type IntroductionEmail } from './introduction.email.ts';
export type {
  Ask,
  IntroducedPerson,
  Introduction,
  IntroductionStatus,
  Suggestion,
} from './introduction.present.ts';
export {
  ASK_LIMITS,
  type AskInput,
  askInputSchema,
  INTRODUCTION_NOTE_MAX,
  type IntroductionAnswerInput,
  type IntroductionInput,
  introductionAnswerSchema,
  introductionInputSchema,
} from './introduction.schema.ts';
export {
  answerIntroduction,
  getIntroduction,
  type IntroductionMail,
  listIntroductions,
  proposeIntroduction,
} from './introduction.service.ts';
export { closeAsk, listAsks, postAsk, suggestForAsk } from './introduction-ask.service.ts';
export { composeInviteEmail, type InviteEmail } from './invite.email.ts';
export {
  createInvite,
  INVITE_PATH,
  type InviteMail,
  joinByInvite,
  listInvites,
  type NewInvite,
  revokeInvite,
} from './invite.service.ts';
export {
  composeMatchEmail,
  describeTime,
  MATCH_INVITE_ATTACHMENT,
  type MatchEmail,
  type MatchEmailInput,
  matchInviteUid,
} from './match.email.ts';
export {
  addMatchToCompanion,
  getMatch,
  giveMatchFeedback,
  listMyMatches,
  type Match,
  type MatchPartner,
  respondToMatch,
} from './match.service.ts';
export { sendQueuedMatchEmails } from './match-email.service.ts';
export type { AvailabilityWindow, InterestLabel, MyProfile, SharedProfile } from './profile.present.ts';
export {
  DEFAULT_VISIBILITY,
  MATCH_FREQUENCIES,
  MEETING_FORMATS,
  type MeetingFormat,
  type ProfileInput,
  profileInputSchema,
  SENIORITY_CHOICES,
  SHAREABLE_FIELDS,
  VISIBILITY_LEVELS,
  type Visibility,
} from './profile.schema.ts';
export {
  getMemberProfile,
  getMyProfile,
  MATCH_FIELDS_OPEN_DAYS,
  type MemberProfile,
  saveMyProfile,
} from './profile.service.ts';
export { type RoundOutcome, runDueRounds, runScheduledRound } from './round.service.ts';
export {
  exclusionInputSchema,
  matchFeedbackSchema,
  matchResponseSchema,
  roundRulesInputSchema,
} from './round-rules.schema.ts';
export {
  addExclusion,
  type Exclusion,
  getRoundRules,
  listExclusions,
  listRounds,
  type RoundRules,
  type RoundSummary,
  removeExclusion,
  runRoundNow,
  setRoundRules,
} from './round-rules.service.ts';
export type {
  MySeatingSchedule,
  SeatingAttendee,
  SeatingEvent,
  SeatingEventSummary,
  SeatingRoundView,
  SeatingStatsView,
} from './seating-event.present.ts';
export { SEATING_LIMITS, type SeatingEventInput, seatingEventSchema } from './seating-event.schema.ts';
export {
  createSeatingEvent,
  deleteSeatingEvent,
  type PlanningOptions,
  replanSeatingEvent,
  updateSeatingEvent,
} from './seating-event.service.ts';
export {
  getMySeatingSchedule,
  getSeatingEvent,
  listSeatingEvents,
  renderSeatingPlaceCards,
} from './seating-view.service.ts';
