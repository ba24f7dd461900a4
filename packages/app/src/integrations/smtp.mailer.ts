/**
 * Sending email over SMTP. Use cases see only this small interface, so the digest and
 * match announcements do not depend on nodemailer, and a test can point it at a real
 * SMTP server on loopback.
 */
import { createTransport } from 'nodemailer';
import { AppError } from '../errors/app-error.ts';

export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  /** e.g. `text/calendar; method=REQUEST` for an invite. */
  contentType?: string;
}

export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}

export interface Mailer {
  /** Resolves once the server has accepted the message; rejects if it did not. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * Short waits: a job sending many digests should fail fast on a server that is down
 * (the claim is released and a later run retries), not hang for nodemailer's minutes.
 */
const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

/**
 * @param smtpUrl e.g. `smtps://user:pass@smtp.example.com` or `smtp://127.0.0.1:2525`;
 *   settings in the URL's query (nodemailer's) win over the defaults here.
 */
export function createMailer(smtpUrl: string | null | undefined): Mailer {
  const url = smtpUrl?.trim();
  if (!url) {
    throw new AppError(
      'smtp_not_configured',
      'Email is not set up on this Kindred, so nothing can be sent. Set SMTP_URL (e.g. smtps://user:password@smtp.example.com) and restart.',
      [{ field: 'SMTP_URL', message: 'not set' }],
    );
  }
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    protocol = '';
  }
  if (protocol !== 'smtp:' && protocol !== 'smtps:') {
    throw new AppError(
      'config_invalid',
      'SMTP_URL must be an smtp:// or smtps:// address, e.g. smtps://user:password@smtp.example.com.',
      [{ field: 'SMTP_URL', message: 'not an smtp:// or smtps:// URL' }],
    );
  }
  const transport = createTransport({ url, ...TIMEOUTS });
  return {
    async send(message) {
      await transport.sendMail({
        from: message.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html !== undefined && { html: message.html }),
        ...(message.attachments && {
          attachments: message.attachments.map((a) => ({
            filename: a.filename,
            content: a.content,
            ...(a.contentType && { contentType: a.contentType }),
          })),
        }),
      });
    },
    close: () => transport.close(),
  };
}
