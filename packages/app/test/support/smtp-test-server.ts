/**
 * A real SMTP server on loopback for tests, keeping every message it accepts, and a
 * small reader for what nodemailer sends (headers, and the text and HTML parts
 * decoded), so tests can assert on what a person would actually read.
 */
import { createServer as createNetServer } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

export interface TestSmtpServer {
  url: string;
  messages: ReceivedMail[];
  /** Messages sent to one address. */
  to(address: string): ReceivedMail[];
  close(): Promise<void>;
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: no certificate to trust.
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('SMTP test server has no port');
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    messages,
    to: (a) => messages.filter((m) => m.to.includes(a)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An smtp:// URL on loopback where nothing listens. */
export async function unreachableSmtpUrl(): Promise<string> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return `smtp://127.0.0.1:${address.port}`;
}

export interface ReadMail {
  headers: Map<string, string>;
  subject: string;
  text: string;
  html: string;
  /** An attached iCalendar invite, decoded. */
  calendar?: string;
}

function splitHead(raw: string): { head: string; body: string } {
  const at = raw.indexOf('\r\n\r\n');
  return at < 0 ? { head: raw, body: '' } : { head: raw.slice(0, at), body: raw.slice(at + 4) };
}

function parseHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch ((encoding ?? '7bit').toLowerCase()) {
    case 'quoted-printable': {
      const bytes = body
        .replace(/=\r\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
      return Buffer.from(bytes, 'latin1').toString('utf8');
    }
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    default:
      return body;
  }
}

/** Decodes an RFC 2047 encoded word (nodemailer uses them for non-ASCII subjects). */
function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeBody(text.replace(/_/g, ' '), 'quoted-printable'),
  );
}

/**
 * Reads a message: a single part, or multipart (alternative, or mixed with attachments,
 * nested as nodemailer nests them) with text and HTML parts; an attached calendar
 * invite (text/calendar) comes back decoded as `calendar`.
 */
export function readMail(raw: string): ReadMail {
  const { head, body } = splitHead(raw);
  const headers = parseHeaders(head);
  const out: ReadMail = { headers, subject: decodeWords(headers.get('subject') ?? ''), text: '', html: '' };
  readPart(headers, body, out);
  return out;
}

function readPart(headers: Map<string, string>, body: string, out: ReadMail): void {
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.startsWith('multipart/') && boundary) {
    for (const part of body.split(`--${boundary}`).slice(1, -1)) {
      const split = splitHead(part.replace(/^\r\n/, ''));
      readPart(parseHeaders(split.head), split.body, out);
    }
    return;
  }
  const decoded = decodeBody(body.replace(/\r\n$/, ''), headers.get('content-transfer-encoding'));
  if (type.startsWith('text/plain')) out.text = decoded.replace(/\r\n/g, '\n');
  else if (type.startsWith('text/html')) out.html = decoded.replace(/\r\n/g, '\n');
  else if (type.startsWith('text/calendar')) out.calendar = decoded;
}
