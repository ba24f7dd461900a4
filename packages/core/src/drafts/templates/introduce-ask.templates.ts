/**
 * The first half of a double opt-in introduction: asking one person whether they would
 * like to meet another, and why. It never passes on the other person's contact details,
 * and it says so, because the point is that both can say no freely.
 */
import type { KindTemplates } from './template.types.ts';

export const INTRODUCE_ASK: KindTemplates = {
  message: [
    "Would you like an introduction to {otherName}[ at {otherOrg}]?[ {^reason}.] I'm asking them too, and I'll only put you in touch if you're both keen.",
    "I know someone I think you'd enjoy meeting: {otherName}[ from {otherOrg}].[ {^reason}.] Would you be open to an introduction, if they're keen too?",
    "Could I introduce you to {otherName}[ at {otherOrg}]?[ {^reason}, and I think you'd get on.] Only if you'd like to; I won't share any details unless you both agree.",
  ],
  email: [
    {
      subject: '[An introduction to {otherFirst}?|An introduction?]',
      body: "I'd like to introduce you to {otherName}[ at {otherOrg}], if you're open to it.[ {^reason}, and I think you'd get on well.]\n\nWould you like me to connect you? I'm asking them too, and I'll only share your details if you're both happy to go ahead. No pressure at all either way.",
    },
    {
      subject: 'Someone you might like to meet',
      body: "I've been thinking that you and {otherName}[ from {otherOrg}] should meet.[ {^reason}.]\n\nWould you be up for an introduction? If so, I'll check with them as well and only connect you once you both agree.",
    },
    {
      subject: 'Would you like an introduction?',
      body: "I know someone I think you'd enjoy meeting: {otherName}[ at {otherOrg}].[ {^reason}.]\n\nWould you be open to me introducing you? I'll only pass on contact details if you both say yes, so feel free to say no.",
    },
  ],
  in_person: [
    "I know someone I think you'd get on with: {otherName}[ at {otherOrg}]. Would you like me to introduce you, if they're keen too?",
    "Do you know {otherName}[ at {otherOrg}]?[ {^reason}.] Would you like an introduction? I'd check with them first too.",
    "I've been meaning to ask: would you like to meet {otherName}[ from {otherOrg}]?[ {^reason}.] Only if you both fancy it.",
  ],
  // Without the other person's name the offer is still honest, just less specific.
  fallback: {
    message: [
      "I know someone I think you'd enjoy meeting. Would you be open to an introduction? I'll only connect you if you both say yes.",
      "Would you be open to an introduction to someone I know?[ {^reason}.] I'm asking them too, and nothing happens unless you both agree.",
    ],
    email: [
      {
        subject: 'Would you like an introduction?',
        body: "I know someone I think you'd enjoy meeting.[ {^reason}.]\n\nWould you be open to me introducing you? I'll only pass on contact details if you both say yes, so feel free to say no.",
      },
      {
        subject: 'An introduction?',
        body: "There's someone I think you'd get on with. Would you like an introduction?\n\nI'm asking them too, and I'll only connect you if you're both keen. No pressure either way.",
      },
    ],
    in_person: [
      "I know someone I think you'd enjoy meeting. Would you like me to introduce you, if they're keen too?",
      "There's someone I think you'd get on with. Would you be open to an introduction?",
    ],
  },
  signOffs: ['Best wishes', 'All the best', 'Warm wishes'],
};
