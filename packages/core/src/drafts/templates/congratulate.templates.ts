/**
 * Congratulations on a recorded win: one of the cheapest, warmest gestures there is.
 * The win is named in whichever form reads well ("on getting promoted", "I heard you
 * delivered the keynote"), and the note asks for nothing back.
 */
import type { KindTemplates } from './template.types.ts';

export const CONGRATULATE: KindTemplates = {
  message: [
    '[Congratulations on {detailOn}!|I heard {detailClause}. Congratulations!|I heard your good news. Congratulations!] Well deserved.',
    '[Huge congratulations on {detailOn}.|I heard {detailClause}, and wanted to say congratulations.|Congratulations on your news.] I hope you get a moment to enjoy it.',
    "What great news[ about {detailOn}]. Congratulations, you've earned it.",
    "[Congratulations on {detailOn}.|I heard {detailClause}: congratulations.|Congratulations on your news.] I'd love to hear how it came about when you have a moment.",
  ],
  email: [
    {
      subject: '[Congratulations on {detailOn}|Congratulations]',
      body: "[I heard {detailClause}, and wanted to say congratulations.|Congratulations on {detailOn}!|I heard your good news and wanted to say congratulations.] It's really well deserved.\n\nI hope you get a moment to enjoy it, and I'd love to hear how it came about sometime.",
    },
    {
      subject: 'Well done',
      body: "What great news[ about {detailOn}]. Congratulations.\n\n[I remember we talked about {lastTopic}, and it's good to see things going your way.|It's good to see things going your way.]",
    },
    {
      subject: 'Congratulations',
      body: "[Congratulations on {detailOn}.|I heard {detailClause}: congratulations.|Congratulations on your news.] I was really pleased to hear it.\n\nIf you're celebrating, I hope it's a good one.",
    },
  ],
  in_person: [
    '[Congratulations on {detailOn}!|I heard {detailClause}. Congratulations!|I heard your news. Congratulations!] How are you feeling about it?',
    "Hi[ {first}], I heard the news[ about {detailOn}]. Well done, that's brilliant.",
    '[{first}, ]congratulations[ on {detailOn}]. You must be pleased.',
  ],
};
