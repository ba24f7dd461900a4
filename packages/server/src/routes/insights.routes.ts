/** Insights: a year of contact, energy against the budget, the ladder, give and ask, and spread. */

import { createRoute, z } from '@hono/zod-openapi';
import { INSIGHT_WEEKS, insightsFor } from '@kindred/app';
import { STAGES } from '@kindred/core';
import { createRouter } from '../http/api-app.ts';
import { AUTHED_ERRORS, DayParam, errors, ok, SECURITY } from '../schemas/common.schema.ts';

const tags = ['insights'];
const Day = z.string().openapi({ example: '2026-03-02' });
const Month = z.string().openapi({ example: '2026-03', description: 'A month, `YYYY-MM`.' });
const Count = z.number().int().min(0);

export const InsightsSchema = z
  .object({
    today: Day.openapi({ description: 'Today in your time zone; every day below is a local day.' }),
    timeZone: z.string(),
    calendar: z
      .object({
        from: Day,
        to: Day,
        total: Count.openapi({ description: 'Interactions logged in the period.' }),
        activeDays: Count,
        activeWeeks: Count,
        weeks: Count.openapi({ description: 'Weeks the period touches.' }),
        days: z
          .array(z.object({ day: Day, count: Count }))
          .openapi({ description: 'Days with at least one interaction, oldest first.' }),
      })
      .openapi({ description: 'Interactions per day over the last 365 days, for a calendar heat map.' }),
    energy: z
      .object({
        weeklyBudget: Count,
        weeks: z.array(
          z.object({
            week: z.string().openapi({ example: '2026-W10' }),
            start: Day.openapi({ description: 'The Monday the ISO week starts on.' }),
            spent: Count.openapi({ description: 'Energy points of the interactions logged that week.' }),
            interactions: Count,
          }),
        ),
        overBudgetWeeks: Count,
        averageSpent: z.number().min(0),
      })
      .openapi({ description: 'Energy spent per ISO week against your weekly budget, oldest week first.' }),
    stages: z
      .object({
        now: z.array(z.object({ stage: z.enum(STAGES), count: Count })),
        ties: Count.openapi({ description: 'People past "stranger".' }),
        months: z.array(
          z.object({
            month: Month,
            up: Count.openapi({ description: 'Ties that moved up the ladder.' }),
            down: Count.openapi({ description: 'Ties that moved down.' }),
            added: Count.openapi({ description: 'People first recorded that month.' }),
          }),
        ),
      })
      .openapi({ description: 'People on each stage now, and moves on the ladder per month (last 12).' }),
    balance: z
      .object({
        from: Day,
        to: Day,
        gives: Count,
        asks: Count,
        months: z.array(z.object({ month: Month, gives: Count, asks: Count })),
        tilted: z
          .array(z.object({ personId: z.string(), name: z.string(), gives: Count, asks: Count }))
          .openapi({
            description: 'Up to five people you have asked more of than given to, most tilted first.',
          }),
      })
      .openapi({ description: 'Gives and asks over the last 12 months.' }),
    spread: z
      .object({
        organisation: z.string().nullable(),
        team: z.string().nullable(),
        ties: Count,
        otherOrganisation: Count,
        otherTeam: Count,
        sameTeam: Count,
        sameOrganisation: Count.openapi({ description: 'At your organisation, team not recorded.' }),
        unknown: Count.openapi({ description: 'No organisation recorded.' }),
        outside: Count,
        inside: Count,
        nudge: z.string().nullable(),
      })
      .openapi({ description: 'How many ties sit outside your own team or organisation.' }),
  })
  .openapi('Insights');

export function insightRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/insights',
      tags,
      summary: 'Charts’ numbers: consistency, energy against budget, the ladder, give and ask, spread',
      security: SECURITY,
      request: {
        query: z.strictObject({
          weeks: z.coerce
            .number()
            .int()
            .min(INSIGHT_WEEKS.min)
            .max(INSIGHT_WEEKS.max)
            .optional()
            .openapi({
              description: `ISO weeks of energy to show (${INSIGHT_WEEKS.min}–${INSIGHT_WEEKS.max}, default ${INSIGHT_WEEKS.default}).`,
            }),
          to: DayParam.optional().openapi({
            description: 'The last day shown, in your time zone (default today; not after today).',
          }),
        }),
      },
      responses: {
        200: ok(InsightsSchema, 'The numbers behind the Insights page'),
        ...errors(...AUTHED_ERRORS),
      },
    }),
    async (c) => {
      const { weeks, to } = c.req.valid('query');
      return c.json(await insightsFor(c.var.ctx, { weeks, to }), 200);
    },
  );

  return app;
}
