// The address a request came from, for the sign-in limiter and the sessions list: the socket's peer address as
// @hono/node-server reports it. Never X-Forwarded-For or any other header: the client writes those, and could
// pick a fresh limiter bucket for every request. Behind a reverse proxy every request shares the proxy's address,
// which makes the per-address limit stricter, never looser.
//
// In-process requests (`app.request()` in tests) have no socket; they share one constant address. Tests that
// need another pass it as the environment Node's adapter would: `app.request(path, init, { incoming: { socket:
// { remoteAddress } } })`.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export const IN_PROCESS_ADDRESS = 'in-process';

export function clientAddress(c: Context): string {
  try {
    const address = getConnInfo(c).remote.address;
    if (typeof address === 'string' && address !== '') return address;
  } catch {
    // No Node socket behind this request.
  }
  return IN_PROCESS_ADDRESS;
}
