// Who is asking, resolved once per request. A personal API token (`Authorization: Bearer ct_…`) stands for one
// membership of one account; a session cookie for the account with all its active memberships; neither is the
// public. A header that does not name a live token is refused outright (401) rather than served as public, so a
// mistyped or revoked token never looks like "no data"; a stale session cookie is simply dropped (the browser
// then reads as the public and is told to sign in again).
import type { AccountPrincipal, Principal } from '@concord/core';
import type { Store } from '@concord/db';
import type { Context, MiddlewareHandler } from 'hono';
import { type CookieSecurity, readSessionCookie } from '../auth/cookies.ts';
import { tokenHashOrNull } from '../auth/tokens.ts';
import type { Clock } from '../commands/context.ts';
import { unauthenticated } from '../problems.ts';

declare module 'hono' {
  interface ContextVariableMap {
    principal: Principal | null;
  }
}

const BEARER = /^Bearer (\S{1,200})$/;

export type AuthenticateOptions = { clock: Clock; cookies: CookieSecurity };

export function authenticate(store: Store, options: AuthenticateOptions): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('authorization');
    const principal =
      header !== undefined ? await fromToken(store, header) : await fromSession(store, c, options);
    c.set('principal', principal);
    await next();
    c.header('Vary', 'Authorization, Cookie', { append: true });
    // What a signed-in caller may read must not outlive the sign-in in a browser or proxy cache.
    if (principal !== null) c.header('Cache-Control', 'no-store');
  };
}

async function fromToken(store: Store, header: string): Promise<Principal> {
  const token = BEARER.exec(header.trim())?.[1];
  if (token === undefined) throw unauthenticated('the Authorization header must be "Bearer <API token>"');
  const hash = tokenHashOrNull('api', token);
  const found = hash === null ? null : await store.apiTokens.resolve(hash);
  if (found === null) throw unauthenticated('the API token is unknown or revoked');
  const principal = await loadPrincipal(store, found.accountId, { kind: 'token', id: found.id });
  const membership = principal?.memberships.find((m) => m.id === found.membershipId && m.status === 'active');
  if (!principal || !membership) throw unauthenticated('the API token’s membership is no longer active');
  return { ...principal, mayOpenProcesses: false, memberships: [membership] };
}

async function fromSession(
  store: Store,
  c: Context,
  options: AuthenticateOptions,
): Promise<Principal | null> {
  const token = readSessionCookie(c, options.cookies);
  if (token === null) return null;
  const hash = tokenHashOrNull('session', token);
  const session = hash === null ? null : await store.sessions.find(hash, options.clock().toISOString());
  // An ended or unknown session reads as the public, and its cookie is left alone: clearing it here would also
  // clear a newer session cookie that a sign-in (or the demo's switch) set while this request was in flight.
  if (session === null) return null;
  return loadPrincipal(store, session.accountId, { kind: 'session', id: session.id });
}

/** An active account with its active memberships; null for an unknown or disabled account. */
export async function loadPrincipal(
  store: Store,
  accountId: string,
  via: AccountPrincipal['via'],
): Promise<AccountPrincipal | null> {
  const account = await store.accounts.get(accountId);
  if (account === null || account.disabledAt !== null) return null;
  const memberships = (await store.memberships.listByAccount(accountId)).filter((m) => m.status === 'active');
  return {
    kind: 'account',
    accountId,
    name: account.name,
    mayOpenProcesses: account.mayOpenProcesses,
    memberships,
    via,
  };
}

/** The request's principal; null for the public. */
export function principalOf(c: Context): Principal | null {
  return c.get('principal') ?? null;
}
