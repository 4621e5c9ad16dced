// Widening who may read a process, a plan or a version (commands/share-object.ts): one `audience.changed` entry
// each; an audience that would leave out anyone who may read the object now is a 422, and the policy ('share')
// decides who may widen it. Each answers the object as the caller now sees it.
import { AudienceChange } from '@concord/core';
import { createRoute } from '@hono/zod-openapi';
import { mustExist } from '../commands/lookups.ts';
import { shareObject } from '../commands/share-object.ts';
import { principalOf } from '../http/principal.ts';
import {
  idParam,
  jsonAnswer,
  jsonBody,
  PresentedPlan,
  PresentedProcess,
  PresentedVersion,
  writeProblemResponses,
} from '../http/schemas.ts';
import { presentPlan, presentProcess, presentVersion } from '../presenters/entities.ts';
import { commandContext, newRouter, type RouteDeps, readerOf } from './router.ts';

const tags = ['audiences'];
const body = jsonBody(AudienceChange.meta({ id: 'AudienceChange' }));

const summary = (what: string) =>
  `Widen who may read a ${what} (public, the whole process, or named parties with the mediators); never narrows`;

const processAudience = createRoute({
  method: 'put',
  path: '/api/processes/{processId}/audience',
  tags,
  summary: summary('process'),
  request: { params: idParam('processId'), body },
  responses: { 200: jsonAnswer(PresentedProcess, 'The process'), ...writeProblemResponses },
});

const planAudience = createRoute({
  method: 'put',
  path: '/api/plans/{planId}/audience',
  tags,
  summary: summary('plan'),
  request: { params: idParam('planId'), body },
  responses: { 200: jsonAnswer(PresentedPlan, 'The plan'), ...writeProblemResponses },
});

const versionAudience = createRoute({
  method: 'put',
  path: '/api/versions/{versionId}/audience',
  tags,
  summary: summary('version'),
  request: { params: idParam('versionId'), body },
  responses: { 200: jsonAnswer(PresentedVersion, 'The version'), ...writeProblemResponses },
});

export function audienceRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(processAudience, async (c) => {
      const { processId } = c.req.valid('param');
      await shareObject(commandContext(c, deps), {
        ...c.req.valid('json'),
        subject: 'process',
        id: processId,
      });
      const reader = readerOf(c, deps);
      const process = await mustExist('process', processId, (id) => reader.processes.get(id));
      return c.json(presentProcess(process, principalOf(c)), 200);
    })
    .openapi(planAudience, async (c) => {
      const { planId } = c.req.valid('param');
      await shareObject(commandContext(c, deps), { ...c.req.valid('json'), subject: 'plan', id: planId });
      const reader = readerOf(c, deps);
      const plan = await mustExist('plan', planId, (id) => reader.plans.get(id));
      return c.json(presentPlan(plan, principalOf(c)), 200);
    })
    .openapi(versionAudience, async (c) => {
      const { versionId } = c.req.valid('param');
      await shareObject(commandContext(c, deps), {
        ...c.req.valid('json'),
        subject: 'version',
        id: versionId,
      });
      const reader = readerOf(c, deps);
      const version = await mustExist('version', versionId, (id) => reader.versions.get(id));
      const plan = await mustExist('plan', version.planId, (id) => reader.plans.get(id));
      return c.json(presentVersion(version, plan.processId, principalOf(c)), 200);
    });
}
