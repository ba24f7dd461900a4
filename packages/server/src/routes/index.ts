/** Every signed-in route of the companion, mounted under /api. */

import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Mailer } from '@kindred/app';
import type { ServerEnv } from '../http/server-env.ts';
import { calendarFeedRoutes } from './calendar.routes.ts';
import { communityRoutes } from './communities.routes.ts';
import { communityGroupRoutes } from './community-groups.routes.ts';
import { communityIntroductionRoutes } from './community-introductions.routes.ts';
import { communityProfileRoutes } from './community-profiles.routes.ts';
import { communityRoundRoutes } from './community-rounds.routes.ts';
import { communitySeatingRoutes } from './community-seating.routes.ts';
import { digestRoutes } from './digest.routes.ts';
import { draftRoutes } from './drafts.routes.ts';
import { eventRoutes } from './events.routes.ts';
import { insightRoutes } from './insights.routes.ts';
import { interactionRoutes } from './interactions.routes.ts';
import { matchRoutes } from './matches.routes.ts';
import { peopleRoutes } from './people.routes.ts';
import { planRoutes } from './plan.routes.ts';
import { settingsRoutes } from './settings.routes.ts';
import { taxonomyRoutes } from './taxonomy.routes.ts';
import { tokenRoutes } from './tokens.routes.ts';
import { transferRoutes } from './transfer.routes.ts';

export interface CompanionRouteOptions {
  publicUrl: string;
  mailer: Mailer | null;
  mailFrom: string;
}

export function companionRoutes(api: OpenAPIHono<ServerEnv>, options: CompanionRouteOptions): void {
  for (const routes of [
    peopleRoutes(),
    interactionRoutes(),
    planRoutes(),
    insightRoutes(),
    eventRoutes(),
    draftRoutes(),
    taxonomyRoutes(),
    settingsRoutes(),
    transferRoutes(),
    tokenRoutes(),
    calendarFeedRoutes(options.publicUrl),
    communityRoutes({ mailer: options.mailer, from: options.mailFrom, publicUrl: options.publicUrl }),
    communityProfileRoutes(),
    communityRoundRoutes(),
    matchRoutes(),
    communitySeatingRoutes(),
    communityGroupRoutes({ mailer: options.mailer, from: options.mailFrom, publicUrl: options.publicUrl }),
    communityIntroductionRoutes({
      mailer: options.mailer,
      from: options.mailFrom,
      publicUrl: options.publicUrl,
    }),
    digestRoutes({
      mailer: options.mailer,
      from: options.mailFrom,
      settingsUrl: `${options.publicUrl}/settings`,
    }),
  ]) {
    api.route('/', routes);
  }
}
