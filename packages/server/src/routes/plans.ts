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
  PresentedPlan,
  problemResponses,
  schemas,
  writeProblemResponses,
} from '../http/schemas.ts';
import { presentPlan, presentPlanDetail } from '../presenters/entities.ts';
import { commandContext, newRouter, type RouteDeps, readerOf } from './router.ts';

const tags = ['plans'];

const create = createRoute({
  method: 'post',
  path: '/api/processes/{processId}/plans',
  tags,
  summary: 'Start a plan in a process',
  request: { params: idParam('processId'), body: jsonBody(schemas.PlanCreate) },
  responses: { 201: jsonAnswer(PresentedPlan, 'The new plan'), ...writeProblemResponses },
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
  responses: { 200: jsonAnswer(PresentedPlan, 'The changed plan'), ...writeProblemResponses },
});

export function planRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(create, async (c) => {
      const { processId } = c.req.valid('param');
      const plan = await createPlan(commandContext(c, deps), { ...c.req.valid('json'), processId });
      c.header('location', `/api/plans/${plan.id}`);
      return c.json(presentPlan(plan, principalOf(c)), 201);
    })
    .openapi(read, async (c) => {
      const { planId } = c.req.valid('param');
      const reader = readerOf(c, deps);
      const plan = await mustExist('plan', planId, (id) => reader.plans.get(id));
      const versions = await reader.versions.listByPlan(planId);
      return c.json(presentPlanDetail({ ...plan, versions }, principalOf(c)), 200);
    })
    .openapi(update, async (c) => {
      const { planId } = c.req.valid('param');
      const plan = await updatePlan(commandContext(c, deps), { ...c.req.valid('json'), planId });
      return c.json(presentPlan(plan, principalOf(c)), 200);
    });
}
