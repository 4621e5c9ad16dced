// Witnesses over HTTP: who witnesses this log and how far (public), registering one (the operator or a
// mediator), and the cosignatures witnesses post (public: the signature is the credential, checked against the
// registered key and the stored checkpoint before anything is kept). GET /api/log/checkpoint serves the stored
// lines as extra signatures on the note (withCosignatures).
import { CosignatureSubmission, WitnessRegistration, WitnessView } from '@concord/core';
import type { Store, StoredCheckpoint, Witness } from '@concord/db';
import { createRoute, z } from '@hono/zod-openapi';
import { addCosignature } from '../commands/add-cosignature.ts';
import { registerWitness } from '../commands/register-witness.ts';
import { jsonAnswer, jsonBody, problemResponses, writeProblemResponses } from '../http/schemas.ts';
import { commandContext, newRouter, type RouteDeps } from './router.ts';
import { accessProblemResponses, needsSignIn } from './valuations.ts';

const tags = ['witnesses'];
const View = WitnessView.meta({ id: 'Witness' });

const list = createRoute({
  method: 'get',
  path: '/api/witnesses',
  tags,
  summary: 'The witnesses registered for this log: how far each has witnessed it, and when',
  responses: { 200: jsonAnswer(z.object({ items: z.array(View) }), 'The witnesses'), ...problemResponses },
});

const register = createRoute({
  method: 'post',
  path: '/api/witnesses',
  tags,
  summary: 'Register a witness by its vkey (the operator or a mediator)',
  middleware: [needsSignIn('registering a witness')],
  request: { body: jsonBody(WitnessRegistration.meta({ id: 'WitnessRegistration' })) },
  responses: { 201: jsonAnswer(View, 'The witness'), ...writeProblemResponses, ...accessProblemResponses },
});

const cosign = createRoute({
  method: 'post',
  path: '/api/log/cosignatures',
  tags,
  summary: 'A witness posts its cosignature (C2SP tlog-cosignature/v1) of a checkpoint this log signed',
  request: { body: jsonBody(CosignatureSubmission.meta({ id: 'CosignatureSubmission' })) },
  responses: {
    201: jsonAnswer(Accepted(), 'Verified and stored'),
    200: jsonAnswer(Accepted(), 'Verified; this witness had already cosigned this size (the first is kept)'),
    ...writeProblemResponses,
  },
});

function Accepted() {
  return z
    .object({ witness: z.string(), size: z.number().int(), cosignedAt: z.string(), stored: z.boolean() })
    .meta({ id: 'CosignatureAccepted' });
}

const present = (w: Witness) => ({
  name: w.name,
  verifierKey: w.verifierKey,
  registeredAt: w.registeredAt,
  witnessed: w.witnessed,
});

/** The checkpoint note with the registered witnesses' cosignature lines of its size appended (C2SP note). */
export async function withCosignatures(
  store: Store,
  checkpoint: StoredCheckpoint,
): Promise<StoredCheckpoint> {
  const lines = await store.witnesses.cosignatureLines(checkpoint.size);
  return lines.length === 0 ? checkpoint : { ...checkpoint, note: `${checkpoint.note}${lines.join('\n')}\n` };
}

export function witnessRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(list, async (c) => c.json({ items: (await deps.store.witnesses.list()).map(present) }, 200))
    .openapi(register, async (c) => {
      const witness = await registerWitness(commandContext(c, deps), c.req.valid('json'));
      return c.json(present(witness), 201);
    })
    .openapi(cosign, async (c) => {
      const accepted = await addCosignature(deps, c.req.valid('json'));
      return c.json(accepted, accepted.stored ? 201 : 200);
    });
}
