// A version as a negotiation domain (public: built from the plan's public texts) and its analysis (needs an
// access key: the mediator sees everything, a party only its own utility). The analysis runs in the engine pool.
import { createRoute, z } from '@hono/zod-openapi';
import { analyzeVersion } from '../commands/analyze-version.ts';
import { buildVersionDomain } from '../commands/build-version-domain.ts';
import { principalOf } from '../http/principal.ts';
import { idParam, jsonAnswer, ProblemSchema, problemResponses } from '../http/schemas.ts';
import { presentDomain, presentVersionAnalysis } from '../presenters/analysis.ts';
import { newRouter, type RouteDeps } from './router.ts';
import { accessProblemResponses, needsKey } from './valuations.ts';

const tags = ['analysis'];

const Count = z.union([z.number(), z.string()]);

const DomainSchema = z
  .object({
    versionId: z.string(),
    planId: z.string(),
    language: z.string(),
    outcomes: Count.meta({ description: 'Packages of the listed wordings (a decimal string beyond 2^53)' }),
    issues: z.array(
      z.object({
        name: z.string(),
        lineageId: z.string(),
        number: z.string(),
        title: z.string(),
        inTarget: z.boolean(),
        draftOption: z.number().int().meta({ description: 'Index of the option this version carries' }),
        options: z.array(
          z.object({
            label: z.string(),
            text: z.string().nullable(),
            quantities: z.array(z.string()),
            versionIds: z.array(z.string()),
            versionLabels: z.array(z.string()),
            kind: z.enum(['variant', 'deleted', 'absent']),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'PlanDomain' });

const PointChangeSchema = z.object({
  issue: z.string(),
  lineageId: z.string(),
  from: z.string(),
  to: z.string(),
  sentence: z.string(),
});
const ChangeSchema = z.object({ changes: z.array(PointChangeSchema), text: z.string() });
const SolutionSchema = z
  .object({ utilities: z.array(z.number()), packages: z.array(ChangeSchema), count: z.number() })
  .nullable();
const Status = z.enum(['ok', 'limit']);

const PlanAnalysisSchema = z
  .object({
    parties: z.array(z.string()),
    draft: z.object({ utilities: z.array(z.number()), accepts: z.array(z.boolean()) }),
    outcomes: Count,
    acceptableToAll: z.record(z.string(), z.unknown()),
    frontier: z.object({
      status: Status,
      points: z.array(z.array(z.number())),
      message: z.string().optional(),
    }),
    acceptableFrontier: z.object({
      status: Status,
      size: z.number().optional(),
      message: z.string().optional(),
    }),
    solutions: z.object({
      nash: SolutionSchema,
      kalaiSmorodinsky: SolutionSchema,
      egalitarian: SolutionSchema,
      maxWelfare: SolutionSchema,
    }),
    smallestChange: z.union([
      z.object({
        status: z.literal('found'),
        changed: z.number(),
        utilities: z.array(z.number()),
        changes: z.array(PointChangeSchema),
        text: z.string(),
        alternatives: z.number(),
      }),
      z.object({ status: z.literal('none'), text: z.string() }),
    ]),
    disagreement: z.enum(['reservation', 'zero', 'negmas']),
    disagreementPoint: z.array(z.number()),
    notes: z.array(z.string()),
    timings: z.record(z.string(), z.number()),
  })
  .meta({ id: 'PlanAnalysis' });

const PartyRef = z.object({ partyId: z.string(), name: z.string() });
const common = {
  versionId: z.string(),
  parties: z.array(
    PartyRef.extend({ draftUtility: z.number(), reservation: z.number(), accepts: z.boolean() }),
  ),
  incomplete: z.array(PartyRef.extend({ points: z.array(z.string()) })),
  missing: z.array(PartyRef),
};

const VersionAnalysisSchema = z
  .discriminatedUnion('scope', [
    z.object({ scope: z.literal('own'), ...common }),
    z.object({
      scope: z.literal('full'),
      ...common,
      analysis: PlanAnalysisSchema.nullable(),
      notes: z.array(z.string()),
    }),
  ])
  .meta({ id: 'VersionAnalysis' });

const domain = createRoute({
  method: 'get',
  path: '/api/versions/{versionId}/domain',
  tags,
  summary:
    "The version's contested points as a negotiation domain (all versions of the plan; this one the draft)",
  request: { params: idParam('versionId') },
  responses: { 200: jsonAnswer(DomainSchema, 'The domain'), ...problemResponses },
});

const analysis = createRoute({
  method: 'get',
  path: '/api/versions/{versionId}/analysis',
  tags,
  summary:
    'The analysis of the version from the valuations the access key may use (mediator: all; party: own)',
  middleware: [needsKey('the analysis')],
  request: {
    params: idParam('versionId'),
    query: z.object({ disagreement: z.enum(['reservation', 'zero', 'negmas']).default('reservation') }),
  },
  responses: {
    200: jsonAnswer(VersionAnalysisSchema, 'The analysis in the caller’s scope'),
    ...problemResponses,
    ...accessProblemResponses,
    503: {
      description: 'The engine stopped at its time or memory limit (analysis-limit)',
      content: { 'application/problem+json': { schema: ProblemSchema } },
    },
  },
});

export function analysisRoutes({ store, engine }: RouteDeps) {
  return newRouter()
    .openapi(domain, async (c) => {
      const { versionId } = c.req.valid('param');
      return c.json(presentDomain(await buildVersionDomain(store, versionId)), 200);
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
