// Who is asking, resolved once per request. A personal API token (`Authorization: Bearer ct_…`) stands for one
// membership of one account; a session cookie for the account with all its active memberships; neither is the
// public. A header that does not name a live token is refused outright (401) rather than served as public, so a
// mistyped or revoked token never looks like "no data"; a stale session cookie is simply dropped (the browser
// then reads as the public and is told to sign in again).
import type { AccountPrincipal, Principal } from '@concord/core';
import { SESSION_TOUCH_SECONDS, type Store } from '@concord/db';
import type { Context, MiddlewareHandler } from 'hono';
import { type CookieSecurity, readSessionCookie } from '../auth/cookies.ts';
import { tokenHashOrNull } from '../auth/tokens.ts';
import type { Clock } from '../commands/context.ts';
import { unauthenticated } from '../problems.ts';
import type { PrincipalMemory } from './principal-memory.ts';

declare module 'hono' {
  interface ContextVariableMap {
    principal: Principal | null;
  }
}

const BEARER = /^Bearer (\S{1,200})$/;
// A remembered session is looked up again at least this often, so its idle expiry keeps sliding as the store's
// own touch (SESSION_TOUCH_SECONDS) would slide it.
const TOUCH_MS = SESSION_TOUCH_SECONDS * 1000;

export type AuthenticateOptions = {
  clock: Clock;
  cookies: CookieSecurity;
  /**
   * Where a resolved credential may be remembered (see principal-memory.ts): only where every change that could
   * end it (a revoked token, an ended session, a disabled account, a membership) is seen by this process.
   */
  memory?: PrincipalMemory;
};

export function authenticate(store: Store, options: AuthenticateOptions): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('authorization');
    const principal = await resolvePrincipal(store, c, header, options);
    c.set('principal', principal);
    await next();
    c.header('Vary', 'Authorization, Cookie', { append: true });
    // What a signed-in caller may read must not outlive the sign-in in a browser or proxy cache.
    if (principal !== null) c.header('Cache-Control', 'no-store');
  };
}

async function resolvePrincipal(
  store: Store,
  c: Context,
  header: string | undefined,
  options: AuthenticateOptions,
): Promise<Principal | null> {
  const credential = header ?? readSessionCookie(c, options.cookies);
  if (credential === null) return null;
  const { clock } = options;
  const memory = options.memory?.enabled() ? options.memory : undefined;
  const remembered = memory === undefined ? undefined : await memory.recall(credential, clock().getTime());
  if (remembered !== undefined) return remembered;
  const state = await memory?.state();
  const resolved =
    header !== undefined
      ? { principal: await fromToken(store, header), until: Infinity }
      : await fromSession(store, c, options);
  if (memory !== undefined && state !== undefined && resolved.principal !== null)
    memory.keep(
      credential,
      resolved.principal,
      state,
      Math.min(resolved.until, clock().getTime() + TOUCH_MS),
    );
  return resolved.principal;
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
): Promise<{ principal: Principal | null; until: number }> {
  const token = readSessionCookie(c, options.cookies);
  if (token === null) return { principal: null, until: 0 };
  const hash = tokenHashOrNull('session', token);
  const session = hash === null ? null : await store.sessions.find(hash, options.clock().toISOString());
  // An ended or unknown session reads as the public, and its cookie is left alone: clearing it here would also
  // clear a newer session cookie that a sign-in (or the demo's switch) set while this request was in flight.
  if (session === null) return { principal: null, until: 0 };
  const principal = await loadPrincipal(store, session.accountId, { kind: 'session', id: session.id });
  return { principal, until: Date.parse(session.idleExpiresAt) };
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
