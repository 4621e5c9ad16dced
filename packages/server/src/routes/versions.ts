import { createRoute } from '@hono/zod-openapi';
import { createVersion } from '../commands/create-version.ts';
import { readVersionDetail } from '../commands/read-version-detail.ts';
import { updateVersion } from '../commands/update-version.ts';
import { withdrawVersion } from '../commands/withdraw-version.ts';
import { principalOf } from '../http/principal.ts';
import {
  idParam,
  jsonAnswer,
  jsonBody,
  PresentedVersion,
  problemResponses,
  schemas,
  VersionDetailSchema,
  writeProblemResponses,
} from '../http/schemas.ts';
import { presentVersion, presentVersionDetail } from '../presenters/entities.ts';
import { commandContext, newRouter, type RouteDeps, readerOf } from './router.ts';

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
  responses: { 200: jsonAnswer(PresentedVersion, 'The changed version'), ...writeProblemResponses },
});

const withdraw = createRoute({
  method: 'post',
  path: '/api/versions/{versionId}/withdrawal',
  tags,
  summary:
    'Withdraw a version, with a reason: it stays in the log and the tree, marked, frozen and out of the analysis',
  request: { params: idParam('versionId'), body: jsonBody(schemas.VersionWithdraw) },
  responses: { 200: jsonAnswer(PresentedVersion, 'The withdrawn version'), ...writeProblemResponses },
});

export function versionRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(create, async (c) => {
      const { planId } = c.req.valid('param');
      const version = await createVersion(commandContext(c, deps), { ...c.req.valid('json'), planId });
      c.header('location', `/api/versions/${version.id}`);
      return c.json(presentVersionDetail(version, principalOf(c)), 201);
    })
    .openapi(read, async (c) => {
      const { versionId } = c.req.valid('param');
      const detail = await readVersionDetail(readerOf(c, deps), versionId);
      return c.json(presentVersionDetail(detail, principalOf(c)), 200);
    })
    .openapi(update, async (c) => {
      const { versionId } = c.req.valid('param');
      const ctx = commandContext(c, deps);
      const version = await updateVersion(ctx, { ...c.req.valid('json'), versionId });
      const detail = await readVersionDetail(readerOf(c, deps), version.id);
      return c.json(presentVersion(version, detail.processId, principalOf(c)), 200);
    })
    .openapi(withdraw, async (c) => {
      const { versionId } = c.req.valid('param');
      const version = await withdrawVersion(commandContext(c, deps), { ...c.req.valid('json'), versionId });
      const detail = await readVersionDetail(readerOf(c, deps), version.id);
      return c.json(presentVersion(version, detail.processId, principalOf(c)), 200);
    });
}
