/**
 * Server state lives in TanStack Query. Data changes only when this person changes it
 * (or the CLI does, on the same machine), so reads stay fresh for a short while and are
 * refetched when the window regains focus; a refused request (4xx) is never retried.
 */
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client.ts';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}
