// Confidential valuations of a plan. Every route needs a signed-in caller, checked before the body, so the public
// learns nothing, not even what a valid body looks like. What is listed is scoped in the store: the mediators
// read every party's valuation, a delegation only its own.
import { Valuation, ValuationInput } from '@concord/core';
import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { mustExist } from '../commands/lookups.ts';
import { recordCheckedValuation } from '../commands/record-valuation.ts';
import { principalOf } from '../http/principal.ts';
import {
  idParam,
  jsonAnswer,
  jsonBody,
  ProblemSchema,
  problemResponses,
  writeProblemResponses,
} from '../http/schemas.ts';
import { presentValuation } from '../presenters/valuation.ts';
import { unauthenticated } from '../problems.ts';
import { commandContext, newRouter, type RouteDeps, readerOf } from './router.ts';

const tags = ['valuations'];
const ValuationSchema = Valuation.meta({ id: 'Valuation' });
const ValuationInputSchema = ValuationInput.meta({ id: 'ValuationInput' });

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** 401 and 403, documented once for the routes that need a signed-in caller. */
export const accessProblemResponses = {
  401: problem('Not signed in, or the API token is unknown, revoked or malformed'),
  403: problem('Your role in this process does not allow this'),
} as const;

/** Refuses the public before a route's parameters or body are looked at. */
export function needsSignIn(what: string): MiddlewareHandler {
  return async (c, next) => {
    if (principalOf(c) === null) throw unauthenticated(`${what} needs you to sign in`);
    await next();
  };
}

const list = createRoute({
  method: 'get',
  path: '/api/plans/{planId}/valuations',
  tags,
  summary: "The plan's valuations the caller may read (the mediators: all; a delegate: its party's)",
  middleware: [needsSignIn('reading valuations')],
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
  middleware: [needsSignIn('recording a valuation')],
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

export function valuationRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(list, async (c) => {
      const { planId } = c.req.valid('param');
      const reader = readerOf(c, deps);
      await mustExist('plan', planId, (id) => reader.plans.get(id));
      const readable = await reader.valuations.listByPlan(planId);
      return c.json({ items: readable.map(presentValuation) }, 200);
    })
    .openapi(record, async (c) => {
      const { planId, partyId } = c.req.valid('param');
      // The body and ids were checked by the route's schemas: the command does not check them again.
      const { valuation, created } = await recordCheckedValuation(
        commandContext(c, deps),
        { plan: planId, party: partyId },
        c.req.valid('json'),
      );
      return created ? c.json(presentValuation(valuation), 201) : c.json(presentValuation(valuation), 200);
    });
}
