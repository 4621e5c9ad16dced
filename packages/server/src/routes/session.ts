// Who the caller is, in words the web application can show (see presenters/session.ts).
import { createRoute, z } from '@hono/zod-openapi';
import { principalOf } from '../http/principal.ts';
import { jsonAnswer, problemResponses } from '../http/schemas.ts';
import { presentSessionPrincipal, SessionPrincipal } from '../presenters/session.ts';
import { newRouter, type RouteDeps, readerOf } from './router.ts';

const session = createRoute({
  method: 'get',
  path: '/api/session',
  tags: ['access'],
  summary: 'Who is signed in (by session cookie or API token) and in which roles; null for the public',
  responses: {
    200: jsonAnswer(z.object({ principal: SessionPrincipal.nullable() }), 'The caller'),
    ...problemResponses,
  },
});

export function sessionRoutes(deps: RouteDeps) {
  return newRouter().openapi(session, async (c) =>
    c.json({ principal: await presentSessionPrincipal(principalOf(c), readerOf(c, deps)) }, 200),
  );
}
