// What the sign-in routes share: their dependencies (the configured origin, the cookie's security, the one
// sign-in limiter of the app), opening a session, and the session-only guard of account self-service.
//
// Opening a session always makes a new token (session fixation is impossible: a cookie the browser already had,
// planted or not, is never adopted) and ends the session the request came with, if any. The cookie carries no
// Max-Age: the browser drops it when it closes, and the server ends it earlier at its idle or absolute expiry.
import type { AccountPrincipal } from '@concord/core';
import type { Context } from 'hono';
import { clientAddress } from '../auth/client-address.ts';
import { type CookieSecurity, cookieSecurity, setSessionCookie } from '../auth/cookies.ts';
import { createSignInLimiter, type SignInLimiter } from '../auth/rate-limit.ts';
import { newToken, tokenHash } from '../auth/tokens.ts';
import { type RelyingParty, relyingParty } from '../auth/webauthn.ts';
import { forbidden, passkeysUnavailable, unauthenticated } from '../problems.ts';
import type { RouteDeps } from '../routes/router.ts';
import { loadPrincipal, principalOf } from './principal.ts';

export type SignInDeps = RouteDeps & {
  /** The configured origin (links, passkeys, the Origin check). */
  origin: string;
  cookies: CookieSecurity;
  /** One per app: attempts are counted across all sign-in routes of this process. */
  limiter: SignInLimiter;
  /** The WebAuthn relying party of the origin; throws the 501 problem when the origin cannot have passkeys. */
  relyingParty: () => RelyingParty;
  /** Deletes used and expired WebAuthn challenges, at most once a minute. */
  pruneChallenges: () => Promise<void>;
};

const PRUNE_EVERY_MS = 60_000;
/** Challenges are kept this long after they were used or expired (for nothing but a look at the table). */
const CHALLENGE_KEEP_MS = 60 * 60_000;

export function signInDeps(deps: RouteDeps, origin: string): SignInDeps {
  const clock = deps.clock;
  let rp: RelyingParty | Error | undefined;
  let prunedAt = Number.NEGATIVE_INFINITY;
  return {
    ...deps,
    origin: new URL(origin).origin,
    cookies: cookieSecurity(origin),
    limiter: createSignInLimiter({ now: () => clock().getTime() }),
    relyingParty() {
      if (rp === undefined) {
        try {
          rp = relyingParty(origin);
        } catch (error) {
          rp = error instanceof Error ? error : new Error('passkeys are not available');
        }
      }
      if (rp instanceof Error) throw passkeysUnavailable(rp.message);
      return rp;
    },
    async pruneChallenges() {
      const now = clock().getTime();
      if (now - prunedAt < PRUNE_EVERY_MS) return;
      prunedAt = now;
      await deps.store.challenges.prune(new Date(now - CHALLENGE_KEEP_MS).toISOString());
    },
  };
}

/**
 * Signs the browser in as `accountId`: ends the session the request came with (if any), opens a new one with a
 * new token, sets the cookie, and makes the new principal the request's. Throws the generic 401 for an account
 * that is unknown or disabled.
 */
export async function openSession(
  c: Context,
  deps: SignInDeps,
  accountId: string,
): Promise<AccountPrincipal> {
  const at = deps.clock().toISOString();
  const previous = principalOf(c);
  if (previous?.kind === 'account' && previous.via.kind === 'session')
    await deps.store.sessions.end(previous.via.id, at);
  const token = newToken('session');
  const session = await deps.store.sessions.open({
    tokenHash: tokenHash('session', token),
    accountId,
    at,
    userAgent: c.req.header('user-agent') ?? '',
    address: clientAddress(c),
  });
  const principal = await loadPrincipal(deps.store, accountId, { kind: 'session', id: session.id });
  if (principal === null) {
    await deps.store.sessions.end(session.id, at);
    throw unauthenticated('this account is disabled');
  }
  setSessionCookie(c, token, deps.cookies);
  c.set('principal', principal);
  return principal;
}

/**
 * The signed-in person of a browser session: account self-service needs the whole account, which an API token
 * (scoped to one membership) never stands for.
 */
export function requireSession(c: Context): AccountPrincipal & { via: { kind: 'session' } } {
  const principal = principalOf(c);
  if (principal === null || principal.kind !== 'account')
    throw unauthenticated('managing your account needs you to sign in');
  if (principal.via.kind !== 'session')
    throw forbidden('an API token acts for one membership; manage your account signed in in a browser');
  return principal as AccountPrincipal & { via: { kind: 'session' } };
}
