// Account signing keys over HTTP: anyone reads an account's keys with their validity periods (public keys and
// the log entries that registered them are public); the signed-in account registers its first key, rotates it
// (the new key approved by the old one) and revokes it with a reason. Each write is one log entry.
import { AccountKey, Id, KeyRegistration, KeyRevocation, KeyRotation } from '@concord/core';
import { createRoute, z } from '@hono/zod-openapi';
import { registerKey } from '../commands/register-key.ts';
import { revokeKey } from '../commands/revoke-key.ts';
import { rotateKey } from '../commands/rotate-key.ts';
import { idParam, jsonAnswer, jsonBody, problemResponses, writeProblemResponses } from '../http/schemas.ts';
import { commandContext, newRouter, type RouteDeps } from './router.ts';
import { accessProblemResponses, needsSignIn } from './valuations.ts';

const tags = ['keys'];
const View = AccountKey.meta({ id: 'AccountKey' });
const keyParam = z.object({ keyId: Id });

const list = createRoute({
  method: 'get',
  path: '/api/accounts/{accountId}/keys',
  tags,
  summary:
    "An account's signing keys, oldest first, each valid from its registration until rotated or revoked",
  request: { params: idParam('accountId') },
  responses: { 200: jsonAnswer(z.object({ items: z.array(View) }), 'The keys'), ...problemResponses },
});

const register = createRoute({
  method: 'post',
  path: '/api/keys',
  tags,
  summary: 'Register a public key for your account (when it holds no valid key; otherwise rotate)',
  middleware: [needsSignIn('registering a key')],
  request: { body: jsonBody(KeyRegistration.meta({ id: 'KeyRegistration' })) },
  responses: { 201: jsonAnswer(View, 'The key'), ...writeProblemResponses, ...accessProblemResponses },
});

const rotate = createRoute({
  method: 'post',
  path: '/api/keys/{keyId}/rotation',
  tags,
  summary: 'Replace your valid key by a new one, approved by a signature of the old key',
  middleware: [needsSignIn('rotating a key')],
  request: { params: keyParam, body: jsonBody(KeyRotation.meta({ id: 'KeyRotation' })) },
  responses: { 201: jsonAnswer(View, 'The new key'), ...writeProblemResponses, ...accessProblemResponses },
});

const revoke = createRoute({
  method: 'post',
  path: '/api/keys/{keyId}/revocation',
  tags,
  summary: 'Revoke one of your keys, with a reason; it signs nothing after',
  middleware: [needsSignIn('revoking a key')],
  request: { params: keyParam, body: jsonBody(KeyRevocation.meta({ id: 'KeyRevocation' })) },
  responses: {
    200: jsonAnswer(View, 'The revoked key'),
    ...writeProblemResponses,
    ...accessProblemResponses,
  },
});

export function keyRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(list, async (c) => {
      const items = await deps.store.keys.listByAccount(c.req.valid('param').accountId);
      return c.json({ items }, 200);
    })
    .openapi(register, async (c) =>
      c.json(await registerKey(commandContext(c, deps), c.req.valid('json')), 201),
    )
    .openapi(rotate, async (c) => {
      const key = await rotateKey(commandContext(c, deps), c.req.valid('param').keyId, c.req.valid('json'));
      return c.json(key, 201);
    })
    .openapi(revoke, async (c) => {
      const key = await revokeKey(commandContext(c, deps), c.req.valid('param').keyId, c.req.valid('json'));
      return c.json(key, 200);
    });
}
