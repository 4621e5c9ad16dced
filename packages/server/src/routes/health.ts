import { createRoute, z } from '@hono/zod-openapi';
import { jsonAnswer, problemResponses } from '../http/schemas.ts';
import { newRouter, type RouteDeps } from './router.ts';

const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['health'],
  summary:
    'Liveness, with the current log size (answered from the database, so it also proves it is reachable)',
  responses: {
    200: jsonAnswer(z.object({ status: z.literal('ok'), logSize: z.number().int() }), 'Healthy'),
    ...problemResponses,
  },
});

export function healthRoutes({ store }: RouteDeps) {
  return newRouter().openapi(health, async (c) =>
    c.json({ status: 'ok' as const, logSize: await store.log.size() }, 200),
  );
}
