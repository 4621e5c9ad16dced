import { Id, PlanPrecedent } from '@concord/core';
import { createRoute, z } from '@hono/zod-openapi';
import { readPrecedent } from '../commands/read-precedent.ts';
import { jsonAnswer, problemResponses, writeProblemResponses } from '../http/schemas.ts';
import { newRouter, type RouteDeps, readerOf } from './router.ts';

const precedent = createRoute({
  method: 'get',
  path: '/api/plans/{planId}/precedent/{otherPlanId}',
  tags: ['plans'],
  summary:
    'A plan set against a plan of another process: the points they share (by categories, key terms with party names set aside, units and wording) and each plan’s own points',
  request: {
    params: z.object({ planId: Id, otherPlanId: Id }),
    query: z.object({ version: Id.optional(), otherVersion: Id.optional() }),
  },
  responses: {
    200: jsonAnswer(PlanPrecedent.meta({ id: 'PlanPrecedent' }), 'The alignment of the two plans'),
    ...problemResponses,
    422: writeProblemResponses[422],
  },
});

export function precedentRoutes(deps: RouteDeps) {
  return newRouter().openapi(precedent, async (c) => {
    const { planId, otherPlanId } = c.req.valid('param');
    const { version, otherVersion } = c.req.valid('query');
    const answer = await readPrecedent(readerOf(c, deps), {
      planId,
      otherPlanId,
      versionId: version,
      otherVersionId: otherVersion,
    });
    return c.json(answer, 200);
  });
}
