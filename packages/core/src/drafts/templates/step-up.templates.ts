/**
 * A step up the ladder. The ask itself ({stepAsk}) is chosen from ../step-up.asks.ts by
 * step kind and seniority; these are the few words around it, kept short so the ask is
 * the point, with an easy way to say "not now".
 */
import type { KindTemplates } from './template.types.ts';

export const STEP_UP: KindTemplates = {
  message: [
    '{stepAsk} No rush at all.',
    'I hope things are going well. {stepAsk}',
    "{stepAsk} Entirely fine to say no if now's a busy time.",
  ],
  email: [
    {
      subject: '[About {stepTopic}|A quick note]',
      body: "I hope things are going well[ at {org}].\n\n{stepAsk}\n\nNo rush at all, and no problem if now isn't a good time.",
    },
    {
      subject: '[{^stepTopic}|A note from {meFirst}|A quick note]',
      body: "{stepAsk}\n\nI know you're busy, so please say if now isn't a good time. I'd completely understand.",
    },
    {
      subject: '[About {stepTopic}|Something I wanted to ask]',
      body: "I've been meaning to write for a while.[ It's always good to talk to someone else who likes {interests}.]\n\n{stepAsk}\n\nEither way, I hope all is well.",
    },
  ],
  in_person: [
    '{stepAsk}',
    'Good to see you[, {first}]. {stepAsk}',
    "Hi[ {first}], I hope you're well. {stepAsk}",
  ],
  signOffs: ['Thank you', 'Many thanks', 'Best wishes', 'All the best'],
};
