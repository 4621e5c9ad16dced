// Confidential valuations of a plan. Every route needs an access key: the key is checked before the body, so a
// caller without one learns nothing, not even what a valid body looks like.
import { canRead, Valuation, ValuationInput } from '@concord/core';
import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { mustExist } from '../commands/lookups.ts';
import { recordValuation } from '../commands/record-valuation.ts';
import { principalOf, requirePrincipal } from '../http/principal.ts';
import {
  idParam,
  jsonAnswer,
  jsonBody,
  ProblemSchema,
  problemResponses,
  writeProblemResponses,
} from '../http/schemas.ts';
import { presentValuation } from '../presenters/valuation.ts';
import { newRouter, type RouteDeps } from './router.ts';

const tags = ['valuations'];
const ValuationSchema = Valuation.meta({ id: 'Valuation' });
const ValuationInputSchema = ValuationInput.meta({ id: 'ValuationInput' });

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** 401 and 403, documented once for the routes that need an access key. */
export const accessProblemResponses = {
  401: problem('No access key, or the key is unknown, revoked or malformed'),
  403: problem('The access key does not allow this'),
} as const;

/** Refuses a request without an access key before its parameters or body are looked at. */
export function needsKey(what: string): MiddlewareHandler {
  return async (c, next) => {
    requirePrincipal(c, what);
    await next();
  };
}

const list = createRoute({
  method: 'get',
  path: '/api/plans/{planId}/valuations',
  tags,
  summary: "The plan's valuations the access key may read (the mediator: all; a party: its own)",
  middleware: [needsKey('reading valuations')],
  request: { params: idParam('planId') },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(ValuationSchema) }), 'Valuations readable by the caller'),
    ...problemResponses,
    ...accessProblemResponses,
  },
});

const record = createRoute({
  method: 'put',
  path: '/api/plans/{planId}/valuations/{partyId}',
  tags,
  summary: "Record or replace a party's valuation of the plan (the mediator: any party; a party: its own)",
  middleware: [needsKey('recording a valuation')],
  request: {
    params: z.object({ planId: idParam('planId').shape.planId, partyId: idParam('partyId').shape.partyId }),
    body: jsonBody(ValuationInputSchema),
  },
  responses: {
    200: jsonAnswer(ValuationSchema, 'The valuation, replaced (same id)'),
    201: jsonAnswer(ValuationSchema, 'The valuation, recorded for the first time'),
    ...writeProblemResponses,
    ...accessProblemResponses,
  },
});

export function valuationRoutes({ store }: RouteDeps) {
  return newRouter()
    .openapi(list, async (c) => {
      const { planId } = c.req.valid('param');
      const principal = principalOf(c);
      await mustExist('plan', planId, (id) => store.plans.get(id));
      const readable = (await store.valuations.listByPlan(planId)).filter((v) =>
        canRead(principal, { kind: 'party-and-mediator', processId: v.processId, partyId: v.partyId }),
      );
      return c.json({ items: readable.map(presentValuation) }, 200);
    })
    .openapi(record, async (c) => {
      const { planId, partyId } = c.req.valid('param');
      const { valuation, created } = await recordValuation(
        store,
        { ...c.req.valid('json'), planId, partyId },
        principalOf(c),
      );
      return created ? c.json(presentValuation(valuation), 201) : c.json(presentValuation(valuation), 200);
    });
}
