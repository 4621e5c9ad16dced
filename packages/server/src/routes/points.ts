import { createRoute } from '@hono/zod-openapi';
import { createPoint } from '../commands/create-point.ts';
import { mustExist } from '../commands/lookups.ts';
import { removePoint } from '../commands/remove-point.ts';
import { updatePoint } from '../commands/update-point.ts';
import {
  idParam,
  jsonAnswer,
  jsonBody,
  noContent,
  problemResponses,
  schemas,
  writeProblemResponses,
} from '../http/schemas.ts';
import { presentPoint } from '../presenters/entities.ts';
import { commandContext, newRouter, type RouteDeps, readerOf } from './router.ts';

const tags = ['points'];

const create = createRoute({
  method: 'post',
  path: '/api/versions/{versionId}/points',
  tags,
  summary: 'Add a point or sub-point to a version that is not final',
  request: { params: idParam('versionId'), body: jsonBody(schemas.PointCreate) },
  responses: { 201: jsonAnswer(schemas.Point, 'The new point'), ...writeProblemResponses },
});

const read = createRoute({
  method: 'get',
  path: '/api/points/{pointId}',
  tags,
  summary: 'A point',
  request: { params: idParam('pointId') },
  responses: { 200: jsonAnswer(schemas.Point, 'The point'), ...problemResponses },
});

const update = createRoute({
  method: 'patch',
  path: '/api/points/{pointId}',
  tags,
  summary: 'Amend a point of a version that is not final',
  request: { params: idParam('pointId'), body: jsonBody(schemas.PointUpdate) },
  responses: { 200: jsonAnswer(schemas.Point, 'The amended point'), ...writeProblemResponses },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/points/{pointId}',
  tags,
  summary:
    'Remove a point of a working draft, with its sub-points and their commitments (a circulated, final or withdrawn version is frozen)',
  request: { params: idParam('pointId') },
  responses: { 204: noContent, ...writeProblemResponses },
});

export function pointRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(create, async (c) => {
      const { versionId } = c.req.valid('param');
      const point = await createPoint(commandContext(c, deps), { ...c.req.valid('json'), versionId });
      c.header('location', `/api/points/${point.id}`);
      return c.json(presentPoint(point), 201);
    })
    .openapi(read, async (c) => {
      const { pointId } = c.req.valid('param');
      const reader = readerOf(c, deps);
      return c.json(presentPoint(await mustExist('point', pointId, (id) => reader.points.get(id))), 200);
    })
    .openapi(update, async (c) => {
      const { pointId } = c.req.valid('param');
      return c.json(
        presentPoint(await updatePoint(commandContext(c, deps), { ...c.req.valid('json'), pointId })),
        200,
      );
    })
    .openapi(remove, async (c) => {
      const { pointId } = c.req.valid('param');
      await removePoint(commandContext(c, deps), { pointId });
      return c.body(null, 204);
    });
}
