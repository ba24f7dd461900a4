/**
 * Every kind's templates in one table, so the drafting code and the tests can walk all
 * of them and a missing kind is a type error, not a runtime surprise.
 */
import type { DraftKind } from '../draft.types.ts';
import { CHECK_IN } from './check-in.templates.ts';
import { CONGRATULATE } from './congratulate.templates.ts';
import { DECLINE } from './decline.templates.ts';
import { DETAIL_FOLLOW_UP } from './detail-follow-up.templates.ts';
import { FIRST_FOLLOW_UP } from './first-follow-up.templates.ts';
import { GIVE } from './give.templates.ts';
import { HELLO_IN_PERSON } from './hello-in-person.templates.ts';
import { INTRODUCE_ASK } from './introduce-ask.templates.ts';
import { INTRODUCE_CONNECT } from './introduce-connect.templates.ts';
import { SHARE_ITEM } from './share-item.templates.ts';
import { STEP_UP } from './step-up.templates.ts';
import type { KindTemplates } from './template.types.ts';

export type { EmailTemplate, KindTemplates } from './template.types.ts';

export const TEMPLATES: Readonly<Record<DraftKind, KindTemplates>> = {
  check_in: CHECK_IN,
  detail_follow_up: DETAIL_FOLLOW_UP,
  first_follow_up: FIRST_FOLLOW_UP,
  give: GIVE,
  congratulate: CONGRATULATE,
  step_up: STEP_UP,
  introduce_ask: INTRODUCE_ASK,
  introduce_connect: INTRODUCE_CONNECT,
  share_item: SHARE_ITEM,
  hello_in_person: HELLO_IN_PERSON,
  decline: DECLINE,
};
