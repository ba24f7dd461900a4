/** The optional weekly plan digest by email. */
export { composeDigest, type DigestEmail, type DigestInput } from './compose-digest.ts';
export {
  type DigestRun,
  type DigestRunResult,
  previewDigest,
  sendDigestNow,
  sendDueDigests,
} from './digest.service.ts';
export { type DigestTime, digestDue } from './digest-schedule.ts';
