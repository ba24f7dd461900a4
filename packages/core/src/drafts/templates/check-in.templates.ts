/**
 * Check-ins: a light, regular touch that keeps a tie alive. No agenda, no ask, and an
 * easy way out of replying at length; the last topic makes it feel remembered.
 */
import type { KindTemplates } from './template.types.ts';

export const CHECK_IN: KindTemplates = {
  message: [
    'I was thinking of you today and wondered how things are going[ at {org}].[ How did things turn out with {lastTopic}?]',
    "It's been a while, so I wanted to say hello. How are you doing?[ Still enjoying {interest}?]",
    'How are things with you these days?[ I was remembering our chat about {lastTopic} the other day.]',
    'No news from me; I just wanted to say hello and see how you are.[ Are you still finding time for {interest}?]',
  ],
  email: [
    {
      subject: '[Hello from {meFirst}|Saying hello]',
      body: "It's been a little while, so I wanted to say hello and see how you are.[ Last time we talked about {lastTopic}, and I've wondered since how it's going.]\n\n[How are things at {org}? ]No need for a long reply; I'd just like to hear your news.",
    },
    {
      subject: 'How are things?',
      body: "I was thinking of you the other day and realised it has been a while.[ How did things turn out with {lastTopic}?]\n\n[Are you still finding time for {interest}? ]I'd love to hear what you've been up to.",
    },
    {
      subject: 'A quick hello',
      body: "Just a short note to say hello and see how life[ at {org}] is treating you.[ I still remember our conversation about {lastTopic}.]\n\nIf you ever fancy a catch-up, I'd be glad to, but no pressure at all.",
    },
    {
      subject: 'Hello again',
      body: "I realised we haven't spoken in a while and wanted to change that.[ How are things going with {lastTopic}?]\n\nNo agenda, I'm just curious how you are.",
    },
  ],
  in_person: [
    'Hi[ {first}], good to see you. How have things been?[ Did anything come of {lastTopic}?]',
    "Hello[ {first}], it's been a while. How are things[ at {org}]?",
    'Good to see you[, {first}]. Last time we talked about {lastTopic}; how did it go?',
    "[{first}, ]how are you doing? I was just thinking it's been too long since we caught up.",
  ],
};
