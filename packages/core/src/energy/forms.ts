/**
 * Interaction forms and what each costs an introvert by default. An async note costs
 * little; a crowded event costs most. Users can tune every cost in their settings.
 */

export const INTERACTION_FORMS = [
  'greeting',
  'message',
  'email',
  'comment',
  'call',
  'video_call',
  'coffee',
  'walk',
  'lunch',
  'meeting',
  'group_event',
  'conference',
] as const;
export type InteractionForm = (typeof INTERACTION_FORMS)[number];

/** `async`: can be done in your own time; `in_person`: needs you both in one place. */
export type FormMode = 'async' | 'live' | 'in_person';

export interface FormInfo {
  label: string;
  cost: number;
  mode: FormMode;
  oneToOne: boolean;
}

export const FORM_INFO: Record<InteractionForm, FormInfo> = {
  greeting: { label: 'Quick hello', cost: 1, mode: 'in_person', oneToOne: true },
  message: { label: 'Message', cost: 1, mode: 'async', oneToOne: true },
  email: { label: 'Email', cost: 1, mode: 'async', oneToOne: true },
  comment: { label: 'Comment on their work', cost: 1, mode: 'async', oneToOne: true },
  call: { label: 'Phone call', cost: 3, mode: 'live', oneToOne: true },
  video_call: { label: 'Video call', cost: 3, mode: 'live', oneToOne: true },
  coffee: { label: 'Coffee', cost: 4, mode: 'in_person', oneToOne: true },
  walk: { label: 'Walk', cost: 3, mode: 'in_person', oneToOne: true },
  lunch: { label: 'Lunch', cost: 5, mode: 'in_person', oneToOne: true },
  meeting: { label: 'Meeting', cost: 4, mode: 'live', oneToOne: false },
  group_event: { label: 'Group event', cost: 7, mode: 'in_person', oneToOne: false },
  conference: { label: 'Conference', cost: 10, mode: 'in_person', oneToOne: false },
};

export type EnergyCosts = Record<InteractionForm, number>;

export const DEFAULT_ENERGY_COSTS: EnergyCosts = Object.fromEntries(
  INTERACTION_FORMS.map((form) => [form, FORM_INFO[form].cost]),
) as EnergyCosts;

export function isInteractionForm(value: unknown): value is InteractionForm {
  return typeof value === 'string' && (INTERACTION_FORMS as readonly string[]).includes(value);
}

/** Reads a form from its key or label, forgiving case, spaces and hyphens ("video call"). */
export function parseInteractionForm(text: string): InteractionForm | null {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (isInteractionForm(key)) return key;
  const aliases: Record<string, InteractionForm> = {
    hello: 'greeting',
    hi: 'greeting',
    dm: 'message',
    chat: 'message',
    text: 'message',
    phone: 'call',
    video: 'video_call',
    zoom: 'video_call',
    one_to_one: 'coffee',
    dinner: 'lunch',
    event: 'group_event',
    meetup: 'group_event',
    party: 'group_event',
  };
  return aliases[key] ?? null;
}

/** The cost of a form under the user's tuned costs. */
export function costOf(form: InteractionForm, costs: Partial<EnergyCosts> = {}): number {
  return costs[form] ?? DEFAULT_ENERGY_COSTS[form];
}
