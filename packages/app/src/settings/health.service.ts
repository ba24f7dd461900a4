/** Whether this server can serve: its database answers. */
import type { SystemContext } from '../accounts/account.service.ts';
import { AppError } from '../errors/app-error.ts';

export async function checkHealth(sys: SystemContext): Promise<{ database: 'sqlite' | 'postgres' }> {
  try {
    await sys.store.ping();
  } catch {
    // What the driver said stays out of the answer: it can name hosts and users.
    throw new AppError(
      'database_unavailable',
      'The database is not answering; this server cannot serve requests now.',
    );
  }
  return { database: sys.store.dialect };
}
