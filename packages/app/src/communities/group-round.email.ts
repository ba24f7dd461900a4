/**
 * The email a member gets when a group round places them: which activity, with whom,
 * and where to say whether they are in. Plain and warm; "not this time" is made easy,
 * and nobody learns who said it.
 */

export interface GroupEmail {
  subject: string;
  text: string;
}

export interface GroupEmailInput {
  recipientName: string;
  communityName: string;
  roundTitle: string;
  activityLabel: string;
  /** The others in the group, by display name. */
  others: string[];
  /** Where to answer. */
  url: string;
}

function names(list: string[]): string {
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

export function composeGroupEmail(input: GroupEmailInput): GroupEmail {
  return {
    subject: `A small ${input.activityLabel} group in ${input.communityName}`,
    text: `Hello ${input.recipientName},

${input.roundTitle} in ${input.communityName} put you in a small group around ${input.activityLabel}, with ${names(input.others)}. You all listed it, so the first conversation is easy.

If you would like to join, say so here:
${input.url}

If now is not a good time, choose "Not this time": no reason needed, and the others only see how many are in.
`,
  };
}
