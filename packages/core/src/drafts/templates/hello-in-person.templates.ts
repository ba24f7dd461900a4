/**
 * A hello in person on a day you are both on site, usually with someone you have only
 * met on calls. The spoken lines are short and give an easy next sentence; the written
 * ones propose five minutes, not a meeting.
 */
import type { KindTemplates } from './template.types.ts';

export const HELLO_IN_PERSON: KindTemplates = {
  message: [
    "I think we'll both be on site at the same time, and it would be nice to say hello in person. Fancy a quick coffee?",
    "We've only met on calls so far. If you're around, I'd love to say hello in person[ and catch up on {lastTopic}].",
    "If we're both in on the same day, it would be good to finally meet in person, even just for five minutes.",
  ],
  email: [
    {
      subject: 'Saying hello in person?',
      body: "I think we're both on site on the same day, and it would be nice to finally say hello in person.\n\nWould you have ten minutes for a coffee? No need to plan anything bigger.",
    },
    {
      subject: "A coffee while we're both in?",
      body: "We've only met on calls so far, so I wanted to suggest saying hello in person while we're both in.[ I'd love to hear how things are going with {lastTopic}.]\n\nIf you're free for a quick coffee, let me know when suits you.",
    },
    {
      subject: 'Meeting in person',
      body: "Just a short note: I'll be on site too and would love to say hello.[ It would be good to talk about {interests} away from a screen.]\n\nNo pressure if the day is busy.",
    },
  ],
  in_person: [
    "Hi[ {first}],[ I'm {meFirst}.] It's good to finally meet in person.",
    'Hi[ {first}], good to see you in person at last.[ Any news on {lastTopic}?]',
    'Nice to put a face to the name[, {first}]. How are you finding the day?',
    "Hi[ {first}], I thought I'd come and say hello while we're both here.[ I'm {meFirst}, by the way.][ Any news on {lastTopic}?]",
  ],
};
