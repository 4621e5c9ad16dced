import { createRoute } from '@hono/zod-openapi';
import { createCommitment } from '../commands/create-commitment.ts';
import { mustExist } from '../commands/lookups.ts';
import { removeCommitment } from '../commands/remove-commitment.ts';
import { updateCommitment } from '../commands/update-commitment.ts';
import {
  idParam,
  jsonAnswer,
  jsonBody,
  noContent,
  problemResponses,
  schemas,
  writeProblemResponses,
} from '../http/schemas.ts';
import { presentCommitment } from '../presenters/entities.ts';
import { commandContext, newRouter, type RouteDeps, readerOf } from './router.ts';

const tags = ['commitments'];

const create = createRoute({
  method: 'post',
  path: '/api/points/{pointId}/commitments',
  tags,
  summary:
    'Record a commitment under a point (obligor and beneficiary: a party id of the process, or a name)',
  request: { params: idParam('pointId'), body: jsonBody(schemas.CommitmentCreate) },
  responses: { 201: jsonAnswer(schemas.Commitment, 'The new commitment'), ...writeProblemResponses },
});

const read = createRoute({
  method: 'get',
  path: '/api/commitments/{commitmentId}',
  tags,
  summary: 'A commitment',
  request: { params: idParam('commitmentId') },
  responses: { 200: jsonAnswer(schemas.Commitment, 'The commitment'), ...problemResponses },
});

const update = createRoute({
  method: 'patch',
  path: '/api/commitments/{commitmentId}',
  tags,
  summary: 'Change a commitment of a version that is not final',
  request: { params: idParam('commitmentId'), body: jsonBody(schemas.CommitmentUpdate) },
  responses: { 200: jsonAnswer(schemas.Commitment, 'The changed commitment'), ...writeProblemResponses },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/commitments/{commitmentId}',
  tags,
  summary:
    'Take a commitment off a point of a working draft (a circulated, final, shared or withdrawn version is frozen)',
  request: { params: idParam('commitmentId') },
  responses: { 204: noContent, ...writeProblemResponses },
});

export function commitmentRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(create, async (c) => {
      const { pointId } = c.req.valid('param');
      const commitment = await createCommitment(commandContext(c, deps), { ...c.req.valid('json'), pointId });
      c.header('location', `/api/commitments/${commitment.id}`);
      return c.json(presentCommitment(commitment), 201);
    })
    .openapi(read, async (c) => {
      const { commitmentId } = c.req.valid('param');
      const reader = readerOf(c, deps);
      const commitment = await mustExist('commitment', commitmentId, (id) => reader.commitments.get(id));
      return c.json(presentCommitment(commitment), 200);
    })
    .openapi(update, async (c) => {
      const { commitmentId } = c.req.valid('param');
      const ctx = commandContext(c, deps);
      const commitment = await updateCommitment(ctx, { ...c.req.valid('json'), commitmentId });
      return c.json(presentCommitment(commitment), 200);
    })
    .openapi(remove, async (c) => {
      const { commitmentId } = c.req.valid('param');
      await removeCommitment(commandContext(c, deps), { commitmentId });
      return c.body(null, 204);
    });
}
