// Shared by the route files: a sub-application that reports validation failures as problems, and what routes
// depend on (the store, and the engine pool that runs analyses off the request thread).
import type { Repositories, Store } from '@concord/db';
import type { EnginePool } from '@concord/engine';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Clock, CommandContext } from '../commands/context.ts';
import { principalOf } from '../http/principal.ts';
import { validationHook } from '../http/problem-response.ts';

export type RouteDeps = { store: Store; engine: EnginePool; clock: Clock };

/** The command context of a request: its store, its principal and the server's clock. */
export function commandContext(c: Context, deps: RouteDeps): CommandContext {
  return { store: deps.store, principal: principalOf(c), clock: deps.clock };
}

/** The repositories as the request's caller may read them. */
export function readerOf(c: Context, deps: RouteDeps): Repositories {
  return deps.store.readAs(principalOf(c));
}

export function newRouter(): OpenAPIHono {
  return new OpenAPIHono({ defaultHook: validationHook });
}
