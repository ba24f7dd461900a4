/**
 * What a person may send to make or change a community, an invite or a role. Shared by
 * the HTTP API (and a later CLI), so both accept and refuse exactly the same things.
 */
import { z } from 'zod';

export const COMMUNITY_ROLES = ['member', 'admin'] as const;

/** How long an invite link works unless the admin says otherwise, and at most. */
export const INVITE_DAYS = { default: 7, max: 30 } as const;

export const newCommunitySchema = z.strictObject({
  name: z.string().trim().min(1, 'give the community a name, e.g. "Lisbon office"').max(120),
  description: z
    .string()
    .trim()
    .max(2000, 'keep the description under 2,000 characters')
    .nullable()
    .optional()
    .transform((v) => v || null),
});
export type NewCommunityInput = z.input<typeof newCommunitySchema>;

export const newInviteSchema = z.strictObject({
  email: z
    .email({ message: 'must be an email address such as sam@example.com' })
    .max(320)
    .transform((v) => v.trim().toLowerCase())
    .nullable()
    .optional(),
  role: z.enum(COMMUNITY_ROLES).default('member'),
  expiresInDays: z
    .number()
    .int('a whole number of days')
    .min(1, 'at least 1 day')
    .max(INVITE_DAYS.max, `at most ${INVITE_DAYS.max} days`)
    .default(INVITE_DAYS.default),
});
export type NewInviteInput = z.input<typeof newInviteSchema>;

export const roleChangeSchema = z.strictObject({ role: z.enum(COMMUNITY_ROLES) });
export type RoleChangeInput = z.input<typeof roleChangeSchema>;

export const acceptInviteSchema = z.strictObject({
  token: z
    .string()
    .trim()
    .min(1, 'paste the invite link, or the code at its end')
    .max(400, 'that is longer than any invite link; paste just the link'),
});
export type AcceptInviteInput = z.input<typeof acceptInviteSchema>;
