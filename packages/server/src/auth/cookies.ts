// The session cookie. Over TLS it is `__Host-concord_session`: the prefix makes the browser refuse it unless it
// is Secure, has Path=/ and no Domain, so a sibling subdomain or a plain-HTTP page cannot plant or overwrite it.
// Without TLS (http://localhost during development) the prefix is impossible, and the name is `concord_session`.
// Always HttpOnly (page scripts never see the token) and SameSite=Strict (no cross-site request carries it; the
// Origin check in csrf.ts is the second wall). Whether TLS is in use comes from the configured origin, never
// from the request, which a proxy may have rewritten.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { isToken } from './tokens.ts';

const BASE_NAME = 'concord_session';
export const SESSION_COOKIE_NAMES = { secure: `__Host-${BASE_NAME}`, plain: BASE_NAME } as const;

export type CookieSecurity = {
  /** True when the site is served over https: the cookie is Secure and carries the __Host- prefix. */
  secure: boolean;
};

/** Secure when the configured origin is https. */
export function cookieSecurity(origin: string): CookieSecurity {
  return { secure: new URL(origin).protocol === 'https:' };
}

export function sessionCookieName(security: CookieSecurity): string {
  return security.secure ? SESSION_COOKIE_NAMES.secure : SESSION_COOKIE_NAMES.plain;
}

/**
 * Sets the session cookie. `maxAgeSeconds` (say, until the session's absolute expiry) makes it outlive the
 * browser's session; without it the browser drops it when it closes.
 */
export function setSessionCookie(
  c: Context,
  token: string,
  options: CookieSecurity & { maxAgeSeconds?: number },
): void {
  if (!isToken('session', token)) throw new Error('setSessionCookie: not a session token');
  setCookie(c, sessionCookieName(options), token, {
    httpOnly: true,
    secure: options.secure,
    sameSite: 'Strict',
    path: '/',
    ...(options.maxAgeSeconds === undefined
      ? {}
      : { maxAge: Math.max(0, Math.floor(options.maxAgeSeconds)) }),
  });
}

/** Tells the browser to drop the session cookie (sign-out; the session row is ended separately). */
export function clearSessionCookie(c: Context, security: CookieSecurity): void {
  setCookie(c, sessionCookieName(security), '', {
    httpOnly: true,
    secure: security.secure,
    sameSite: 'Strict',
    path: '/',
    maxAge: 0,
    expires: new Date(0),
  });
}

/**
 * The session token the request's cookie carries, or null when there is none or it is not a well-formed session
 * token. Over TLS only the __Host- cookie counts: a plain `concord_session` could have been planted.
 */
export function readSessionCookie(c: Context, security: CookieSecurity): string | null {
  const value = getCookie(c, sessionCookieName(security));
  return isToken('session', value) ? value : null;
}

/** True when the request carries a session cookie under either name, well formed or not (for csrf.ts). */
export function carriesSessionCookie(c: Context): boolean {
  return (
    getCookie(c, SESSION_COOKIE_NAMES.secure) !== undefined ||
    getCookie(c, SESSION_COOKIE_NAMES.plain) !== undefined
  );
}
