// Who is asking: the principal behind the request's access key, resolved once per request by `authenticate`.
// A request without an Authorization header is the public (null); a header that does not name a valid key is
// refused outright rather than served as public, so a mistyped or revoked key never looks like "no data".
import type { Principal } from '@concord/core';
import type { Store } from '@concord/db';
import type { Context, MiddlewareHandler } from 'hono';
import { unauthenticated } from '../problems.ts';

declare module 'hono' {
  interface ContextVariableMap {
    principal: Principal | null;
    /** The key behind the principal (its id and the label it was granted with), null for the public. */
    accessKey: { id: string; label: string } | null;
  }
}

const BEARER = /^Bearer ([A-Za-z0-9_-]{1,200})$/;

export function authenticate(store: Store): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined) {
      c.set('principal', null);
      c.set('accessKey', null);
      await next();
      c.header('Vary', 'Authorization', { append: true });
      return;
    }
    const key = BEARER.exec(header.trim())?.[1];
    if (key === undefined) throw unauthenticated('the Authorization header must be "Bearer <access key>"');
    const found = await store.accessKeys.resolve(key);
    if (found === null) throw unauthenticated('the access key is unknown or revoked');
    c.set('principal', found.principal);
    c.set('accessKey', { id: found.id, label: found.label });
    await next();
    // What a key may read must not outlive the key in a browser or proxy cache (a signed-out or shared browser,
    // a revoked key): never stored; and the same URL answers differently per key.
    c.header('Cache-Control', 'no-store');
    c.header('Vary', 'Authorization', { append: true });
  };
}

/** The request's principal; null for the public. */
export function principalOf(c: Context): Principal | null {
  return c.get('principal') ?? null;
}

/** The principal, or a 401 problem when the route needs one. */
export function requirePrincipal(c: Context, what: string): Principal {
  const principal = principalOf(c);
  if (principal === null) throw unauthenticated(`${what} needs an access key`);
  return principal;
}
