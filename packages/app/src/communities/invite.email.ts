/** The email that carries an invite link: who asked, to what, and how long the link works. */

export interface InviteEmail {
  subject: string;
  text: string;
}

export function composeInviteEmail(input: {
  inviterName: string;
  communityName: string;
  description: string | null;
  url: string;
  /** The last day the link works, as people read it. */
  expiresOn: string;
}): InviteEmail {
  const about = input.description ? `\n\nAbout ${input.communityName}: ${input.description}` : '';
  return {
    subject: `${input.inviterName} invited you to ${input.communityName} on Kindred`,
    text: `Hello,

${input.inviterName} would like you to join ${input.communityName} on Kindred, where its members get to know people who share their interests.${about}

To join, open this link and sign in (or make an account, it takes a minute):
${input.url}

The link works once, until ${input.expiresOn}. If you were not expecting this, you can ignore it: nothing happens unless you open the link.
`,
  };
}
