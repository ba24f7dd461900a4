/** What every request carries through the middleware chain. */
import type { Caller, SystemContext, UseCaseContext } from '@kindred/app';
import type { Logger } from 'pino';

export interface ServerEnv {
  Variables: {
    requestId: string;
    log: Logger;
    /** The store and the clock, for use cases with no signed-in user yet. */
    sys: SystemContext;
    /** Set by the auth middleware on routes that need a signed-in user. */
    caller: Caller;
    ctx: UseCaseContext;
    /** The session token from the cookie, when the caller came that way. */
    sessionToken: string | null;
  };
}
