/** How both community email queues (match emails, the outbox) retry and reclaim. */

/** Sends tried before an email is given up on. */
export const MAX_ATTEMPTS = 3;
/** A claim this old belongs to a process that died mid-send: the email is taken again. */
export const STALE_CLAIM_MS = 15 * 60_000;
