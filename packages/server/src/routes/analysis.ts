// A version as a negotiation domain (built from the texts the caller may read) and its analysis (the policy's
// analysis actions: the mediators see everything, a party's delegates only its own utility). The analysis runs in the engine pool.
// The answers' schemas (and OpenAPI components PlanDomain, PlanAnalysis, VersionAnalysis) are core's.
import { Disagreement, PlanDomainAnswer, VersionAnalysis } from '@concord/core';
import { createRoute, z } from '@hono/zod-openapi';
import { analyzeVersion } from '../commands/analyze-version.ts';
import { buildVersionDomain } from '../commands/build-version-domain.ts';
import { principalOf } from '../http/principal.ts';
import { idParam, jsonAnswer, ProblemSchema, problemResponses } from '../http/schemas.ts';
import { presentDomain, presentVersionAnalysis } from '../presenters/analysis.ts';
import { newRouter, type RouteDeps, readerOf } from './router.ts';
import { accessProblemResponses, needsSignIn } from './valuations.ts';

const tags = ['analysis'];

const domain = createRoute({
  method: 'get',
  path: '/api/versions/{versionId}/domain',
  tags,
  summary:
    "The version's contested points as a negotiation domain (all versions of the plan; this one the draft)",
  request: { params: idParam('versionId') },
  responses: { 200: jsonAnswer(PlanDomainAnswer, 'The domain'), ...problemResponses },
});

const analysis = createRoute({
  method: 'get',
  path: '/api/versions/{versionId}/analysis',
  tags,
  summary:
    'The analysis of the version from the valuations the caller may use (mediators: all; a delegate: its own)',
  middleware: [needsSignIn('the analysis')],
  request: {
    params: idParam('versionId'),
    query: z.object({ disagreement: Disagreement.default('reservation') }),
  },
  responses: {
    200: jsonAnswer(VersionAnalysis, 'The analysis in the caller’s scope'),
    ...problemResponses,
    ...accessProblemResponses,
    503: {
      description:
        'The engine stopped at its time or memory limit (analysis-limit), its queue is full (analysis-busy), or the client went away and the run was cancelled (analysis-cancelled)',
      content: { 'application/problem+json': { schema: ProblemSchema } },
    },
  },
});

export function analysisRoutes(deps: RouteDeps) {
  const { store, engine } = deps;
  return newRouter()
    .openapi(domain, async (c) => {
      const { versionId } = c.req.valid('param');
      return c.json(presentDomain(await buildVersionDomain(readerOf(c, deps), versionId)), 200);
    })
    .openapi(analysis, async (c) => {
      const { versionId } = c.req.valid('param');
      const { disagreement } = c.req.valid('query');
      const result = await analyzeVersion({ store, engine }, principalOf(c), {
        versionId,
        disagreement,
        signal: c.req.raw.signal,
      });
      return c.json(presentVersionAnalysis(result), 200);
    });
}
