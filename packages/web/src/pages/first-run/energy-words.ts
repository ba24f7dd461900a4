/** Energy explained in one plain sentence, with the real default costs. */
import { FORM_INFO } from '@kindred/core/energy/forms.ts';

const points = (n: number) => `${n} point${n === 1 ? '' : 's'}`;

export const ENERGY_SENTENCE = `Meeting people takes energy, so Kindred counts it in points (a message ${points(
  FORM_INFO.message.cost,
)}, a coffee ${points(FORM_INFO.coffee.cost)}, a conference ${points(
  FORM_INFO.conference.cost,
)}) and never plans more in a week than your budget holds.`;
