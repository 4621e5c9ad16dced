// A process's public transparency page over HTTP: read as the public reads it whoever asks (a signed-in member
// sees the page the public sees, never more), so the answer is the same for everyone and the read cache keeps it.
import { TransparencyAnswer } from '@concord/core';
import { createRoute } from '@hono/zod-openapi';
import { readTransparency } from '../commands/read-transparency.ts';
import { idParam, jsonAnswer, problemResponses } from '../http/schemas.ts';
import { newRouter, type RouteDeps } from './router.ts';

const read = createRoute({
  method: 'get',
  path: '/api/processes/{processId}/transparency',
  tags: ['transparency'],
  summary:
    "What the public may read of a process's implementation: the signed agreement, commitment statuses, " +
    "verified incidents, fund totals and the council's decisions, each with its log entry's index",
  request: { params: idParam('processId') },
  responses: {
    200: jsonAnswer(TransparencyAnswer.meta({ id: 'Transparency' }), 'The public account'),
    ...problemResponses,
  },
});

export function transparencyRoutes(deps: RouteDeps) {
  return newRouter().openapi(read, async (c) => {
    const { processId } = c.req.valid('param');
    return c.json(await readTransparency(deps.store.readAs(null), processId), 200);
  });
}
