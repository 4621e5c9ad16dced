// What happens around the texts: deliveries of a version to a party (which widen the version's audience),
// consultations, public statements and deadlines; and the derived views: who has received which version, who has
// not been briefed, and one timeline of the process. Reads are scoped in the store, so each answer holds only
// what the caller may read; answers that depend on time carry the server's `now`, so a countdown shown by a
// browser does not depend on the browser's clock.
import {
  Consultation,
  ConsultationCreate,
  Deadline,
  DeadlineClose,
  DeadlineCreate,
  DeadlineMove,
  DeadlineState,
  Delivery,
  DeliveryCreate,
  deadlineState,
  Id,
  IsoUtc,
  Receipt,
  Statement,
  StatementCreate,
  TimelineItem,
} from '@concord/core';
import { createRoute, z } from '@hono/zod-openapi';
import { closeDeadline, moveDeadline } from '../commands/change-deadline.ts';
import { deliverVersion } from '../commands/deliver-version.ts';
import {
  readDeadlines,
  readProcessBriefing,
  readTimeline,
  readVersionBriefing,
} from '../commands/read-briefing.ts';
import { recordConsultation } from '../commands/record-consultation.ts';
import { recordStatement } from '../commands/record-statement.ts';
import { setDeadline } from '../commands/set-deadline.ts';
import { principalOf } from '../http/principal.ts';
import {
  AbilitiesSchema,
  idParam,
  jsonAnswer,
  jsonBody,
  problemResponses,
  schemas,
  writeProblemResponses,
} from '../http/schemas.ts';
import {
  presentConsultation,
  presentDeadline,
  presentDelivery,
  presentProcessBriefing,
  presentStatement,
  presentTimelineItem,
  presentVersionBriefing,
} from '../presenters/briefing.ts';
import { commandContext, newRouter, type RouteDeps, readerOf } from './router.ts';

const tags = ['briefing'];
const DeliverySchema = Delivery.meta({ id: 'Delivery' });
const ConsultationSchema = Consultation.meta({ id: 'Consultation' });
const StatementSchema = Statement.meta({ id: 'Statement' });
const ReceiptSchema = Receipt.meta({ id: 'Receipt' });
const PresentedDeadline = Deadline.extend({
  state: DeadlineState.meta({ id: 'DeadlineState' }),
  abilities: AbilitiesSchema,
}).meta({ id: 'PresentedDeadline' });
const PartySchema = schemas.Party;

const VersionBriefingSchema = z
  .object({
    versionId: Id,
    processId: Id,
    parties: z.array(PartySchema),
    receipts: z.array(ReceiptSchema),
    notBriefed: z.array(Id),
    deliveries: z.array(DeliverySchema),
  })
  .meta({ id: 'VersionBriefing' });

const ProcessBriefingSchema = z
  .object({
    processId: Id,
    parties: z.array(PartySchema),
    versions: z.array(
      z.object({
        id: Id,
        planId: Id,
        label: z.string(),
        receipts: z.array(ReceiptSchema),
        notBriefed: z.array(Id),
      }),
    ),
  })
  .meta({ id: 'ProcessBriefing' });

const versionParam = idParam('versionId');
const processParam = idParam('processId');
const deadlineParam = idParam('deadlineId');

const versionDeliveries = createRoute({
  method: 'get',
  path: '/api/versions/{versionId}/deliveries',
  tags,
  summary:
    'Who has seen the version: for each party, its first delivery (when, by whom, in what form), a consultation on it, or whether it is shared with it; and the parties not briefed on it',
  request: { params: versionParam },
  responses: { 200: jsonAnswer(VersionBriefingSchema, 'Who has seen it'), ...problemResponses },
});

const deliver = createRoute({
  method: 'post',
  path: '/api/versions/{versionId}/deliveries',
  tags,
  summary:
    'Record that the version was handed to a party: the party (and the intermediary that carried it) may read it from now on, and the version is frozen',
  request: { params: versionParam, body: jsonBody(DeliveryCreate.meta({ id: 'DeliveryCreate' })) },
  responses: { 201: jsonAnswer(DeliverySchema, 'The delivery'), ...writeProblemResponses },
});

const processBriefing = createRoute({
  method: 'get',
  path: '/api/processes/{processId}/briefing',
  tags,
  summary: 'Who has received which version: versions × parties, with the delivery date or "not received"',
  request: { params: processParam },
  responses: { 200: jsonAnswer(ProcessBriefingSchema, 'Versions × parties'), ...problemResponses },
});

const timeline = createRoute({
  method: 'get',
  path: '/api/processes/{processId}/timeline',
  tags,
  summary:
    'The process in date order: versions issued, deliveries, consultations, statements and deadlines (set, moved, met, missed, lifted), as far as the caller may read them',
  request: { params: processParam },
  responses: {
    200: jsonAnswer(
      z.object({ now: IsoUtc, items: z.array(TimelineItem.meta({ id: 'TimelineItem' })) }),
      'The timeline, and the server time it was read at',
    ),
    ...problemResponses,
  },
});

const consult = createRoute({
  method: 'post',
  path: '/api/processes/{processId}/consultations',
  tags,
  summary:
    'Record a meeting or a call (when, who with whom, through which intermediary, about which version); confidential to the mediators and the parties present unless shared wider',
  request: { params: processParam, body: jsonBody(ConsultationCreate.meta({ id: 'ConsultationCreate' })) },
  responses: { 201: jsonAnswer(ConsultationSchema, 'The consultation'), ...writeProblemResponses },
});

const state = createRoute({
  method: 'post',
  path: '/api/processes/{processId}/statements',
  tags,
  summary:
    'Record a public statement: a denial, a confirmation, a leak reported by an outlet, a comment (as public as the process)',
  request: { params: processParam, body: jsonBody(StatementCreate.meta({ id: 'StatementCreate' })) },
  responses: { 201: jsonAnswer(StatementSchema, 'The statement'), ...writeProblemResponses },
});

const deadlines = createRoute({
  method: 'get',
  path: '/api/processes/{processId}/deadlines',
  tags,
  summary: "The process's deadlines with where each stands now (running, met, missed, lifted)",
  request: { params: processParam },
  responses: {
    200: jsonAnswer(
      z.object({ now: IsoUtc, items: z.array(PresentedDeadline) }),
      'The deadlines, and the server time their state was read at',
    ),
    ...problemResponses,
  },
});

const setOne = createRoute({
  method: 'post',
  path: '/api/processes/{processId}/deadlines',
  tags,
  summary: 'Set a deadline on the process or one of its versions',
  request: { params: processParam, body: jsonBody(DeadlineCreate.meta({ id: 'DeadlineCreate' })) },
  responses: { 201: jsonAnswer(PresentedDeadline, 'The deadline'), ...writeProblemResponses },
});

const move = createRoute({
  method: 'post',
  path: '/api/deadlines/{deadlineId}/moves',
  tags,
  summary: 'Move a deadline, with the reason (every move is kept)',
  request: { params: deadlineParam, body: jsonBody(DeadlineMove.meta({ id: 'DeadlineMove' })) },
  responses: { 200: jsonAnswer(PresentedDeadline, 'The deadline'), ...writeProblemResponses },
});

const close = createRoute({
  method: 'post',
  path: '/api/deadlines/{deadlineId}/outcome',
  tags,
  summary: 'Close a deadline as met or lifted (a deadline nobody closes is missed once it passes)',
  request: { params: deadlineParam, body: jsonBody(DeadlineClose.meta({ id: 'DeadlineClose' })) },
  responses: { 200: jsonAnswer(PresentedDeadline, 'The deadline'), ...writeProblemResponses },
});

export function briefingRoutes(deps: RouteDeps) {
  const withState = (c: Parameters<typeof principalOf>[0], d: Deadline) =>
    presentDeadline({ ...d, state: deadlineState(d, deps.clock()) }, principalOf(c));
  return newRouter()
    .openapi(versionDeliveries, async (c) => {
      const { versionId } = c.req.valid('param');
      const briefing = await readVersionBriefing(readerOf(c, deps), versionId);
      return c.json(presentVersionBriefing(briefing), 200);
    })
    .openapi(deliver, async (c) => {
      const { versionId } = c.req.valid('param');
      const delivery = await deliverVersion(commandContext(c, deps), { ...c.req.valid('json'), versionId });
      c.header('location', `/api/versions/${versionId}/deliveries`);
      return c.json(presentDelivery(delivery), 201);
    })
    .openapi(processBriefing, async (c) => {
      const { processId } = c.req.valid('param');
      const briefing = await readProcessBriefing(readerOf(c, deps), processId);
      return c.json(presentProcessBriefing(briefing), 200);
    })
    .openapi(timeline, async (c) => {
      const { processId } = c.req.valid('param');
      const now = deps.clock();
      const items = await readTimeline(readerOf(c, deps), processId, now);
      return c.json({ now: now.toISOString(), items: items.map(presentTimelineItem) }, 200);
    })
    .openapi(consult, async (c) => {
      const { processId } = c.req.valid('param');
      const made = await recordConsultation(commandContext(c, deps), { ...c.req.valid('json'), processId });
      c.header('location', `/api/processes/${processId}/timeline`);
      return c.json(presentConsultation(made), 201);
    })
    .openapi(state, async (c) => {
      const { processId } = c.req.valid('param');
      const made = await recordStatement(commandContext(c, deps), { ...c.req.valid('json'), processId });
      c.header('location', `/api/processes/${processId}/timeline`);
      return c.json(presentStatement(made), 201);
    })
    .openapi(deadlines, async (c) => {
      const { processId } = c.req.valid('param');
      const now = deps.clock();
      const items = await readDeadlines(readerOf(c, deps), processId, now);
      return c.json(
        { now: now.toISOString(), items: items.map((d) => presentDeadline(d, principalOf(c))) },
        200,
      );
    })
    .openapi(setOne, async (c) => {
      const { processId } = c.req.valid('param');
      const made = await setDeadline(commandContext(c, deps), { ...c.req.valid('json'), processId });
      c.header('location', `/api/processes/${processId}/deadlines`);
      return c.json(withState(c, made), 201);
    })
    .openapi(move, async (c) => {
      const { deadlineId } = c.req.valid('param');
      const moved = await moveDeadline(commandContext(c, deps), { ...c.req.valid('json'), deadlineId });
      return c.json(withState(c, moved), 200);
    })
    .openapi(close, async (c) => {
      const { deadlineId } = c.req.valid('param');
      const closed = await closeDeadline(commandContext(c, deps), { ...c.req.valid('json'), deadlineId });
      return c.json(withState(c, closed), 200);
    });
}
