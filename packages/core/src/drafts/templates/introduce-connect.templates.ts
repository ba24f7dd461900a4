/**
 * The second half of a double opt-in introduction: both said yes, so now they meet.
 * Each is named to the other with where they work, then the introducer steps back.
 * A reason written about "them" is left out here, since with two readers it is unclear
 * whom it means.
 */
import type { KindTemplates } from './template.types.ts';

export const INTRODUCE_CONNECT: KindTemplates = {
  message: [
    "{first}, meet {otherName}[ from {otherOrg}]. {otherFirst}, meet {name}[ from {org}]. [{^reasonBoth}, so I think you'll have plenty to talk about.|I think you'll have plenty to talk about, so I'll leave you to it.]",
    "As promised, an introduction: {name}, meet {otherName}. You both said you'd like to connect, so over to you.[ {^reasonBoth}.]",
    "Happy to connect you two: {otherFirst}, this is {first}[ from {org}]; {first}, this is {otherFirst}[ from {otherOrg}].[ {^reasonBoth}.] I hope it's useful.",
  ],
  email: [
    {
      subject: '[Introduction: {first} and {otherFirst}|An introduction]',
      body: "Thank you both for saying yes. {first}, meet {otherName}[ from {otherOrg}]. {otherFirst}, meet {name}[ from {org}].\n\n[{^reasonBoth}. ]I think you'll have plenty to talk about, so I'll leave you to take it from here.",
    },
    {
      subject: '[{first}, meet {otherFirst}|An introduction]',
      body: "As promised, here's the introduction.\n\n{otherFirst}: {name}[ works at {org} and] is one of the people I most enjoy talking to.\n\n{first}: {otherName}[ works at {otherOrg} and] is someone I think you'll really get on with.[\n\n{^reasonBoth}.]\n\nI'll step back and let you take it from here.",
    },
    {
      subject: '[Connecting {first} and {otherFirst}|Connecting you two]',
      body: "Thank you both for saying yes to this. I'm delighted to connect you: {first}[ at {org}], meet {otherName}[ at {otherOrg}].[ {^reasonBoth}.]\n\nI'll step back and let you take it from here.",
    },
  ],
  in_person: [
    "{first}, this is {otherName}[ from {otherOrg}]. I've been hoping you two would meet.[ {^reasonBoth}.]",
    "{otherFirst}, I'd like you to meet {first}[ from {org}]. I think you'll have a lot to talk about.",
    '{first}, have you met {otherName}[ from {otherOrg}]? You two should talk.[ {^reasonBoth}.]',
  ],
  // Without both names, introduce without naming rather than risk "meet ," or a wrong name.
  fallback: {
    message: [
      "As promised, here's the introduction you both said yes to. I think you'll get on, so I'll leave you to it.",
      'Connecting you two, as promised. I think you will have plenty to talk about. Over to you.',
    ],
    email: [
      {
        subject: 'An introduction',
        body: "As promised, here's the introduction you both said yes to. I think you'll have plenty to talk about.\n\nI'll step back and let you take it from here.",
      },
      {
        subject: 'Connecting you two',
        body: "Thank you both for saying yes to this. I'm delighted to connect you, and I think you'll get on.\n\nOver to you both from here.",
      },
    ],
    in_person: [
      "I'd love to introduce you two. I think you'll get on.",
      "You two should meet. I've been hoping to introduce you for a while.",
    ],
  },
  greeting: '[Hi {first} and {otherFirst},|Hi both,]',
  signOffs: ['Best wishes', 'All the best', 'Warm wishes'],
};
