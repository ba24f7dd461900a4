/**
 * Secrets handed to a browser or a script (session cookies, API tokens, calendar feed
 * URLs, community invite links): 256 random bits, stored only as their SHA-256, so the
 * database alone never lets anyone in. A prefix says what a secret is when someone
 * finds one in a file.
 */
import { createHash, randomBytes } from 'node:crypto';

export type SecretKind = 'session' | 'api' | 'feed' | 'invite';

const PREFIX: Record<SecretKind, string> = { session: 'kss_', api: 'kdr_', feed: 'kcal_', invite: 'kinv_' };

export function newSecret(kind: SecretKind): string {
  return PREFIX[kind] + randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function looksLike(kind: SecretKind, secret: string): boolean {
  return secret.startsWith(PREFIX[kind]) && secret.length < 200;
}
