// The reconstruction fund over HTTP: a process's funds with their balances and journal, setting a fund up, and
// recording each operation (pledge, payment, allocation, disbursement). The ledger decides: an operation that
// would break an invariant is a 422 whose problem type names it (fund-over-disbursement, fund-condition-not-met,
// …) and writes nothing. Reads follow the process; writes need a signed-in caller, checked before the body.
import {
  AllocationInput,
  DisbursementInput,
  FundAnswer,
  FundInput,
  type FundOperationKind,
  FundsAnswer,
  PaymentInput,
  PledgeInput,
} from '@concord/core';
import { createRoute, type z } from '@hono/zod-openapi';
import { createFund } from '../commands/create-fund.ts';
import { readFunds } from '../commands/read-funds.ts';
import { recordFundOperation } from '../commands/record-fund-operation.ts';
import { principalOf } from '../http/principal.ts';
import { idParam, jsonAnswer, jsonBody, problemResponses, writeProblemResponses } from '../http/schemas.ts';
import { commandContext, newRouter, type RouteDeps, readerOf } from './router.ts';
import { accessProblemResponses, needsSignIn } from './valuations.ts';

const tags = ['fund'];
const writes = { ...writeProblemResponses, ...accessProblemResponses };
const Fund = FundAnswer.meta({ id: 'Fund' });

const read = createRoute({
  method: 'get',
  path: '/api/processes/{processId}/funds',
  tags,
  summary: "The process's funds: balances per donor, project and currency, and the journal",
  request: { params: idParam('processId') },
  responses: { 200: jsonAnswer(FundsAnswer.meta({ id: 'Funds' }), 'The funds'), ...problemResponses },
});

const create = createRoute({
  method: 'post',
  path: '/api/processes/{processId}/funds',
  tags,
  summary: 'Set up a fund (a mediator): its name, purpose and whether its figures are illustrative',
  middleware: [needsSignIn('setting up a fund')],
  request: { params: idParam('processId'), body: jsonBody(FundInput.meta({ id: 'FundInput' })) },
  responses: { 201: jsonAnswer(Fund, 'The fund'), ...writes },
});

const OPERATIONS: [FundOperationKind, string, z.ZodType, string][] = [
  ['pledge', 'pledges', PledgeInput, "Record a donor's pledge (a mediator)"],
  [
    'payment',
    'payments',
    PaymentInput,
    "Record a donor's payment (a mediator); above its pledges it is flagged",
  ],
  ['allocation', 'allocations', AllocationInput, 'Allocate money paid in to a project (a mediator)'],
  [
    'disbursement',
    'disbursements',
    DisbursementInput,
    "Disburse to a project (a mediator) when its commitment's PAM status on the day meets the condition",
  ],
];

function operationRoute(kind: FundOperationKind, segment: string, input: z.ZodType, summary: string) {
  const id = `${kind[0]?.toUpperCase()}${kind.slice(1)}Input`;
  return createRoute({
    method: 'post',
    path: `/api/funds/{fundId}/${segment}`,
    tags,
    summary,
    middleware: [needsSignIn(`recording a ${kind}`)],
    request: { params: idParam('fundId'), body: jsonBody(input.meta({ id })) },
    responses: { 201: jsonAnswer(Fund, 'The fund with its new balances'), ...writes },
  });
}

export function fundRoutes(deps: RouteDeps) {
  const router = newRouter()
    .openapi(read, async (c) => {
      const { processId } = c.req.valid('param');
      return c.json(await readFunds(readerOf(c, deps), principalOf(c), processId), 200);
    })
    .openapi(create, async (c) => {
      const { processId } = c.req.valid('param');
      return c.json(await createFund(commandContext(c, deps), { ...c.req.valid('json'), processId }), 201);
    });
  for (const [kind, segment, input, summary] of OPERATIONS)
    router.openapi(operationRoute(kind, segment, input, summary), async (c) => {
      const { fundId } = c.req.valid('param');
      const body = { ...(c.req.valid('json') as Record<string, unknown>), fundId, kind };
      return c.json(await recordFundOperation(commandContext(c, deps), body), 201);
    });
  return router;
}
