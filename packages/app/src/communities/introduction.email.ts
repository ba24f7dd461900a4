/**
 * The two emails of an introduction: "someone would like you two to meet" (to each side
 * still to answer) and, once both said yes, "you are introduced" with the other's
 * address. Plain and warm; no pressure, and saying no is made easy and silent.
 */

export interface IntroductionEmail {
  subject: string;
  text: string;
}

export interface IntroductionEmailInput {
  event: 'proposed' | 'introduced';
  recipientName: string;
  otherName: string;
  /** Only for "introduced". */
  otherEmail: string | null;
  /** Who proposed it when neither of the two did; null when one of them did. */
  connectorName: string | null;
  /** Whose note to quote (the proposer), or null to leave it out (the recipient wrote it). */
  noteBy: string | null;
  communityName: string;
  note: string | null;
  /** Where to answer or read more. */
  url: string;
}

export function composeIntroductionEmail(input: IntroductionEmailInput): IntroductionEmail {
  const { recipientName, otherName, communityName } = input;
  const note = input.note && input.noteBy ? `\n\nIn ${input.noteBy}'s words: "${input.note}"` : '';
  if (input.event === 'proposed') {
    const opening = input.connectorName
      ? `${input.connectorName} thinks you and ${otherName} would enjoy meeting, and suggested an introduction in ${communityName}.`
      : `${otherName} would like to meet you, and asked for an introduction in ${communityName}.`;
    return {
      subject: input.connectorName
        ? `${input.connectorName} would like to introduce you to ${otherName}`
        : `${otherName} would like to meet you`,
      text: `Hello ${recipientName},

${opening}${note}

If you would like that, say yes here:
${input.url}

Nothing is shared until you both say yes. If now is not a good time, choose "Not this time": nobody is told who said no, and that is perfectly fine.
`,
    };
  }
  const contact = input.otherEmail
    ? `You can reach ${otherName} at ${input.otherEmail}.`
    : `${otherName} has no email address on Kindred; you will find them in ${communityName}.`;
  return {
    subject: `You and ${otherName} are introduced`,
    text: `Hello ${recipientName},

Good news: you and ${otherName} both said yes, so you are introduced.${note}

${contact} A short hello and a suggestion of a time for a coffee or a call is plenty to start with.

${input.url}
`,
  };
}
