/**
 * The shape of one kind's templates. Text lives in one file per kind so a writer can
 * read every variant of, say, a check-in side by side and keep the voice consistent.
 * The syntax ({value}, [optional], [a|b]) is described in ../fill.ts.
 */

export interface EmailTemplate {
  subject: string;
  /** Paragraphs separated by a blank line; the greeting and sign-off are added around it. */
  body: string;
}

export interface ChannelTemplates {
  /** Short, no greeting: one to three sentences as you would send in a chat. */
  message: readonly string[];
  email: readonly EmailTemplate[];
  /** A line to say, not to send. */
  in_person: readonly string[];
}

export interface KindTemplates extends ChannelTemplates {
  /**
   * Used only when no main template can be filled (the key data is missing), so a
   * specific draft is always preferred to a generic one.
   */
  fallback?: Partial<ChannelTemplates>;
  /** The email greeting when "Hi {first}," does not fit (an introduction greets two people). */
  greeting?: string;
  /** Sign-offs that suit this kind better than the general ones. */
  signOffs?: readonly string[];
}
