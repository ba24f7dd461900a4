/**
 * The Insights numbers as the page reads them. The shape is the server's own zod schema
 * (a type-only import: nothing of the server reaches the browser).
 */
import type { z } from '@hono/zod-openapi';
import { useQuery } from '@tanstack/react-query';
import type { InsightsSchema } from '../../../../server/src/routes/insights.routes.ts';
import { api } from '../../api/client.ts';

export type Insights = z.infer<typeof InsightsSchema>;

/** Weeks of energy shown: about four months, enough to see a rhythm without crowding a phone. */
export const ENERGY_WEEKS = 16;

export function useInsights() {
  return useQuery({
    queryKey: ['insights', ENERGY_WEEKS],
    queryFn: () => api.get<Insights>('/insights', { weeks: ENERGY_WEEKS }),
  });
}
