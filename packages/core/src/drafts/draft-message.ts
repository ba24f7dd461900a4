/**
 * Turning a planned action into words: pick a template variant from the seed, fill it
 * from what Kindred knows, tidy it, and frame it for its channel (an email gets a
 * subject, a greeting and a sign-off; a message and a spoken line get neither).
 *
 * Choice is deterministic: the planner passes `${planSeed}:${actionKey}`, so the same
 * plan shows the same draft every time it is opened, and a new seed offers another.
 */
import { createRandom, type Random } from '../random/prng.ts';
import type { Draft, DraftChannel, DraftInput } from './draft.types.ts';
import { fillTemplate, type Slots } from './fill.ts';
import { buildSlots } from './slots.ts';
import { stepAskLines } from './step-up.asks.ts';
import { TEMPLATES } from './templates/index.ts';
import type { EmailTemplate, KindTemplates } from './templates/template.types.ts';
import { tidy } from './text-clean.ts';

const DEFAULT_SIGN_OFFS = ['Best wishes', 'All the best', 'Warm wishes', 'Take care'] as const;
const DEFAULT_GREETING = '[Hi {first},|Hi there,]';

/** A filled template counts only if it says something: optional parts may all have dropped. */
function filled(template: string, slots: Slots): string | null {
  const text = fillTemplate(template, slots);
  if (text === null) return null;
  const out = tidy(text);
  return /\p{L}/u.test(out) ? out : null;
}

interface Option<T> {
  template: T;
  /** Position in main-then-fallback order: what `Draft.variant` reports. */
  index: number;
}

/** The templates that can be filled for this input: main ones if any fit, else the fallbacks. */
function usable<T>(
  main: readonly T[],
  fallback: readonly T[] | undefined,
  fits: (t: T) => boolean,
): Option<T>[] {
  const first = main.map((template, index) => ({ template, index })).filter((o) => fits(o.template));
  if (first.length > 0) return first;
  return (fallback ?? [])
    .map((template, i) => ({ template, index: main.length + i }))
    .filter((o) => fits(o.template));
}

function pickOption<T>(options: Option<T>[], random: Random, kind: string, channel: DraftChannel): Option<T> {
  if (options.length === 0)
    throw new Error(`No ${channel} template for ${kind} can be filled: the templates need a fallback`);
  return random.pick(options);
}

/** For a step up, the ask sentence is chosen and filled first; the wrapper templates embed it. */
function withStepAsk(input: DraftInput, slots: Record<string, string>, random: Random): number {
  if (input.kind !== 'step_up') return 0;
  const lines = stepAskLines(input.step?.kind, input.person.seniority, slots.stepAction !== '');
  const index = random.int(lines.length);
  slots.stepAsk = filled(lines[index] ?? '', slots) ?? '';
  return index;
}

function frameEmail(
  templates: KindTemplates,
  option: Option<EmailTemplate>,
  body: string,
  slots: Slots,
  random: Random,
): { subject: string; body: string } {
  const subject = filled(option.template.subject, slots) ?? 'Hello';
  const greeting = filled(templates.greeting ?? DEFAULT_GREETING, slots) ?? 'Hi there,';
  const signOff = random.pick(templates.signOffs ?? DEFAULT_SIGN_OFFS);
  const closing = slots.me === '' ? signOff : `${signOff},\n${slots.me}`;
  return { subject, body: `${greeting}\n\n${body}\n\n${closing}` };
}

/**
 * Drafts one message for a planned action. `seed` picks the variant (and, for a step up,
 * the ask; for an email, the sign-off); the same input and seed always give the same
 * draft. Missing data never shows: parts that need it are dropped, or a plainer variant
 * is used. `variant` is the template's position for its kind and channel (for a step up,
 * `askIndex * wrappers + wrapperIndex`).
 */
export function draftMessage(input: DraftInput, seed: string): Draft {
  const templates = TEMPLATES[input.kind];
  const random = createRandom(`${seed}:${input.kind}:${input.channel}`);
  const slots = buildSlots(input);
  const askIndex = withStepAsk(input, slots, random.fork('ask'));

  if (input.channel === 'email') {
    const options = usable(templates.email, templates.fallback?.email, (t) => filled(t.body, slots) !== null);
    const option = pickOption(options, random, input.kind, input.channel);
    const body = filled(option.template.body, slots) ?? '';
    const framed = frameEmail(templates, option, body, slots, random.fork('sign-off'));
    const variant = askIndex * templates.email.length + option.index;
    return { channel: 'email', subject: framed.subject, body: framed.body, variant };
  }

  const main = input.channel === 'message' ? templates.message : templates.in_person;
  const fallback = input.channel === 'message' ? templates.fallback?.message : templates.fallback?.in_person;
  const options = usable(main, fallback, (t) => filled(t, slots) !== null);
  const option = pickOption(options, random, input.kind, input.channel);
  const body = filled(option.template, slots) ?? '';
  return { channel: input.channel, subject: null, body, variant: askIndex * main.length + option.index };
}
