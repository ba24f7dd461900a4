/**
 * Following up on something they told you, once its date has passed. Remembering is the
 * gift here, so the detail leads; the question is open ("how did it go?") because the
 * answer might be good or bad news, and the wording must suit either.
 */
import type { KindTemplates } from './template.types.ts';

export const DETAIL_FOLLOW_UP: KindTemplates = {
  message: [
    "You mentioned {detailMention}, and I've been wondering how it went.",
    "How did {detailThing} go? I've been thinking of you.",
    'I was thinking of you and remembered {detailMention}. How did it all go?',
    "Last time you mentioned {detailMention}. I hope it went well; I'd love to hear.",
  ],
  email: [
    {
      subject: '[How did {detailThing} go?|How did it go?]',
      body: "You mentioned {detailMention}, and I've been wondering how it went. I hope it went well.\n\nNo need for a long reply; I'd just like to hear.",
    },
    {
      subject: 'Thinking of you',
      body: "I remembered {detailMention}, and wanted to ask how it went.[ Last time we also talked about {lastTopic}, so I hope that's going well too.]\n\nI'd love to hear, whenever you have a moment.",
    },
    {
      subject: 'How did it go?',
      body: 'How did {detailThing} go? I remembered you mentioning it and have been curious since.\n\nI hope it went well, and that you got a bit of rest afterwards.',
    },
  ],
  in_person: [
    'Hi[ {first}], I remembered {detailMention}. How did it go?',
    'How did {detailThing} go? I remember you mentioning it.',
    'Good to see you[, {first}]. Last time you mentioned {detailMention}. How did it go?',
  ],
  // Without the detail we only know something was coming up; ask gently and generally.
  fallback: {
    message: [
      'I remembered you had something coming up, and wanted to ask how it went.',
      'How did things go in the end? I remembered you had something on and have been wondering.',
    ],
    email: [
      {
        subject: 'Hello',
        body: 'I remembered you had something coming up, and wanted to ask how it went.\n\nI hope all is well with you.',
      },
      {
        subject: 'How did it go?',
        body: "I was thinking of you and wondered how things went recently.[ Last time we talked about {lastTopic}.]\n\nNo need for a long reply; I'd just like to hear.",
      },
    ],
    in_person: [
      'Hi[ {first}], how did everything go? I remembered you had something coming up.',
      'Good to see you[, {first}]. How did things go in the end?',
    ],
  },
};
