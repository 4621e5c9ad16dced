// Sealed acceptability over HTTP. A delegate reads and replaces its own party's marks on a version; everyone in
// the process who reads the version reads what every party accepts. Every route needs a signed-in caller,
// checked before the parameters and the body. No answer, header or problem depends on another party's marks.
import { AcceptabilityInput, CommonAcceptability, OwnAcceptability } from '@concord/core';
import { createRoute, z } from '@hono/zod-openapi';
import { markAcceptability } from '../commands/mark-acceptability.ts';
import { readCommonAcceptability, readOwnAcceptability } from '../commands/read-acceptability.ts';
import { idParam, jsonAnswer, jsonBody, problemResponses, writeProblemResponses } from '../http/schemas.ts';
import { commandContext, newRouter, type RouteDeps } from './router.ts';
import { accessProblemResponses, needsSignIn } from './valuations.ts';

const tags = ['acceptability'];
const MarksInput = AcceptabilityInput.meta({ id: 'AcceptabilityInput' });
const PartyQuery = z.object({
  partyId: z.string().optional().meta({
    description: 'The party acted for, when the caller is a delegate of several parties of the process',
  }),
});

const own = createRoute({
  method: 'get',
  path: '/api/versions/{versionId}/acceptability',
  tags,
  summary: "The caller's own party's sealed marks on the version (its delegates only)",
  middleware: [needsSignIn('reading your marks')],
  request: { params: idParam('versionId'), query: PartyQuery },
  responses: {
    200: jsonAnswer(OwnAcceptability, "The party's marks beside every wording it can mark"),
    ...problemResponses,
    ...accessProblemResponses,
  },
});

const mark = createRoute({
  method: 'put',
  path: '/api/versions/{versionId}/acceptability',
  tags,
  summary: "Replace the caller's party's sealed marks on the version (points left out are unmarked)",
  middleware: [needsSignIn('marking acceptable wordings')],
  request: { params: idParam('versionId'), query: PartyQuery, body: jsonBody(MarksInput) },
  responses: {
    200: jsonAnswer(OwnAcceptability, 'The marks as recorded'),
    ...writeProblemResponses,
    ...accessProblemResponses,
  },
});

const common = createRoute({
  method: 'get',
  path: '/api/versions/{versionId}/acceptability/common',
  tags,
  summary:
    'The wordings every party accepts, per point once every party has marked it, and the packages made of them',
  middleware: [needsSignIn('reading what every party accepts')],
  request: { params: idParam('versionId') },
  responses: {
    200: jsonAnswer(CommonAcceptability, 'What every party accepts; nothing about any one party'),
    ...problemResponses,
    ...accessProblemResponses,
  },
});

export function acceptabilityRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(own, async (c) => {
      const { versionId } = c.req.valid('param');
      const { partyId } = c.req.valid('query');
      return c.json(await readOwnAcceptability(commandContext(c, deps), { versionId, partyId }), 200);
    })
    .openapi(mark, async (c) => {
      const { versionId } = c.req.valid('param');
      const { partyId } = c.req.valid('query');
      const body = c.req.valid('json');
      return c.json(await markAcceptability(commandContext(c, deps), { ...body, versionId, partyId }), 200);
    })
    .openapi(common, async (c) => {
      const { versionId } = c.req.valid('param');
      return c.json(await readCommonAcceptability(commandContext(c, deps), { versionId }), 200);
    });
}
