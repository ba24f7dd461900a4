/**
 * The shapes the API sends, inferred from the very zod schemas the server validates and
 * documents with. Type-only imports: nothing of the server reaches the browser bundle.
 */
import type { z } from '@hono/zod-openapi';
import type { AccountSchema } from '../../../server/src/routes/auth.routes.ts';
import type {
  CommunitySchema,
  InviteSchema,
  MemberSchema,
} from '../../../server/src/routes/communities.routes.ts';
import type {
  MyProfileSchema,
  SharedProfileSchema,
} from '../../../server/src/routes/community-profiles.routes.ts';
import type { DigestSchema } from '../../../server/src/routes/digest.routes.ts';
import type { SettingsSchema } from '../../../server/src/routes/settings.routes.ts';
import type { EntrySchema } from '../../../server/src/routes/taxonomy.routes.ts';
import type { ApiTokenSchema } from '../../../server/src/routes/tokens.routes.ts';
import type {
  AttendeeSchema,
  DetailSchema,
  DraftSchema,
  EventPrepSchema,
  EventSchema,
  ImportReportSchema,
  InteractionSchema,
  PersonOverviewSchema,
  PersonSchema,
  PlanActionSchema,
  PlanSchema,
  SavedItemSchema,
  StageChangeSchema,
} from '../../../server/src/schemas/companion.schema.ts';

export type Account = z.infer<typeof AccountSchema>;
export type SetupState = { needsOwner: boolean; signUpOpen: boolean; emailConfigured: boolean };
export type Settings = z.infer<typeof SettingsSchema>;
export type Digest = z.infer<typeof DigestSchema>;
export type TaxonomyEntry = z.infer<typeof EntrySchema>;
export type ApiToken = z.infer<typeof ApiTokenSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Detail = z.infer<typeof DetailSchema>;
export type Interaction = z.infer<typeof InteractionSchema>;
export type StageChange = z.infer<typeof StageChangeSchema>;
export type PersonOverview = z.infer<typeof PersonOverviewSchema>;
export type Draft = z.infer<typeof DraftSchema>;
export type PlanAction = z.infer<typeof PlanActionSchema>;
export type Plan = z.infer<typeof PlanSchema>;
export type Attendee = z.infer<typeof AttendeeSchema>;
export type KindredEvent = z.infer<typeof EventSchema>;
export type EventPrep = z.infer<typeof EventPrepSchema>;
export type ImportReport = z.infer<typeof ImportReportSchema>;
export type SavedItem = z.infer<typeof SavedItemSchema>;
export type Community = z.infer<typeof CommunitySchema>;
export type CommunityMember = z.infer<typeof MemberSchema>;
export type CommunityInvite = z.infer<typeof InviteSchema>;
export type SharedProfile = z.infer<typeof SharedProfileSchema>;
export type MyCommunityProfile = z.infer<typeof MyProfileSchema>;

/** A page of a cursor-paginated list. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
