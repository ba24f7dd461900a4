export type { Keyset, Store } from '@kindred/store';
export {
  type Account,
  changePassword,
  changePasswordSchema,
  deleteAccount,
  deleteAccountSchema,
  getAccount,
  SESSION_DAYS,
  type SignedIn,
  type SignInInput,
  type SignUpInput,
  type SystemContext,
  setupStatus,
  signIn,
  signInSchema,
  signOut,
  signUp,
  signUpSchema,
  sweepSessions,
} from './accounts/account.service.ts';
export {
  type ApiToken,
  createApiToken,
  listApiTokens,
  newApiTokenSchema,
  revokeApiToken,
} from './accounts/api-token.service.ts';
export {
  type Caller,
  callerByApiToken,
  callerBySession,
  contextForCaller,
  contextForUser,
} from './accounts/authenticate.service.ts';
export * from './calendar/index.ts';
export * from './communities/index.ts';
export { type ConfigSources, type KindredConfig, loadConfig, SQLITE_FILE_NAME } from './config/config.ts';
export { defaultDataDir } from './config/data-dir.ts';
export {
  ensureLocalOwner,
  type Kindred,
  newId,
  openDatabase,
  openKindred,
  settingsOf,
  today,
  type UseCaseContext,
} from './context.ts';
export * from './digest/index.ts';
export { AppError, type ErrorCode, type ErrorDetail, isAppError } from './errors/app-error.ts';
export {
  addEvent,
  type DebriefResult,
  debriefEvent,
  type EventInput,
  eventById,
  eventInputSchema,
  listEvents,
  type MetInput,
  prepEvent,
  removeEvent,
  resolveEvent,
} from './events/event.service.ts';
export { EXPORT_FORMATS, type ExportFormat, type ExportResult, exportData } from './export/export.service.ts';
export type { Backup } from './import/backup.schema.ts';
export { exportBackup, parseBackup, restoreBackup } from './import/backup.service.ts';
export { type ImportOptions, importContacts } from './import/import-contacts.service.ts';
export { IMPORT_FORMATS, type ImportFormat, importFile } from './import/import-file.service.ts';
export type { ImportReport, ProgressListener } from './import/import-report.ts';
export {
  INSIGHT_WEEKS,
  type InsightsQuery,
  type InsightsView,
  insightsFor,
} from './insights/insights.service.ts';
export { type AttendeeRow, parseAttendeesCsv } from './integrations/attendees-csv.parse.ts';
export {
  createMailer,
  type MailAttachment,
  type Mailer,
  type MailMessage,
} from './integrations/smtp.mailer.ts';
export { listInteractions } from './interactions/list-interactions.service.ts';
export {
  type InteractionInput,
  interactionInputSchema,
  type LogResult,
  logInteraction,
} from './interactions/log-interaction.service.ts';
export { removeInteraction } from './interactions/remove-interaction.service.ts';
export { setStage, setStageByWord } from './interactions/set-stage.service.ts';
export { readInterests, searchInterests } from './interests/interests.service.ts';
export * from './jobs/index.ts';
export * from './matching/index.ts';
export { type AddPersonResult, addPerson } from './people/add-person.service.ts';
export { type DetailInput, detailInputSchema } from './people/build-detail.ts';
export { addDetail, removeDetail } from './people/detail.service.ts';
export { editPerson, removePerson } from './people/edit-person.service.ts';
export {
  type ListedPersonJson,
  listPeople,
  listPeopleJson,
  type PeopleQuery,
} from './people/list-people.service.ts';
export {
  type NewPersonInput,
  newPersonSchema,
  type PersonChanges,
  personChangesSchema,
} from './people/person-input.schema.ts';
export { type PersonOverview, personOverview } from './people/person-overview.service.ts';
export { personById, resolvePerson } from './people/resolve-person.service.ts';
export { draftDecline, draftMyPitch } from './plan/drafts.service.ts';
export { loadPlanInput } from './plan/load-plan-input.ts';
export {
  type DoneResult,
  dismissAction,
  markDone,
  type PlanView,
  planFor,
  snoozeAction,
} from './plan/plan.service.ts';
export { refreshStats } from './plan/refresh-stats.ts';
export {
  listSavedItems,
  removeSavedItem,
  type SavedItemInput,
  savedItemInputSchema,
  saveItem,
} from './plan/saved-item.service.ts';
export * from './records/record.schemas.ts';
export * from './seating/index.ts';
export { checkHealth } from './settings/health.service.ts';
export type { Settings } from './settings/settings.schema.ts';
export {
  getSettings,
  type ProfileAndSettings,
  type SettingsChanges,
  settingsChangesSchema,
  updateSettings,
} from './settings/settings.service.ts';
export { type Status, status } from './settings/status.service.ts';
export { parseDay } from './time/parse-day.ts';
