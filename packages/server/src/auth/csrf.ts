// Cross-site request forgery protection for cookie-authenticated writes. SameSite=Strict already keeps the
// session cookie off cross-site requests; this is the second wall, for browsers or paths (a same-site but
// cross-origin page, a subdomain) where SameSite is not enough.
//
// Rule: a POST, PUT, PATCH or DELETE that carries a session cookie must say it comes from the server's own
// origin: its `Origin` header equals the configured origin exactly, or, when a browser sent no Origin,
// `Sec-Fetch-Site: same-origin`. Anything else is a 403 `csrf` problem, before any handler runs. Requests without
// the cookie (a CLI with a Bearer token, the public) cannot be forged this way and pass: a cross-site page cannot
// attach an Authorization header without a CORS preflight, which the server does not grant.
//
// Why not hono/csrf: it only checks form and text/plain content types (AUTH.md §5), so a JSON POST passes it.
//
// `sameOriginOnly` applies the same rule without the cookie condition, for the sign-in routes: there is no
// session yet, but a forged sign-in would put the victim in the attacker's account ("login CSRF").
import type { MiddlewareHandler } from 'hono';
import { crossSiteRefused } from '../problems.ts';
import { carriesSessionCookie } from './cookies.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The serialised origin (`https://host[:port]`) of a configured URL. */
function serialisedOrigin(origin: string): string {
  const url = new URL(origin);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('the origin must be http(s)');
  return url.origin;
}

/** Whether request headers show the request came from `origin` itself (see the rule above). */
export function isSameOrigin(
  headers: { origin?: string | undefined; secFetchSite?: string | undefined },
  origin: string,
): boolean {
  if (headers.origin !== undefined) return headers.origin === origin;
  return headers.secFetchSite === 'same-origin';
}

function guard(origin: string, onlyWithCookie: boolean): MiddlewareHandler {
  const expected = serialisedOrigin(origin);
  return async (c, next) => {
    if (UNSAFE.has(c.req.method) && (!onlyWithCookie || carriesSessionCookie(c))) {
      const headers = { origin: c.req.header('origin'), secFetchSite: c.req.header('sec-fetch-site') };
      if (!isSameOrigin(headers, expected))
        throw crossSiteRefused(
          headers.origin === undefined
            ? 'a write from a browser must carry an Origin header (or Sec-Fetch-Site: same-origin)'
            : 'a write from a browser must come from this site’s own pages',
        );
    }
    await next();
  };
}

/** Refuses unsafe requests that carry a session cookie unless they come from `origin` (the configured one). */
export function csrfProtection(options: { origin: string }): MiddlewareHandler {
  return guard(options.origin, true);
}

/** Refuses every unsafe request that does not come from `origin`, cookie or not (sign-in routes). */
export function sameOriginOnly(options: { origin: string }): MiddlewareHandler {
  return guard(options.origin, false);
}
