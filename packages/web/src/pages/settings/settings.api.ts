/**
 * Settings as the page reads and changes them. The API sends the stored settings as a
 * loose object; their exact shape is the app's settings schema (a type-only import, so
 * nothing of the server reaches the browser).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Settings as StoredSettings } from '../../../../app/src/settings/settings.schema.ts';
import type { SettingsChanges } from '../../../../app/src/settings/settings.service.ts';
import { api } from '../../api/client.ts';
import type { Account, Settings } from '../../api/types.ts';
import { accountKey } from '../../app/session.ts';

export type { SettingsChanges, StoredSettings };

/** What GET and PATCH /api/settings answer, with the settings typed. */
export type SettingsView = Omit<Settings, 'settings'> & { settings: StoredSettings };

export const settingsKey = ['settings'] as const;

export function useSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => api.get<SettingsView>('/settings') });
}

/**
 * Saves a change and keeps the cache in step: the settings, and the account (its name
 * and time zone show elsewhere in the app).
 */
export function useSaveSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    // Only the change is sent: the server keeps every setting it does not name.
    mutationFn: (changes: SettingsChanges) => api.patch<SettingsView>('/settings', changes),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKey, saved);
      queryClient.setQueryData<Account | null>(accountKey, (account) =>
        account ? { ...account, displayName: saved.displayName, timeZone: saved.timeZone } : account,
      );
      // The plan and anything priced in energy depend on these.
      void queryClient.invalidateQueries({
        predicate: (q) => q.queryKey[0] !== settingsKey[0] && q.queryKey[0] !== accountKey[0],
      });
    },
  });
}
