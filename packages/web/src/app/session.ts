/** Who is signed in, and whether this install still waits for its owner. */
import { useQuery } from '@tanstack/react-query';
import { ApiError, api } from '../api/client.ts';
import type { Account, SetupState } from '../api/types.ts';

export const accountKey = ['account'] as const;
export const setupKey = ['setup'] as const;

/** The account, or null when nobody is signed in (the server answers 401). */
export function useAccount() {
  return useQuery({
    queryKey: accountKey,
    queryFn: async (): Promise<Account | null> => {
      try {
        return await api.get<Account>('/account');
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useSetup() {
  return useQuery({ queryKey: setupKey, queryFn: () => api.get<SetupState>('/setup') });
}
