/** Energy explained in one plain sentence, with the real default costs. */
import { FORM_INFO } from '@kindred/core/energy/forms.ts';
import { points } from '../../text/plural.ts';

export const ENERGY_SENTENCE = `Meeting people takes energy, so Kindred counts it in points (a message ${points(
  FORM_INFO.message.cost,
)}, a coffee ${points(FORM_INFO.coffee.cost)}, a conference ${points(
  FORM_INFO.conference.cost,
)}) and never plans more in a week than your budget holds.`;
