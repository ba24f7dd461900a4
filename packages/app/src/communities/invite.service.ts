/**
 * Invites: an admin makes a single-use link (optionally emailed), lists and withdraws
 * them; whoever holds a link joins with it. Only the SHA-256 of the link's secret is
 * stored, and the secret is shown once, when the invite is made.
 *
 * An invite sent to an email may be used by any signed-in account holding the link, not
 * only one with that address: Kindred does not verify account emails, so matching them
 * would protect nothing, and people often sign up with another address than the one an
 * admin knows (work and personal). The link itself is the key (256 random bits, one use,
 * days to live), and the admin sees who joined in the member list.
 */
import type { InviteRecord } from '@kindred/store';
import { hashSecret, newSecret } from '../accounts/secrets.ts';
import { newId, type UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import type { Mailer } from '../integrations/smtp.mailer.ts';
import { parseInput } from '../people/person-input.schema.ts';
import { inviteNotFound } from './community.errors.ts';
import { type Community, type Invite, presentInvite, readableDay } from './community.present.ts';
import {
  type AcceptInviteInput,
  acceptInviteSchema,
  type NewInviteInput,
  newInviteSchema,
} from './community.schema.ts';
import { adminOf, membershipOf } from './community.service.ts';
import { composeInviteEmail } from './invite.email.ts';

/** Where invite links lead in the web app; the secret follows. */
export const INVITE_PATH = '/join/';

export interface InviteMail {
  /** Null when this Kindred has no SMTP server: an invite with an email is then refused. */
  mailer: Mailer | null;
  from: string;
  /** The web app's origin, e.g. https://kindred.example.org, to make the link absolute. */
  publicUrl: string;
}

export interface NewInvite {
  invite: Invite;
  /** The link's path with its secret (`/join/kinv_…`): shown now and never again. */
  path: string;
  /** Whom the link was emailed to, if anyone. */
  emailedTo: string | null;
}

type Page = { limit: number; after?: string | undefined };

export async function createInvite(
  ctx: UseCaseContext,
  communityId: string,
  input: NewInviteInput,
  mail?: InviteMail,
): Promise<NewInvite> {
  const valid = parseInput(newInviteSchema, input, 'invite');
  const email = valid.email ?? null;
  if (email && !mail?.mailer) {
    throw new AppError(
      'smtp_not_configured',
      `This Kindred cannot send email, so the invite to ${email} was not made. Leave out the email to get a link you can share yourself, or ask whoever runs this Kindred to set SMTP_URL.`,
      [{ field: 'body.email', message: 'email is not set up on this server' }],
    );
  }
  const secret = newSecret('invite');
  const path = INVITE_PATH + secret;
  const record: InviteRecord = {
    id: newId(),
    communityId,
    email,
    role: valid.role,
    createdBy: ctx.ownerId,
    createdAt: ctx.now.toISOString(),
    expiresAt: new Date(ctx.now.getTime() + valid.expiresInDays * 86_400_000).toISOString(),
    usedAt: null,
    revokedAt: null,
  };
  const { community, inviterName } = await ctx.store.transaction(async (repos) => {
    const found = await adminOf(repos, ctx.ownerId, communityId, 'invite people');
    await repos.communityInvites.insert(record, hashSecret(secret));
    return { community: found, inviterName: (await repos.users.get(ctx.ownerId))?.displayName ?? 'Someone' };
  });
  if (email && mail?.mailer) {
    // Sent after the commit, so a slow mail server never holds the database; if it
    // refuses, the invite is taken back, so no link exists that nobody received.
    const message = composeInviteEmail({
      inviterName,
      communityName: community.name,
      description: community.description,
      url: mail.publicUrl + path,
      expiresOn: readableDay(record.expiresAt, ctx.timeZone),
    });
    try {
      await mail.mailer.send({ from: mail.from, to: email, ...message });
    } catch (error) {
      await ctx.store.transaction((repos) => repos.communityInvites.remove(ctx.ownerId, record.id));
      throw new AppError(
        'email_not_sent',
        `The invite email to ${email} could not be sent (${error instanceof Error ? error.message : String(error)}), so no invite was made. Try again in a while, or leave out the email and share the link yourself.`,
        [{ field: 'body.email', message: 'not sent' }],
      );
    }
  }
  return { invite: presentInvite(record, ctx.now), path, emailedTo: email };
}

export async function listInvites(ctx: UseCaseContext, communityId: string, page: Page): Promise<Invite[]> {
  return ctx.store.transaction(async (repos) => {
    await adminOf(repos, ctx.ownerId, communityId, 'see its invites');
    const rows = await repos.communityInvites.list(ctx.ownerId, communityId, page);
    return rows.map((row) => presentInvite(row, ctx.now));
  });
}

/** Withdraws an invite so its link stops working; withdrawing one twice is fine. */
export async function revokeInvite(
  ctx: UseCaseContext,
  communityId: string,
  inviteId: string,
): Promise<Invite> {
  return ctx.store.transaction(async (repos) => {
    const community = await adminOf(repos, ctx.ownerId, communityId, 'withdraw invites');
    const invite = await repos.communityInvites.get(ctx.ownerId, communityId, inviteId);
    if (!invite) throw inviteNotFound('inviteId', community.name);
    if (invite.usedAt) {
      throw new AppError(
        'invite_used',
        `That invite was already used on ${readableDay(invite.usedAt, ctx.timeZone)}, so there is nothing to withdraw; whoever used it is in the member list.`,
        [{ field: 'inviteId', message: 'already used' }],
      );
    }
    if (!invite.revokedAt) {
      await repos.communityInvites.revoke(ctx.ownerId, communityId, inviteId, ctx.now.toISOString());
    }
    const after = await repos.communityInvites.get(ctx.ownerId, communityId, inviteId);
    return presentInvite(after ?? invite, ctx.now);
  });
}

/** The secret from a pasted link or from the secret alone. */
function secretOf(token: string): string {
  const at = token.lastIndexOf(INVITE_PATH);
  return (at >= 0 ? token.slice(at + INVITE_PATH.length) : token).replace(/[?#].*$/, '');
}

/**
 * Joins the community an invite is for. Someone who is already a member keeps their
 * role and leaves the invite unused, so it still works for the person it was meant for.
 */
export async function joinByInvite(
  ctx: UseCaseContext,
  input: AcceptInviteInput,
): Promise<{ community: Community; joined: boolean }> {
  const { token } = parseInput(acceptInviteSchema, input, 'invite');
  const at = ctx.now.toISOString();
  return ctx.store.transaction(async (repos) => {
    const invite = await repos.communityInvites.findBySecretHash(hashSecret(secretOf(token)));
    if (!invite) throw inviteNotFound('body.token');
    const already = await repos.communities.forMember(ctx.ownerId, invite.communityId);
    if (already) return { community: already, joined: false };
    await repos.communities.lock(invite.communityId);
    refuseUnusable(invite, at, ctx.timeZone);
    if (!(await repos.communityInvites.markUsed(invite.id, at))) {
      // Another request used it between our read and now.
      refuseUnusable({ ...invite, usedAt: at }, at, ctx.timeZone);
    }
    await repos.communities.addMember(invite.communityId, ctx.ownerId, invite.role, at);
    return { community: await membershipOf(repos, ctx.ownerId, invite.communityId), joined: true };
  });
}

function refuseUnusable(
  invite: InviteRecord & { communityName: string },
  at: string,
  timeZone: string,
): void {
  const name = invite.communityName;
  const field = [{ field: 'body.token', message: '' }];
  if (invite.revokedAt) {
    throw new AppError(
      'invite_revoked',
      `This invite to ${name} was withdrawn by one of its admins, so it no longer works. If you think that was a mistake, ask them for a new link.`,
      field.map((f) => ({ ...f, message: 'withdrawn' })),
    );
  }
  if (invite.usedAt) {
    throw new AppError(
      'invite_used',
      `This invite to ${name} has already been used: each link works once. Ask one of its admins for a link of your own.`,
      field.map((f) => ({ ...f, message: 'already used' })),
    );
  }
  if (invite.expiresAt <= at) {
    throw new AppError(
      'invite_expired',
      `This invite to ${name} expired on ${readableDay(invite.expiresAt, timeZone)}. Ask one of its admins for a new link.`,
      field.map((f) => ({ ...f, message: 'expired' })),
    );
  }
}
