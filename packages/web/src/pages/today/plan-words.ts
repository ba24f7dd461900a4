/** Words for a step of the plan: its form of contact, and whom it is with. */
import { FORM_INFO } from '@kindred/core/energy/forms.ts';
import type { PlanAction } from '../../api/types.ts';

export function formLabel(form: PlanAction['form']): string {
  return FORM_INFO[form]?.label ?? form;
}

/** "Ana", "Ana and Ben", "Ana, Ben and Cleo". */
export function names(action: PlanAction, people: Record<string, string>): string {
  const list = action.personIds.map((id) => people[id] ?? 'someone');
  return list.length <= 1 ? (list[0] ?? 'someone') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}
