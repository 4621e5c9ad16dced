// Positions: a version's matrix (parties × points), a point's history, and recording a position. Reads are open
// to whoever reads the version (the public sees published positions of public versions); what they hold is
// scoped in the store. Recording needs a signed-in caller, checked before the body is looked at.
import { PointPositionHistory, PositionInput, PositionMatrix, PositionView } from '@concord/core';
import { createRoute } from '@hono/zod-openapi';
import { publishPosition } from '../commands/publish-position.ts';
import { readPointPositions, readPositionMatrix } from '../commands/read-positions.ts';
import { recordPosition } from '../commands/record-position.ts';
import { principalOf } from '../http/principal.ts';
import { idParam, jsonAnswer, jsonBody, problemResponses, writeProblemResponses } from '../http/schemas.ts';
import { presentPosition } from '../presenters/position.ts';
import { commandContext, newRouter, type RouteDeps, readerOf } from './router.ts';
import { accessProblemResponses, needsSignIn } from './valuations.ts';

const tags = ['positions'];
const PositionViewSchema = PositionView.meta({ id: 'Position' });
const PositionInputSchema = PositionInput.meta({ id: 'PositionInput' });

const matrix = createRoute({
  method: 'get',
  path: '/api/versions/{versionId}/positions',
  tags,
  summary:
    "The version's positions the caller may read, as parties × points: current stances, contested points, points that resurface after a party rejected them",
  request: { params: idParam('versionId') },
  responses: {
    200: jsonAnswer(PositionMatrix.meta({ id: 'PositionMatrix' }), 'The matrix'),
    ...problemResponses,
  },
});

const history = createRoute({
  method: 'get',
  path: '/api/points/{pointId}/positions',
  tags,
  summary:
    'Every position the caller may read on the point and on the points it comes from, in the order taken',
  request: { params: idParam('pointId') },
  responses: {
    200: jsonAnswer(PointPositionHistory.meta({ id: 'PointPositionHistory' }), 'The history'),
    ...problemResponses,
  },
});

const record = createRoute({
  method: 'post',
  path: '/api/points/{pointId}/positions',
  tags,
  summary:
    "Record a party's position on the point (its delegates, or a mediator for any party); private unless the party's delegate publishes it",
  middleware: [needsSignIn('recording a position')],
  request: { params: idParam('pointId'), body: jsonBody(PositionInputSchema) },
  responses: {
    201: jsonAnswer(PositionViewSchema, 'The position as recorded'),
    ...writeProblemResponses,
    ...accessProblemResponses,
  },
});

const publish = createRoute({
  method: 'post',
  path: '/api/positions/{positionId}/publication',
  tags,
  summary:
    "Publish a position its party recorded privately (the party's own delegates only): from then on it is read like its version",
  middleware: [needsSignIn('publishing a position')],
  request: { params: idParam('positionId') },
  responses: {
    200: jsonAnswer(PositionViewSchema, 'The position as published'),
    ...writeProblemResponses,
    ...accessProblemResponses,
  },
});

export function positionRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(matrix, async (c) => {
      const { versionId } = c.req.valid('param');
      return c.json(await readPositionMatrix(readerOf(c, deps), principalOf(c), versionId), 200);
    })
    .openapi(history, async (c) => {
      const { pointId } = c.req.valid('param');
      return c.json(await readPointPositions(readerOf(c, deps), pointId), 200);
    })
    .openapi(record, async (c) => {
      const { pointId } = c.req.valid('param');
      const position = await recordPosition(commandContext(c, deps), { ...c.req.valid('json'), pointId });
      const members = await readerOf(c, deps).memberships.listByProcess(position.processId);
      c.header('location', `/api/points/${pointId}/positions`);
      return c.json(presentPosition(position, new Map(members.map((m) => [m.id, m]))), 201);
    })
    .openapi(publish, async (c) => {
      const { positionId } = c.req.valid('param');
      const position = await publishPosition(commandContext(c, deps), { positionId });
      const members = await readerOf(c, deps).memberships.listByProcess(position.processId);
      return c.json(presentPosition(position, new Map(members.map((m) => [m.id, m]))), 200);
    });
}
