// Signatures on an agreed text: a version's signatures with the canonical hash they sign (readable by whoever
// reads the version; the answer is also the file `concord verify --signatures` checks offline), and signing a
// final version for one's party with one's registered key.
import { VersionSignature, VersionSignatures, VersionSigning } from '@concord/core';
import { versionHash } from '@concord/core/signatures';
import { createRoute } from '@hono/zod-openapi';
import { mustExist } from '../commands/lookups.ts';
import { signVersion } from '../commands/sign-version.ts';
import { idParam, jsonAnswer, jsonBody, problemResponses, writeProblemResponses } from '../http/schemas.ts';
import { commandContext, newRouter, type RouteDeps, readerOf } from './router.ts';
import { accessProblemResponses, needsSignIn } from './valuations.ts';

const tags = ['signatures'];

const list = createRoute({
  method: 'get',
  path: '/api/versions/{versionId}/signatures',
  tags,
  summary:
    "The version's canonical hash and the signatures on it (who signed for which party, with which key)",
  request: { params: idParam('versionId') },
  responses: {
    200: jsonAnswer(VersionSignatures.meta({ id: 'VersionSignatures' }), 'The hash and the signatures'),
    ...problemResponses,
  },
});

const sign = createRoute({
  method: 'post',
  path: '/api/versions/{versionId}/signatures',
  tags,
  summary: 'Sign a final version for your party with your registered key (verified before it is logged)',
  middleware: [needsSignIn('signing a version')],
  request: { params: idParam('versionId'), body: jsonBody(VersionSigning.meta({ id: 'VersionSigning' })) },
  responses: {
    201: jsonAnswer(VersionSignature.meta({ id: 'VersionSignature' }), 'The signature, logged'),
    ...writeProblemResponses,
    ...accessProblemResponses,
  },
});

export function signatureRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(list, async (c) => {
      const { versionId } = c.req.valid('param');
      const reader = readerOf(c, deps);
      await mustExist('version', versionId, (i) => reader.versions.get(i));
      const hash = versionHash(versionId, await reader.points.listByVersion(versionId));
      const items = await reader.keys.signatures(versionId);
      return c.json(
        { format: 'concord.version-signatures/v1' as const, versionId, versionHash: hash, items },
        200,
      );
    })
    .openapi(sign, async (c) => {
      const { versionId } = c.req.valid('param');
      return c.json(await signVersion(commandContext(c, deps), versionId, c.req.valid('json')), 201);
    });
}
