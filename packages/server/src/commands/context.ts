// What every command receives: the store, who is asking, and the clock. A command validates its input, asks the
// policy (`permit`), and writes one event stamped with the principal's membership and the clock's time, so the
// same command is tested with simulated time and with any principal, over HTTP or not.
import {
  type Action,
  actorOf,
  authorize,
  type EventScope,
  type Grant,
  type Principal,
  type ResourceKind,
  type Resources,
} from '@concord/core';
import type { Store, Tx } from '@concord/db';
import { forbidden, notFound, unauthenticated } from '../problems.ts';

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export type CommandContext = { store: Store; principal: Principal | null; clock: Clock };

/** The addressed object, named in a 404 the way the caller named it. */
export type Addressed = { what: string; id: string };

/**
 * The grant that allows `action`, or the problem to answer: 404 when the caller may not even see the object
 * (it does not exist for them), 401 when signing in might help, 403 when the caller sees it but may not do this.
 */
export function permit<K extends ResourceKind>(
  ctx: Pick<CommandContext, 'principal'>,
  action: Action<K>,
  kind: K,
  resource: Resources[K],
  addressed: Addressed,
): Grant {
  const decision = authorize(ctx.principal, action, kind, resource);
  if (decision.allowed) return decision.grant;
  if (!decision.visible) throw notFound(addressed.what, addressed.id);
  if (ctx.principal === null)
    throw unauthenticated(`${describe(action, addressed.what)} needs you to sign in`);
  throw forbidden(`your role in this process does not allow you to ${describe(action, addressed.what)}`);
}

function describe(action: string, what: string): string {
  return action === 'read' ? `read this ${what}` : `${action.replaceAll('-', ' ')} (${what})`;
}

/** The options of `newEvent` for a write allowed by `grant`. */
export function stamp(
  ctx: CommandContext,
  grant: Grant,
  scope: EventScope,
): { actor: string; at: string; scope: EventScope } {
  if (ctx.principal === null) throw unauthenticated('writing needs you to sign in');
  return { actor: actorOf(ctx.principal, grant.membership), at: ctx.clock().toISOString(), scope };
}

/**
 * Runs a write in one transaction, refusing the public first: before anything is looked up, so a 401 says
 * nothing about whether what the request names exists.
 */
export function writeAs<T>(ctx: CommandContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (ctx.principal === null) throw unauthenticated('writing needs you to sign in');
  return ctx.store.transact(fn);
}
