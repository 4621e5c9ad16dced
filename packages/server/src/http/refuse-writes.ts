// A server whose log failed its start-up check (db log/check-head.ts) still serves reads, so people can see what
// is there and verify it, but refuses every write: appending to a log whose end does not match its signed
// checkpoint would sign over whatever was changed. Only an operator who has run `concord log check` and repaired
// or restored the store may start it again normally.
import type { MiddlewareHandler } from 'hono';
import { ProblemError } from '../problems.ts';

export function refuseWrites(reason: string): MiddlewareHandler {
  return async function refuseWrite(c, next) {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
    throw new ProblemError({
      status: 503,
      slug: 'log-integrity',
      title: 'The log failed its integrity check: writes are refused',
      detail: `${reason}; the operator must run \`concord log check\` and repair or restore the store`,
    });
  };
}
