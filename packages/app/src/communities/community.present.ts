/** Communities, members and invites as the API and the CLI show them. */
import type { InviteRecord, MemberCommunity } from '@kindred/store';

export type Community = MemberCommunity;

export type InviteStatus = 'open' | 'used' | 'expired' | 'revoked';

export interface Invite {
  id: string;
  /** Where the invite was emailed, if it was; only admins see invites at all. */
  email: string | null;
  role: InviteRecord['role'];
  status: InviteStatus;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  revokedAt: string | null;
}

export function inviteStatus(invite: InviteRecord, now: Date): InviteStatus {
  if (invite.revokedAt) return 'revoked';
  if (invite.usedAt) return 'used';
  return invite.expiresAt <= now.toISOString() ? 'expired' : 'open';
}

export const presentInvite = (invite: InviteRecord, now: Date): Invite => ({
  id: invite.id,
  email: invite.email,
  role: invite.role,
  status: inviteStatus(invite, now),
  createdAt: invite.createdAt,
  expiresAt: invite.expiresAt,
  usedAt: invite.usedAt,
  revokedAt: invite.revokedAt,
});

/** A day as people read it ("9 March 2026"), in the given zone. */
export function readableDay(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(new Date(iso));
}
