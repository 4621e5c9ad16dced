// Implementation over HTTP: a process's tracked commitments at the server's clock (status on the Peace Accords
// Matrix scale, due, overdue, progress), each party's compliance series, putting a commitment of a final version
// under tracking, setting its status (evidence by hash: the file never leaves the browser), and recording
// milestones. Reads follow the commitment's version (and the process for milestones); writes need a signed-in
// caller, checked before the body is looked at.
import {
  ComplianceSeriesAnswer,
  ImplementationAnswer,
  MilestoneAnswer,
  MilestoneInput,
  StatusInput,
  TrackedCommitmentAnswer,
  TrackingInput,
} from '@concord/core';
import { createRoute, z } from '@hono/zod-openapi';
import { readImplementation } from '../commands/read-implementation.ts';
import { recordMilestone } from '../commands/record-milestone.ts';
import { setCommitmentStatus } from '../commands/set-commitment-status.ts';
import { trackCommitment } from '../commands/track-commitment.ts';
import { principalOf } from '../http/principal.ts';
import { idParam, jsonAnswer, jsonBody, problemResponses, writeProblemResponses } from '../http/schemas.ts';
import { commandContext, newRouter, type RouteDeps, readerOf } from './router.ts';
import { accessProblemResponses, needsSignIn } from './valuations.ts';

const tags = ['implementation'];
const writes = { ...writeProblemResponses, ...accessProblemResponses };
const Tracked = TrackedCommitmentAnswer.meta({ id: 'TrackedCommitment' });

const read = createRoute({
  method: 'get',
  path: '/api/processes/{processId}/implementation',
  tags,
  summary:
    "The process's tracked commitments the caller may read, at the server's clock: status 0–3, due, overdue, progress",
  request: { params: idParam('processId') },
  responses: {
    200: jsonAnswer(ImplementationAnswer.meta({ id: 'Implementation' }), 'The implementation'),
    ...problemResponses,
  },
});

const compliance = createRoute({
  method: 'get',
  path: '/api/processes/{processId}/compliance',
  tags,
  summary: 'Compliance per party over time: on each day, the weighted mean status / 3 of its commitments',
  request: { params: idParam('processId') },
  responses: {
    200: jsonAnswer(
      z.object({ asOf: z.string(), items: z.array(ComplianceSeriesAnswer.meta({ id: 'ComplianceSeries' })) }),
      'One series per party',
    ),
    ...problemResponses,
  },
});

const track = createRoute({
  method: 'post',
  path: '/api/commitments/{commitmentId}/tracking',
  tags,
  summary:
    'Put a commitment of a final version under tracking (a mediator): due rule, weight, parent, indicators',
  middleware: [needsSignIn('tracking a commitment')],
  request: { params: idParam('commitmentId'), body: jsonBody(TrackingInput.meta({ id: 'TrackingInput' })) },
  responses: { 201: jsonAnswer(Tracked, 'The tracked commitment'), ...writes },
});

const setStatus = createRoute({
  method: 'post',
  path: '/api/commitments/{commitmentId}/statuses',
  tags,
  summary: "Set a tracked commitment's status 0–3 (a mediator) with the reason and the evidence's hashes",
  middleware: [needsSignIn('setting a status')],
  request: { params: idParam('commitmentId'), body: jsonBody(StatusInput.meta({ id: 'StatusInput' })) },
  responses: { 201: jsonAnswer(Tracked, 'The commitment with its history'), ...writes },
});

const milestone = createRoute({
  method: 'post',
  path: '/api/processes/{processId}/milestones',
  tags,
  summary: 'Record a milestone (a mediator): signature, acceptance, a release; what due rules count from',
  middleware: [needsSignIn('recording a milestone')],
  request: { params: idParam('processId'), body: jsonBody(MilestoneInput.meta({ id: 'MilestoneInput' })) },
  responses: { 201: jsonAnswer(MilestoneAnswer.meta({ id: 'Milestone' }), 'The milestone'), ...writes },
});

export function implementationRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(read, async (c) => {
      const { processId } = c.req.valid('param');
      return c.json(await readImplementation(readerOf(c, deps), principalOf(c), deps.clock, processId), 200);
    })
    .openapi(compliance, async (c) => {
      const { processId } = c.req.valid('param');
      const view = await readImplementation(readerOf(c, deps), principalOf(c), deps.clock, processId);
      return c.json({ asOf: view.asOf, items: view.compliance }, 200);
    })
    .openapi(track, async (c) => {
      const { commitmentId } = c.req.valid('param');
      return c.json(
        await trackCommitment(commandContext(c, deps), { ...c.req.valid('json'), commitmentId }),
        201,
      );
    })
    .openapi(setStatus, async (c) => {
      const { commitmentId } = c.req.valid('param');
      const body = { ...c.req.valid('json'), commitmentId };
      return c.json(await setCommitmentStatus(commandContext(c, deps), body), 201);
    })
    .openapi(milestone, async (c) => {
      const { processId } = c.req.valid('param');
      return c.json(
        await recordMilestone(commandContext(c, deps), { ...c.req.valid('json'), processId }),
        201,
      );
    });
}
