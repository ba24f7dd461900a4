/**
 * Sharing a saved link or note with someone it fits: a give that costs little. The item
 * sits on its own lines (title, then link) so no title can tangle the punctuation, and
 * one clause says why it made you think of them.
 */
import type { KindTemplates } from './template.types.ts';

export const SHARE_ITEM: KindTemplates = {
  message: [
    'This made me think of you[, given our chat about {lastTopic}|, since you enjoy {interest}].\n{itemBlock}[\n{itemNote}]',
    "I came across this and thought you'd like it[, with your interest in {interest}].\n{itemBlock}[\n{itemNote}]",
    'Saw this and thought of you[ after our chat about {lastTopic}].\n{itemBlock}[\n{itemNote}]',
    'You might enjoy this[, given our chat about {lastTopic}].\n{itemBlock}[\n{itemNote}]',
  ],
  email: [
    {
      subject: '[{itemTitle}|Something you might like]',
      body: "I came across this and thought of you[, given our chat about {lastTopic}|, since you enjoy {interest}].\n\n{itemBlock}\n\n[{itemNote}\n\n]No need to reply; I just thought you'd enjoy it.",
    },
    {
      subject: 'Thought of you',
      body: "This made me think of you straight away.[ I remember you mentioning {lastTopic}.]\n\n{itemBlock}[\n\n{itemNote}]\n\nI hope it's useful.",
    },
    {
      subject: 'Something you might like',
      body: 'A small thing I thought you might like[, with your interest in {interest}]:\n\n{itemBlock}[\n\n{itemNote}]\n\nHope all is well[ at {org}].',
    },
  ],
  in_person: [
    "I read something the other day that made me think of you: “{itemTitle}”. I'll send you the link.",
    'Have you seen “{itemTitle}”? It made me think of you[, given our chat about {lastTopic}].',
    "I came across “{itemTitle}” and thought of you[, given our chat about {lastTopic}|, since you enjoy {interest}]. I'll send it over.",
  ],
  // Without an item there is nothing to share: ask for a recommendation instead, which is still a warm touch.
  fallback: {
    message: [
      'I keep coming across things about {interest} and thinking of you. Have you read anything good lately?',
      "Have you read anything good lately? I'd love a recommendation.",
      "I'm always after something good to read. Have you come across anything you'd recommend?",
    ],
    email: [
      {
        subject: 'A question',
        body: "I keep coming across things about {interest} and thinking of you. Have you read anything good on it lately?\n\nI'd love a recommendation, and I'm happy to swap a few of mine.",
      },
      {
        subject: 'Any recommendations?',
        body: "I'm looking for something good to read[ about {interest}] and thought of you. Is there anything you've enjoyed lately?\n\nNo rush at all.",
      },
      {
        subject: 'A recommendation?',
        body: "You always seem to find good things to read, so I thought I'd ask: is there anything you'd recommend at the moment?\n\nI'm happy to swap a few of mine too.",
      },
    ],
    in_person: [
      "Read anything good lately? I'm always after recommendations[ on {interest}].",
      'I was going to ask you: have you come across anything good[ on {interest}] recently?',
    ],
  },
};
