// Shared by the route files: a sub-application that reports validation failures as problems, and what routes
// depend on (the store, and the engine pool that runs analyses off the request thread).
import type { Store } from '@concord/db';
import type { EnginePool } from '@concord/engine';
import { OpenAPIHono } from '@hono/zod-openapi';
import { validationHook } from '../http/problem-response.ts';

export type RouteDeps = { store: Store; engine: EnginePool };

export function newRouter(): OpenAPIHono {
  return new OpenAPIHono({ defaultHook: validationHook });
}
