/**
 * A give: offering something when the recent balance has tilted towards asking. The
 * offer is concrete when we know one, and otherwise an open, easy-to-accept "is there
 * anything I could help with?". Nothing is asked for in return.
 */
import type { KindTemplates } from './template.types.ts';

export const GIVE: KindTemplates = {
  message: [
    "You've helped me a lot lately, and I'd like to return the favour. [I'd be glad to {offerVerb} if that would help.|Would {offerNoun} be useful?|Is there anything I could help with at the moment?]",
    "[Would {offerNoun} be useful to you?|Could I {offerVerb}?|Is there anything I could do to help with {lastTopic}?|Is there anything I can help with at the moment?] I'd be glad to.",
    "You've been generous with your time, so I wanted to offer something back.[ I could {offerVerb}, if that's useful.| If {offerNoun} would help, just say.| An introduction, a second pair of eyes or a useful link: whatever would help, just say.]",
    "I'd like to be useful to you for a change. [Could I {offerVerb}?|Would {offerNoun} help?|If there's anything[ with {lastTopic}] I could help with, just say.]",
  ],
  email: [
    {
      subject: 'Returning the favour',
      body: "You've been generous with your time and advice, and I'd like to return the favour. [I'd be glad to {offerVerb}, if that would help.|Would {offerNoun} be useful? I'd be happy to.|Is there anything I could help with at the moment? An introduction, a second pair of eyes, a useful link?]\n\nNo need to reply if nothing comes to mind. The offer stands.",
    },
    {
      subject: 'Could I help?',
      body: "I was thinking about [{lastTopic}|what you're working on] and wondered whether I could help. [I'd be glad to {offerVerb}.|Would {offerNoun} be useful?|An introduction, a second pair of eyes or a useful link, whatever would help.]\n\nNo need to reply if nothing comes to mind.",
    },
    {
      subject: 'A small offer',
      body: "I've asked you for a fair bit lately, so here's something going the other way. [I could {offerVerb}, if that would be useful.|If {offerNoun} would help, it would be a pleasure.|If there's anything I can help with, just say.]\n\nI hope things are going well[ at {org}].",
    },
  ],
  in_person: [
    "By the way, [I'd be glad to {offerVerb} if it would help.|would {offerNoun} be useful? Happy to help.|is there anything I could help with at the moment?]",
    "You've helped me a lot, and I'd like to return the favour. [Could I {offerVerb}?|Would {offerNoun} help?|Is there anything you could use a hand with?]",
    "[Is there anything I could help with on {lastTopic}?|Is there anything you could use a hand with at the moment?] I'd be glad to.[ I could {offerVerb}, for example.| For example, {offerNoun}.]",
  ],
};
