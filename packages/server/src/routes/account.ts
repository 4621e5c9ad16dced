// The signed-in person's own account: password, second factor, passkeys, where they are signed in, and their
// personal API tokens. Browser sessions only (requireSession): an API token acts for one membership and must not
// be able to mint more tokens or change how its holder signs in. What is secret (a password, a TOTP secret after
// enrolment, a token after creation) is never answered again.
import { Id, LIMITS, optionalText } from '@concord/core';
import { createRoute, z } from '@hono/zod-openapi';
import { issueApiToken, revokeApiToken } from '../commands/issue-api-token.ts';
import { Password, TotpCode } from '../http/credential-schemas.ts';
import { accountProblemResponses, idParam, jsonAnswer, jsonBody, noContent } from '../http/schemas.ts';
import { requireSession, type SignInDeps } from '../http/sign-in.ts';
import { notFound } from '../problems.ts';
import { changePassword } from '../sign-in/change-password.ts';
import { beginTotpEnrolment, confirmTotp, removeTotp } from '../sign-in/enrol-totp.ts';
import { beginPasskeyRegistration, finishPasskeyRegistration } from '../sign-in/register-passkey.ts';
import { commandContext, newRouter } from './router.ts';

const tags = ['account'];
const responses = accountProblemResponses;
const done = { 204: noContent, ...responses };

const AccountOverview = z
  .object({
    account: z.object({ id: z.string(), name: z.string(), handle: z.string(), email: z.string().nullable() }),
    hasPassword: z.boolean(),
    totp: z.enum(['none', 'pending', 'enabled']),
    passkeys: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        createdAt: z.string(),
        lastUsedAt: z.string().nullable(),
      }),
    ),
    sessions: z.array(
      z.object({
        id: z.string(),
        current: z.boolean(),
        userAgent: z.string(),
        address: z.string(),
        createdAt: z.string(),
        lastSeenAt: z.string(),
      }),
    ),
    tokens: z.array(
      z.object({ id: z.string(), label: z.string(), membershipId: z.string(), createdAt: z.string() }),
    ),
  })
  .meta({ id: 'AccountOverview' });

const IssuedToken = z
  .object({
    id: z.string(),
    token: z.string(),
    label: z.string(),
    membershipId: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'IssuedApiToken', description: 'The token is shown in this answer only' });

const Code = z.strictObject({ code: TotpCode });

const overview = createRoute({
  method: 'get',
  path: '/api/account',
  tags,
  summary: 'Your account: how you sign in, where you are signed in, your API tokens',
  responses: { 200: jsonAnswer(AccountOverview, 'The account'), ...responses },
});
const password = createRoute({
  method: 'put',
  path: '/api/account/password',
  tags,
  summary: 'Set your password, or change it (with the current one); your other sessions end',
  request: {
    body: jsonBody(
      z.strictObject({
        current: Password.optional(),
        password: Password,
      }),
    ),
  },
  responses: done,
});
const totpBegin = createRoute({
  method: 'post',
  path: '/api/account/totp',
  tags,
  summary: 'Begin setting up an authenticator app: its secret, shown once',
  responses: {
    200: jsonAnswer(z.object({ secret: z.string(), uri: z.string() }), 'The secret and its otpauth URI'),
    ...responses,
  },
});
const totpConfirm = createRoute({
  method: 'post',
  path: '/api/account/totp/confirm',
  tags,
  summary: 'Confirm the authenticator app with a code from it',
  request: { body: jsonBody(Code) },
  responses: done,
});
const totpRemove = createRoute({
  method: 'post',
  path: '/api/account/totp/remove',
  tags,
  summary: 'Remove the authenticator app (with a current code from it)',
  request: { body: jsonBody(Code) },
  responses: done,
});
const passkeyOptions = createRoute({
  method: 'post',
  path: '/api/account/passkeys/options',
  tags,
  summary: 'Begin registering a passkey: options for the browser',
  responses: {
    200: jsonAnswer(
      z.object({ options: z.record(z.string(), z.unknown()) }),
      'For navigator.credentials.create',
    ),
    ...responses,
  },
});
const passkeyAdd = createRoute({
  method: 'post',
  path: '/api/account/passkeys',
  tags,
  summary: 'Register a passkey with the authenticator’s answer',
  request: {
    body: jsonBody(z.strictObject({ response: z.record(z.string(), z.unknown()), name: optionalText(120) })),
  },
  responses: {
    201: jsonAnswer(z.object({ id: z.string(), name: z.string(), createdAt: z.string() }), 'Registered'),
    ...responses,
  },
});
const passkeyRemove = createRoute({
  method: 'delete',
  path: '/api/account/passkeys/{passkeyId}',
  tags,
  summary: 'Remove one of your passkeys',
  request: { params: z.object({ passkeyId: z.string().max(1364) }) },
  responses: done,
});
const sessionEnd = createRoute({
  method: 'delete',
  path: '/api/account/sessions/{sessionId}',
  tags,
  summary: 'Sign out one of your sessions',
  request: { params: idParam('sessionId') },
  responses: done,
});
const tokenIssue = createRoute({
  method: 'post',
  path: '/api/account/tokens',
  tags,
  summary: 'Make a personal API token acting in one of your memberships (shown once)',
  request: { body: jsonBody(z.strictObject({ membershipId: Id, label: optionalText(LIMITS.label) })) },
  responses: { 201: jsonAnswer(IssuedToken, 'The token, this once'), ...responses },
});
const tokenRevoke = createRoute({
  method: 'delete',
  path: '/api/account/tokens/{tokenId}',
  tags,
  summary: 'Revoke one of your API tokens (the next request with it is refused)',
  request: { params: idParam('tokenId') },
  responses: done,
});

export function accountRoutes(deps: SignInDeps) {
  return newRouter()
    .openapi(overview, async (c) => {
      const me = requireSession(c);
      const at = deps.clock().toISOString();
      const [account, hash, totp, passkeys, sessions, tokens] = await Promise.all([
        deps.store.accounts.get(me.accountId),
        deps.store.passwords.get(me.accountId),
        deps.store.totp.status(me.accountId),
        deps.store.passkeys.listFor(me.accountId),
        deps.store.sessions.listFor(me.accountId, at),
        deps.store.apiTokens.list(me.accountId),
      ]);
      if (account === null) throw notFound('account', me.accountId);
      return c.json(
        {
          account: { id: account.id, name: account.name, handle: account.handle, email: account.email },
          hasPassword: hash !== null,
          totp: totp === null ? 'none' : totp.confirmed ? 'enabled' : 'pending',
          passkeys: passkeys.map((k) => ({
            id: k.id,
            name: k.label,
            createdAt: k.createdAt,
            lastUsedAt: k.lastUsedAt,
          })),
          sessions: sessions.map((s) => ({
            id: s.id,
            current: s.id === me.via.id,
            userAgent: s.userAgent,
            address: s.address,
            createdAt: s.createdAt,
            lastSeenAt: s.lastSeenAt,
          })),
          tokens: tokens
            .filter((t) => t.revokedAt === null)
            .map((t) => ({ id: t.id, label: t.label, membershipId: t.membershipId, createdAt: t.createdAt })),
        } as const,
        200,
      );
    })
    .openapi(password, async (c) => {
      const me = requireSession(c);
      await changePassword(deps, { accountId: me.accountId, sessionId: me.via.id }, c.req.valid('json'));
      return c.body(null, 204);
    })
    .openapi(totpBegin, async (c) => c.json(await beginTotpEnrolment(deps, requireSession(c).accountId), 200))
    .openapi(totpConfirm, async (c) => {
      await confirmTotp(deps, requireSession(c).accountId, c.req.valid('json').code);
      return c.body(null, 204);
    })
    .openapi(totpRemove, async (c) => {
      await removeTotp(deps, requireSession(c).accountId, c.req.valid('json').code);
      return c.body(null, 204);
    })
    .openapi(passkeyOptions, async (c) => {
      const me = requireSession(c);
      await deps.pruneChallenges();
      return c.json({ options: await beginPasskeyRegistration(deps, me.accountId) }, 200);
    })
    .openapi(passkeyAdd, async (c) => {
      const me = requireSession(c);
      const { response, name } = c.req.valid('json');
      const added = await finishPasskeyRegistration(deps, me.accountId, {
        response,
        name: name.trim() || 'Passkey',
      });
      return c.json({ id: added.id, name: added.label, createdAt: added.createdAt }, 201);
    })
    .openapi(passkeyRemove, async (c) => {
      const me = requireSession(c);
      const { passkeyId } = c.req.valid('param');
      if (!(await deps.store.passkeys.remove(passkeyId, me.accountId))) throw notFound('passkey', passkeyId);
      return c.body(null, 204);
    })
    .openapi(sessionEnd, async (c) => {
      const me = requireSession(c);
      const { sessionId } = c.req.valid('param');
      const mine = await deps.store.sessions.listFor(me.accountId, deps.clock().toISOString());
      if (!mine.some((s) => s.id === sessionId)) throw notFound('session', sessionId);
      await deps.store.sessions.end(sessionId, deps.clock().toISOString());
      return c.body(null, 204);
    })
    .openapi(tokenIssue, async (c) => {
      requireSession(c);
      const issued = await issueApiToken(commandContext(c, deps), c.req.valid('json'));
      return c.json(issued, 201);
    })
    .openapi(tokenRevoke, async (c) => {
      requireSession(c);
      await revokeApiToken(commandContext(c, deps), c.req.valid('param'));
      return c.body(null, 204);
    });
}
