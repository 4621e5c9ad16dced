import { Id, VersionDiff } from '@concord/core';
import { createRoute, z } from '@hono/zod-openapi';
import { readVersionDiff } from '../commands/read-version-diff.ts';
import { jsonAnswer, problemResponses, writeProblemResponses } from '../http/schemas.ts';
import { newRouter, type RouteDeps, readerOf } from './router.ts';

const diff = createRoute({
  method: 'get',
  path: '/api/versions/{versionId}/diff/{otherVersionId}',
  tags: ['versions'],
  summary:
    'What changed from this version to another of the same plan, by lineage: unchanged, moved, amended (with a word-level redline), added, removed, split, merged, restored',
  request: { params: z.object({ versionId: Id, otherVersionId: Id }) },
  responses: {
    200: jsonAnswer(
      VersionDiff.meta({ id: 'VersionDiff' }),
      'The change set, one entry per group of corresponding points',
    ),
    ...problemResponses,
    422: writeProblemResponses[422],
  },
});

export function diffRoutes(deps: RouteDeps) {
  return newRouter().openapi(diff, async (c) => {
    const { versionId, otherVersionId } = c.req.valid('param');
    return c.json(await readVersionDiff(readerOf(c, deps), versionId, otherVersionId), 200);
  });
}
