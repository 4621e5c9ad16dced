import { actorOf } from '@concord/core';
import { createRoute } from '@hono/zod-openapi';
import { createVersion } from '../commands/create-version.ts';
import { readVersionDetail } from '../commands/read-version-detail.ts';
import { updateVersion } from '../commands/update-version.ts';
import { principalOf } from '../http/principal.ts';
import {
  idParam,
  jsonAnswer,
  jsonBody,
  problemResponses,
  schemas,
  VersionDetailSchema,
  writeProblemResponses,
} from '../http/schemas.ts';
import { presentVersion, presentVersionDetail } from '../presenters/entities.ts';
import { newRouter, type RouteDeps } from './router.ts';

const tags = ['versions'];

const create = createRoute({
  method: 'post',
  path: '/api/plans/{planId}/versions',
  tags,
  summary: 'Create a version with all its points (a counter-draft names its parentVersionId)',
  request: { params: idParam('planId'), body: jsonBody(schemas.VersionCreate) },
  responses: {
    201: jsonAnswer(VersionDetailSchema, 'The new version with its points'),
    ...writeProblemResponses,
  },
});

const read = createRoute({
  method: 'get',
  path: '/api/versions/{versionId}',
  tags,
  summary: 'A version with its points (reading order) and commitments',
  request: { params: idParam('versionId') },
  responses: { 200: jsonAnswer(VersionDetailSchema, 'The version'), ...problemResponses },
});

const update = createRoute({
  method: 'patch',
  path: '/api/versions/{versionId}',
  tags,
  summary: 'Change a version (label, date, status, note); a final version is frozen',
  request: { params: idParam('versionId'), body: jsonBody(schemas.VersionUpdate) },
  responses: { 200: jsonAnswer(schemas.Version, 'The changed version'), ...writeProblemResponses },
});

export function versionRoutes({ store }: RouteDeps) {
  return newRouter()
    .openapi(create, async (c) => {
      const { planId } = c.req.valid('param');
      const version = await createVersion(store, { ...c.req.valid('json'), planId }, actorOf(principalOf(c)));
      c.header('location', `/api/versions/${version.id}`);
      return c.json(presentVersionDetail(version), 201);
    })
    .openapi(read, async (c) => {
      const { versionId } = c.req.valid('param');
      return c.json(presentVersionDetail(await readVersionDetail(store, versionId)), 200);
    })
    .openapi(update, async (c) => {
      const { versionId } = c.req.valid('param');
      const version = await updateVersion(
        store,
        { ...c.req.valid('json'), versionId },
        actorOf(principalOf(c)),
      );
      return c.json(presentVersion(version), 200);
    });
}
