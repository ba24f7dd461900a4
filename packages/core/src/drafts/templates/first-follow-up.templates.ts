/**
 * The note within two days of meeting someone new, while the memory is fresh. It says
 * where you met (so they can place you), one thing you enjoyed, and leaves the door open
 * without asking for anything.
 */
import type { KindTemplates } from './template.types.ts';

export const FIRST_FOLLOW_UP: KindTemplates = {
  message: [
    'It was good to meet you[ at {metAt}].[ I enjoyed our chat about {lastTopic}.] I hope we cross paths again soon.',
    "Lovely to meet you[ at {metAt}].[ It's not often I meet someone else into {interests}.] Let's stay in touch.",
    "Thanks for the conversation[ at {metAt}].[ I've kept thinking about what you said about {lastTopic}.] It would be good to keep in touch.",
    "Really glad we met[ at {metAt}].[ If you ever want to talk more about {interests}, I'm always up for it.]",
  ],
  email: [
    {
      subject: '[Good to meet you at {metAt}|Good to meet you]',
      body: "It was good to meet you[ at {metAt}].[ I enjoyed our conversation about {lastTopic}, and I've been thinking about it since.]\n\n[In case it helps to place me: {pitch}\n\n]I'd be glad to stay in touch.",
    },
    {
      subject: '[After {metAt}|Nice to meet you]',
      body: "Thank you for the conversation[ at {metAt}].[ It's rare to meet someone else into {interests}.]\n\nIf you'd ever like to carry on the conversation over a coffee or a call, I'd enjoy that. Either way, I hope our paths cross again.",
    },
    {
      subject: 'Nice to meet you',
      body: "Just a short note to say I'm glad we met[ at {metAt}].[ What you said about {lastTopic} stayed with me.]\n\n[A little about me, in case it's useful: {pitch}\n\n]I hope we keep in touch.",
    },
  ],
  in_person: [
    "Hi[ {first}], good to see you again so soon.[ I've been thinking about our chat on {lastTopic}.]",
    'Hello again[, {first}]. I really enjoyed meeting you[ at {metAt}].',
    'Hi[ {first}], we met[ at {metAt}] the other day. Good to see you again.[ Any news on {lastTopic}?]',
  ],
};
