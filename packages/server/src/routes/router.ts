// Shared by the route files: a sub-application that reports validation failures as problems, and the actor
// recorded for writes that arrive over HTTP (there are no accounts yet, so every HTTP write is "api").
import type { Store } from '@concord/db';
import { OpenAPIHono } from '@hono/zod-openapi';
import { validationHook } from '../http/problem-response.ts';

export const HTTP_ACTOR = 'api';

export type RouteDeps = { store: Store };

export function newRouter(): OpenAPIHono {
  return new OpenAPIHono({ defaultHook: validationHook });
}
