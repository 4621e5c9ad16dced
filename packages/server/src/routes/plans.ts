import { actorOf } from '@concord/core';
import { createRoute } from '@hono/zod-openapi';
import { createPlan } from '../commands/create-plan.ts';
import { mustExist } from '../commands/lookups.ts';
import { updatePlan } from '../commands/update-plan.ts';
import { principalOf } from '../http/principal.ts';
import {
  idParam,
  jsonAnswer,
  jsonBody,
  PlanDetailSchema,
  problemResponses,
  schemas,
  writeProblemResponses,
} from '../http/schemas.ts';
import { presentPlan, presentPlanDetail } from '../presenters/entities.ts';
import { newRouter, type RouteDeps } from './router.ts';

const tags = ['plans'];

const create = createRoute({
  method: 'post',
  path: '/api/processes/{processId}/plans',
  tags,
  summary: 'Start a plan in a process',
  request: { params: idParam('processId'), body: jsonBody(schemas.PlanCreate) },
  responses: { 201: jsonAnswer(schemas.Plan, 'The new plan'), ...writeProblemResponses },
});

const read = createRoute({
  method: 'get',
  path: '/api/plans/{planId}',
  tags,
  summary: 'A plan with its versions (their parentVersionId links form the version tree)',
  request: { params: idParam('planId') },
  responses: { 200: jsonAnswer(PlanDetailSchema, 'The plan'), ...problemResponses },
});

const update = createRoute({
  method: 'patch',
  path: '/api/plans/{planId}',
  tags,
  summary: 'Change a plan (title, mediator)',
  request: { params: idParam('planId'), body: jsonBody(schemas.PlanUpdate) },
  responses: { 200: jsonAnswer(schemas.Plan, 'The changed plan'), ...writeProblemResponses },
});

export function planRoutes({ store }: RouteDeps) {
  return newRouter()
    .openapi(create, async (c) => {
      const { processId } = c.req.valid('param');
      const plan = await createPlan(store, { ...c.req.valid('json'), processId }, actorOf(principalOf(c)));
      c.header('location', `/api/plans/${plan.id}`);
      return c.json(presentPlan(plan), 201);
    })
    .openapi(read, async (c) => {
      const { planId } = c.req.valid('param');
      const plan = await mustExist('plan', planId, (id) => store.plans.get(id));
      const versions = await store.versions.listByPlan(planId);
      return c.json(presentPlanDetail({ ...plan, versions }), 200);
    })
    .openapi(update, async (c) => {
      const { planId } = c.req.valid('param');
      return c.json(
        presentPlan(await updatePlan(store, { ...c.req.valid('json'), planId }, actorOf(principalOf(c)))),
        200,
      );
    });
}
