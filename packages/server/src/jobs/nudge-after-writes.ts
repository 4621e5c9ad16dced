// After a write the API accepted, the guarantee runner is asked to look again (an incident verified, a status set,
// a notification, a finding may open or move a case). The nudge is queued, never awaited: the answer goes out first.
import type { MiddlewareHandler } from 'hono';

export function nudgeAfterWrites(runner: { nudge(): void }): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.res.status < 400) runner.nudge();
  };
}
