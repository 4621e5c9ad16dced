// Signing in and out. Each way in (password with an optional TOTP code, passkey, one-time link) ends in
// `openSession`: a new session token in a new HttpOnly SameSite=Strict cookie, whatever cookie came with the
// request. These routes refuse any POST not coming from the site itself (app.ts: sameOriginOnly), so another site
// cannot sign a visitor into an account of its choosing.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { clientAddress } from '../auth/client-address.ts';
import { clearSessionCookie } from '../auth/cookies.ts';
import { useSignInLink } from '../commands/issue-sign-in-link.ts';
import { LinkToken, Login, Password, TotpCode } from '../http/credential-schemas.ts';
import { principalOf } from '../http/principal.ts';
import { jsonAnswer, jsonBody, noContent, signInProblemResponses } from '../http/schemas.ts';
import { openSession, requireSession, type SignInDeps } from '../http/sign-in.ts';
import { presentSessionPrincipal, SessionPrincipal } from '../presenters/session.ts';
import { beginPasskeySignIn, finishPasskeySignIn } from '../sign-in/passkey-sign-in.ts';
import { signInWithPassword } from '../sign-in/sign-in-with-password.ts';
import { newRouter } from './router.ts';

const tags = ['sign-in'];

export const SignedIn = z.object({ principal: SessionPrincipal }).meta({ id: 'SignedIn' });
/** A passkey answer as @simplewebauthn/browser produces it; checked in depth by the verifier, not here. */
const WebAuthnAnswer = z.record(z.string(), z.unknown()).meta({ id: 'WebAuthnAnswer' });
const WebAuthnOptions = z
  .object({ options: z.record(z.string(), z.unknown()) })
  .meta({ id: 'WebAuthnOptions' });

export const PasswordSignInBody = z
  .strictObject({
    login: Login,
    password: Password,
    totp: TotpCode.optional().meta({ description: '6-digit code, when the account has a second factor' }),
  })
  .meta({ id: 'PasswordSignIn' });

const signedIn = {
  200: jsonAnswer(SignedIn, 'Signed in: the session cookie is set'),
  ...signInProblemResponses,
};
const done = { 204: noContent, ...signInProblemResponses };

const password = createRoute({
  method: 'post',
  path: '/api/auth/password',
  tags,
  summary: 'Sign in with a password (and a TOTP code when the account has one)',
  request: { body: jsonBody(PasswordSignInBody) },
  responses: signedIn,
});

const passkeyOptions = createRoute({
  method: 'post',
  path: '/api/auth/passkey/options',
  tags,
  summary: 'Begin a passkey sign-in: options for the browser, with a single-use challenge',
  responses: {
    200: jsonAnswer(WebAuthnOptions, 'Options for navigator.credentials.get'),
    ...signInProblemResponses,
  },
});

const passkey = createRoute({
  method: 'post',
  path: '/api/auth/passkey',
  tags,
  summary: 'Finish a passkey sign-in with the authenticator’s answer',
  request: { body: jsonBody(z.strictObject({ response: WebAuthnAnswer })) },
  responses: signedIn,
});

const link = createRoute({
  method: 'post',
  path: '/api/auth/link',
  tags,
  summary: 'Sign in once with a one-time sign-in link (its token, from the link’s fragment)',
  request: { body: jsonBody(z.strictObject({ token: LinkToken })) },
  responses: signedIn,
});

const signOut = createRoute({
  method: 'post',
  path: '/api/auth/sign-out',
  tags,
  summary: 'Sign out of this browser',
  responses: done,
});

const signOutEverywhere = createRoute({
  method: 'post',
  path: '/api/auth/sign-out-everywhere',
  tags,
  summary: 'End every session of the signed-in account, this one included',
  responses: done,
});

async function signedInAnswer(c: Context, deps: SignInDeps, accountId: string) {
  const principal = await openSession(c, deps, accountId);
  return {
    principal: (await presentSessionPrincipal(principal, deps.store.readAs(principal))) as SessionPrincipal,
  };
}

export function authRoutes(deps: SignInDeps) {
  return newRouter()
    .openapi(password, async (c) => {
      const accountId = await signInWithPassword(deps, c.req.valid('json'), clientAddress(c));
      return c.json(await signedInAnswer(c, deps, accountId), 200);
    })
    .openapi(passkeyOptions, async (c) => {
      await deps.pruneChallenges();
      return c.json({ options: await beginPasskeySignIn(deps) }, 200);
    })
    .openapi(passkey, async (c) => {
      const accountId = await finishPasskeySignIn(deps, c.req.valid('json').response, clientAddress(c));
      return c.json(await signedInAnswer(c, deps, accountId), 200);
    })
    .openapi(link, async (c) => {
      const accountId = await useSignInLink(
        deps.store,
        c.req.valid('json').token,
        deps.clock().toISOString(),
      );
      return c.json(await signedInAnswer(c, deps, accountId), 200);
    })
    .openapi(signOut, async (c) => {
      const principal = principalOf(c);
      if (principal?.kind === 'account' && principal.via.kind === 'session')
        await deps.store.sessions.end(principal.via.id, deps.clock().toISOString());
      clearSessionCookie(c, deps.cookies);
      return c.body(null, 204);
    })
    .openapi(signOutEverywhere, async (c) => {
      const principal = requireSession(c);
      await deps.store.sessions.endAllFor(principal.accountId, deps.clock().toISOString());
      clearSessionCookie(c, deps.cookies);
      return c.body(null, 204);
    });
}
