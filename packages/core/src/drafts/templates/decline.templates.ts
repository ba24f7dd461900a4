/**
 * Saying no to an invitation kindly. Protecting your energy should never cost the
 * relationship, so the no is warm and brief, and an alternative is offered when there
 * is one; without one, the note still ends on something kind.
 */
import type { KindTemplates } from './template.types.ts';

export const DECLINE: KindTemplates = {
  message: [
    "Thank you for thinking of me[ for {declineWhat}]. I can't make it this time, [but would {altNoun} work instead?|but could we {altVerb} instead?|but I hope it goes really well.]",
    "I'm going to have to say no to [{declineWhat}|this one], I'm afraid. [Would {altNoun} work instead?|Could we {altVerb} instead?|I'd love to hear how it goes.]",
    "I'll have to pass on [{declineWhat}|this one], sadly. [I'd love to see you, though: would {altNoun} work?|I'd love to see you, though: could we {altVerb} instead?|Thank you for asking, and I hope it goes well.]",
    "I'm keeping things quiet at the moment, so I'll say no to [{declineWhat}|this one]. [Would {altNoun} work instead?|Could we {altVerb} instead?|I hope it's a good one.]",
  ],
  email: [
    {
      subject: '[{^declineWhat}|Your invitation]',
      body: "Thank you so much for thinking of me[ for {declineWhat}]. I'm afraid I can't make it this time.\n\n[Would {altNoun} work instead? I'd really like to see you.|Could we {altVerb} instead? I'd really like to see you.|I hope it goes really well, and I'd love to hear about it.]",
    },
    {
      subject: 'Thank you for the invitation',
      body: "I'm keeping things quiet at the moment, so I'm going to say no to [{declineWhat}|this one]. It was kind of you to ask.\n\n[Would {altNoun} work instead?|Could we {altVerb} instead?|I hope it's a good one.]",
    },
    {
      subject: "[{^declineWhat}|Sorry I can't make it]",
      body: "I'll have to pass on [{declineWhat}|this one], I'm afraid, but thank you for asking.\n\n[I'd love to catch up another way, though. Would {altNoun} suit you?|I'd love to catch up another way, though. Could we {altVerb}?|Please do keep me in mind for next time.]",
    },
  ],
  in_person: [
    "Thank you for asking, but I can't make it this time. [Would {altNoun} work instead?|Could we {altVerb} instead?|I hope it goes well.]",
    "I'll have to pass on [{declineWhat}|this one], I'm afraid. [How about {altNoun} instead?|Could we {altVerb} instead?|Thank you for thinking of me, though.]",
    "That's kind of you, but I'm keeping things quiet at the moment. [Would {altNoun} work instead?|Could we {altVerb} instead?|Maybe next time.]",
  ],
  signOffs: ['With best wishes', 'Warm wishes', 'All the best', 'Thank you again'],
};
