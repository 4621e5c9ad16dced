// Councils over HTTP: a process's councils (with the caller's abilities and seats), setting one up, adding a
// seat, opening a motion, voting and closing. Reads follow the council's audience (public by default: anyone
// reads a public council's seats, motions, each vote with its seat, and the outcomes); writes need a signed-in
// caller, checked before the body is looked at.
import {
  Council,
  CouncilCreate,
  CouncilMember,
  CouncilMemberInput,
  CouncilView,
  Motion,
  MotionInput,
  VoteInput,
} from '@concord/core';
import { createRoute, z } from '@hono/zod-openapi';
import { addCouncilMember } from '../commands/add-council-member.ts';
import { castVote } from '../commands/cast-vote.ts';
import { closeMotion } from '../commands/close-motion.ts';
import { createCouncil } from '../commands/create-council.ts';
import { openMotion } from '../commands/open-motion.ts';
import { readCouncils } from '../commands/read-councils.ts';
import { principalOf } from '../http/principal.ts';
import { idParam, jsonAnswer, jsonBody, problemResponses, writeProblemResponses } from '../http/schemas.ts';
import { commandContext, newRouter, type RouteDeps, readerOf } from './router.ts';
import { accessProblemResponses, needsSignIn } from './valuations.ts';

const tags = ['councils'];
const MotionSchema = Motion.meta({ id: 'Motion' });
const writes = { ...writeProblemResponses, ...accessProblemResponses };

const list = createRoute({
  method: 'get',
  path: '/api/processes/{processId}/councils',
  tags,
  summary:
    "The process's councils the caller may read: seats, the rule, motions with their votes and outcomes",
  request: { params: idParam('processId') },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(CouncilView.meta({ id: 'CouncilView' })) }), 'The councils'),
    ...problemResponses,
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/processes/{processId}/councils',
  tags,
  summary: 'Set up a council (a mediator): its name, mandate, decision rule and audience',
  middleware: [needsSignIn('setting up a council')],
  request: { params: idParam('processId'), body: jsonBody(CouncilCreate.meta({ id: 'CouncilCreate' })) },
  responses: { 201: jsonAnswer(Council.meta({ id: 'Council' }), 'The council'), ...writes },
});

const addMember = createRoute({
  method: 'post',
  path: '/api/councils/{councilId}/members',
  tags,
  summary: 'Add a seat (a mediator): chair, member or observer; not while a motion is open',
  middleware: [needsSignIn('adding a seat')],
  request: {
    params: idParam('councilId'),
    body: jsonBody(CouncilMemberInput.meta({ id: 'CouncilMemberInput' })),
  },
  responses: { 201: jsonAnswer(CouncilMember.meta({ id: 'CouncilMember' }), 'The seat'), ...writes },
});

const open = createRoute({
  method: 'post',
  path: '/api/councils/{councilId}/motions',
  tags,
  summary: 'Open a motion (the chair or a mediator): a finding, a consequence, an amendment or an allocation',
  middleware: [needsSignIn('opening a motion')],
  request: { params: idParam('councilId'), body: jsonBody(MotionInput.meta({ id: 'MotionInput' })) },
  responses: { 201: jsonAnswer(MotionSchema, 'The motion'), ...writes },
});

const vote = createRoute({
  method: 'post',
  path: '/api/motions/{motionId}/votes',
  tags,
  summary: "Vote for one's own seat, once (or, a mediator, record a seat's vote from the council's minutes)",
  middleware: [needsSignIn('voting')],
  request: { params: idParam('motionId'), body: jsonBody(VoteInput.meta({ id: 'VoteInput' })) },
  responses: { 201: jsonAnswer(MotionSchema, 'The motion with the vote'), ...writes },
});

const close = createRoute({
  method: 'post',
  path: '/api/motions/{motionId}/close',
  tags,
  summary:
    "Close a motion (the chair or a mediator): its outcome is computed by the council's rule and logged",
  middleware: [needsSignIn('closing a motion')],
  request: { params: idParam('motionId') },
  responses: { 200: jsonAnswer(MotionSchema, 'The closed motion with its outcome'), ...writes },
});

export function councilRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(list, async (c) => {
      const { processId } = c.req.valid('param');
      return c.json({ items: await readCouncils(readerOf(c, deps), principalOf(c), processId) }, 200);
    })
    .openapi(create, async (c) => {
      const { processId } = c.req.valid('param');
      const council = await createCouncil(commandContext(c, deps), { ...c.req.valid('json'), processId });
      return c.json(council, 201);
    })
    .openapi(addMember, async (c) => {
      const { councilId } = c.req.valid('param');
      return c.json(
        await addCouncilMember(commandContext(c, deps), { ...c.req.valid('json'), councilId }),
        201,
      );
    })
    .openapi(open, async (c) => {
      const { councilId } = c.req.valid('param');
      return c.json(await openMotion(commandContext(c, deps), { ...c.req.valid('json'), councilId }), 201);
    })
    .openapi(vote, async (c) => {
      const { motionId } = c.req.valid('param');
      return c.json(await castVote(commandContext(c, deps), { ...c.req.valid('json'), motionId }), 201);
    })
    .openapi(close, async (c) => {
      const { motionId } = c.req.valid('param');
      return c.json(await closeMotion(commandContext(c, deps), { motionId }), 200);
    });
}
