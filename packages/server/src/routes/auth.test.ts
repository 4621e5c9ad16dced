// Signing in and out over HTTP, on both stores: password (generic failure, rate limit, TOTP), passkeys with a
// software authenticator, one-time links, session fixation, login CSRF, sign-out (everywhere), and the account
// routes (password change, TOTP enrolment, API tokens shown once and revoked at once). No answer ever carries a
// password, a TOTP secret after enrolment, or a token after creation.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { uuidv7 } from '@concord/core';
import { databaseTargets, type Store } from '@concord/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createApp, DEFAULT_ORIGIN } from '../app.ts';
import { SESSION_COOKIE_NAMES } from '../auth/cookies.ts';
import { hashPassword } from '../auth/password.ts';
import { SoftAuthenticator } from '../auth/soft-authenticator.ts';
import { newToken } from '../auth/tokens.ts';
import { totpCode } from '../auth/totp.ts';
import { issueSignInLink } from '../commands/issue-sign-in-link.ts';
import {
  type Answer,
  callWith,
  isProblem,
  memberToken,
  sessionHeaders,
  testAccount,
} from '../test-support.ts';

const PASSWORD = 'correct horse battery staple';
const ORIGIN = { origin: DEFAULT_ORIGIN };

/** The session token a Set-Cookie header sets, or null ('' when it clears the cookie). */
function cookieSet(answer: Answer): string | null {
  const header = answer.headers.get('set-cookie');
  if (header === null) return null;
  const m = new RegExp(`${SESSION_COOKIE_NAMES.plain}=([^;]*)`).exec(header);
  return m ? (m[1] as string) : null;
}

function asCookie(token: string) {
  return { ...ORIGIN, cookie: `${SESSION_COOKIE_NAMES.plain}=${token}` };
}

for (const target of databaseTargets()) {
  describe(`sign-in routes (${target.name})`, () => {
    let store: Store;
    let app: OpenAPIHono;
    let now = new Date('2026-03-01T09:00:00Z');
    const clock = () => new Date(now);
    const advance = (ms: number) => {
      now = new Date(now.getTime() + ms);
    };
    const post = (path: string, body: unknown, headers: Record<string, string> = ORIGIN) =>
      callWith(app, headers, 'POST', path, body);

    async function personWithPassword(name = 'Olena') {
      const account = await testAccount(store, { name });
      await store.passwords.set(account.id, await hashPassword(PASSWORD), clock().toISOString());
      return account;
    }

    before(async () => {
      store = await target.open();
      app = createApp({ store, clock });
    });
    after(() => store.close());

    test('a right password opens a session in an HttpOnly SameSite=Strict cookie; the session names the person', async () => {
      const account = await personWithPassword();
      const answer = await post('/api/auth/password', {
        login: account.handle.toUpperCase(),
        password: PASSWORD,
      });
      assert.equal(answer.status, 200);
      assert.equal(answer.body.principal.accountId, account.id);
      const setCookie = answer.headers.get('set-cookie') ?? '';
      assert.match(setCookie, /HttpOnly/);
      assert.match(setCookie, /SameSite=Strict/);
      assert.doesNotMatch(setCookie, /Secure/, 'plain http on localhost cannot have Secure cookies');
      const token = cookieSet(answer) as string;
      const session = await callWith(app, asCookie(token), 'GET', '/api/session');
      assert.equal(session.body.principal.accountId, account.id);
      assert.equal(session.body.principal.via, 'session');
      assert.ok(!JSON.stringify(answer.body).includes(PASSWORD));
    });

    test('over https the cookie is Secure and __Host- prefixed', async () => {
      const account = await personWithPassword();
      const secure = createApp({ store, clock, origin: 'https://concord.example' });
      const answer = await callWith(
        secure,
        { origin: 'https://concord.example' },
        'POST',
        '/api/auth/password',
        {
          login: account.handle,
          password: PASSWORD,
        },
      );
      assert.equal(answer.status, 200);
      assert.match(answer.headers.get('set-cookie') ?? '', /^__Host-concord_session=cs_[^;]+;.*Secure/);
    });

    test('a wrong password, an unknown login and a disabled account get one and the same answer', async () => {
      const account = await personWithPassword();
      const disabled = await personWithPassword('Gone');
      await store.accounts.disable(disabled.id, clock().toISOString());
      const answers = [
        await post('/api/auth/password', { login: account.handle, password: 'wrong password!' }),
        await post('/api/auth/password', { login: `nobody-${uuidv7().slice(-8)}`, password: PASSWORD }),
        await post('/api/auth/password', { login: disabled.handle, password: PASSWORD }),
      ];
      for (const a of answers) {
        assert.ok(isProblem(a, 401, 'sign-in-failed'), JSON.stringify(a.body));
        assert.equal(a.body.detail, answers[0]?.body.detail);
        assert.equal(cookieSet(a), null, 'no cookie');
      }
    });

    test('brute force: the sixth try on one account within 15 minutes is refused with Retry-After, even when right', async () => {
      const account = await personWithPassword();
      for (let i = 0; i < 5; i++)
        assert.equal(
          (await post('/api/auth/password', { login: account.handle, password: `guess number ${i}` })).status,
          401,
        );
      const blocked = await post('/api/auth/password', { login: account.handle, password: PASSWORD });
      assert.ok(isProblem(blocked, 429, 'too-many-attempts'));
      assert.ok(Number(blocked.headers.get('retry-after')) > 0);
      assert.equal(cookieSet(blocked), null);
      advance(15 * 60_000 + 1000);
      assert.equal(
        (await post('/api/auth/password', { login: account.handle, password: PASSWORD })).status,
        200,
      );
    });

    test('brute force across accounts: one address gets twenty tries per window', async () => {
      const other = createApp({ store, clock });
      let last: Answer | undefined;
      for (let i = 0; i < 21; i++)
        last = await callWith(other, ORIGIN, 'POST', '/api/auth/password', {
          login: `spray-${i}`,
          password: 'Password123!',
        });
      assert.ok(last && isProblem(last, 429, 'too-many-attempts'));
    });

    test('session fixation: a cookie the browser already had is never adopted; its session ends', async () => {
      const account = await personWithPassword();
      const planted = newToken('session');
      const signedIn = await post(
        '/api/auth/password',
        { login: account.handle, password: PASSWORD },
        asCookie(planted),
      );
      assert.equal(signedIn.status, 200);
      assert.notEqual(cookieSet(signedIn), planted);
      // A live session in the browser (someone else's) is ended, not carried on.
      const earlier = await personWithPassword('Earlier');
      const earlierToken = cookieSet(
        await post('/api/auth/password', { login: earlier.handle, password: PASSWORD }),
      ) as string;
      const switched = await post(
        '/api/auth/password',
        { login: account.handle, password: PASSWORD },
        asCookie(earlierToken),
      );
      assert.notEqual(cookieSet(switched), earlierToken);
      assert.equal((await callWith(app, asCookie(earlierToken), 'GET', '/api/session')).body.principal, null);
    });

    test('login CSRF: a sign-in posted from another site is refused and opens nothing', async () => {
      const account = await personWithPassword();
      for (const headers of [{ origin: 'https://evil.example' }, {}] as Record<string, string>[]) {
        const answer = await post(
          '/api/auth/password',
          { login: account.handle, password: PASSWORD },
          headers,
        );
        assert.ok(isProblem(answer, 403, 'csrf'));
        assert.equal(cookieSet(answer), null);
      }
      const viaSite = await post(
        '/api/auth/password',
        { login: account.handle, password: PASSWORD },
        { 'sec-fetch-site': 'same-origin' },
      );
      assert.equal(viaSite.status, 200, 'a browser that sends Sec-Fetch-Site instead of Origin');
    });

    test('sign out ends this session; sign out everywhere ends them all', async () => {
      const account = await personWithPassword();
      const one = cookieSet(
        await post('/api/auth/password', { login: account.handle, password: PASSWORD }),
      ) as string;
      const two = cookieSet(
        await post('/api/auth/password', { login: account.handle, password: PASSWORD }),
      ) as string;
      const three = cookieSet(
        await post('/api/auth/password', { login: account.handle, password: PASSWORD }),
      ) as string;
      const out = await post('/api/auth/sign-out', undefined, asCookie(one));
      assert.equal(out.status, 204);
      assert.equal(cookieSet(out), '', 'the cookie is cleared');
      const late = await callWith(app, asCookie(one), 'GET', '/api/session');
      assert.equal(late.body.principal, null);
      // A request still carrying the ended session does not clear the cookie: a newer one may have been set since.
      assert.equal(cookieSet(late), null, 'no cookie set or cleared by an ended session');
      assert.equal(
        (await callWith(app, asCookie(two), 'GET', '/api/session')).body.principal.accountId,
        account.id,
      );
      assert.equal((await post('/api/auth/sign-out-everywhere', undefined, asCookie(two))).status, 204);
      for (const token of [two, three])
        assert.equal((await callWith(app, asCookie(token), 'GET', '/api/session')).body.principal, null);
    });

    test('TOTP: enrol, confirm, then sign-in needs a fresh code; a code works once', async () => {
      const account = await personWithPassword();
      const headers = { ...(await sessionHeaders(store, account.id)) };
      const begun = await callWith(app, headers, 'POST', '/api/account/totp');
      assert.equal(begun.status, 200);
      const { secret, uri } = begun.body as { secret: string; uri: string };
      assert.match(uri, /^otpauth:\/\/totp\//);
      assert.ok(
        isProblem(
          await callWith(app, headers, 'POST', '/api/account/totp/confirm', { code: '000000' }),
          401,
          'second-factor-failed',
        ),
      );
      const confirm = await callWith(app, headers, 'POST', '/api/account/totp/confirm', {
        code: totpCode({ secret, now: clock() }),
      });
      assert.equal(confirm.status, 204);
      const overview = await callWith(app, headers, 'GET', '/api/account');
      assert.equal(overview.body.totp, 'enabled');
      assert.ok(!JSON.stringify(overview.body).includes(secret), 'the secret is never answered again');
      advance(60_000);
      const needsCode = await post('/api/auth/password', { login: account.handle, password: PASSWORD });
      assert.ok(isProblem(needsCode, 401, 'second-factor-required'));
      assert.equal(cookieSet(needsCode), null);
      const code = totpCode({ secret, now: clock() });
      assert.equal(
        (await post('/api/auth/password', { login: account.handle, password: PASSWORD, totp: code })).status,
        200,
      );
      const replay = await post('/api/auth/password', {
        login: account.handle,
        password: PASSWORD,
        totp: code,
      });
      assert.ok(isProblem(replay, 401, 'second-factor-failed'));
      const wrongPassword = await post('/api/auth/password', {
        login: account.handle,
        password: 'wrong password!',
        totp: code,
      });
      assert.ok(
        isProblem(wrongPassword, 401, 'sign-in-failed'),
        'a wrong password never reveals the second factor',
      );
    });

    test('passkeys: register while signed in, then sign in with it alone; an answer works once', async () => {
      const account = await personWithPassword();
      const headers = await sessionHeaders(store, account.id);
      const authenticator = new SoftAuthenticator({ origin: DEFAULT_ORIGIN, rpID: 'localhost' });
      const options = (await callWith(app, headers, 'POST', '/api/account/passkeys/options')).body.options;
      const registered = await callWith(app, headers, 'POST', '/api/account/passkeys', {
        response: authenticator.register(options),
        name: 'Laptop',
      });
      assert.equal(registered.status, 201, JSON.stringify(registered.body));
      assert.equal(registered.body.name, 'Laptop');
      const signInOptions = (await post('/api/auth/passkey/options', undefined)).body.options;
      const answer = authenticator.authenticate(signInOptions);
      const signedIn = await post('/api/auth/passkey', { response: answer });
      assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));
      assert.equal(signedIn.body.principal.accountId, account.id);
      assert.ok(
        isProblem(await post('/api/auth/passkey', { response: answer }), 401, 'passkey-failed'),
        'replayed',
      );
      const stranger = new SoftAuthenticator({ origin: DEFAULT_ORIGIN, rpID: 'localhost' });
      const strangerAnswer = stranger.authenticate(
        (await post('/api/auth/passkey/options', undefined)).body.options,
      );
      assert.ok(
        isProblem(await post('/api/auth/passkey', { response: strangerAnswer }), 401, 'passkey-failed'),
      );
      const phished = new SoftAuthenticator({ origin: 'https://evil.example', rpID: 'localhost' });
      const phishedOptions = (await callWith(app, headers, 'POST', '/api/account/passkeys/options')).body
        .options;
      const refused = await callWith(app, headers, 'POST', '/api/account/passkeys', {
        response: phished.register(phishedOptions),
        name: 'x',
      });
      assert.ok(isProblem(refused, 422, 'passkey-refused'), 'an answer made for another origin');
    });

    test('a one-time sign-in link works once and not after it expires', async () => {
      const account = await testAccount(store, { name: 'Owner' });
      const issued = await issueSignInLink(store, account.id, { origin: DEFAULT_ORIGIN, clock });
      const token = issued.link.split('#')[1] as string;
      const used = await post('/api/auth/link', { token });
      assert.equal(used.status, 200);
      assert.equal(used.body.principal.accountId, account.id);
      assert.ok(isProblem(await post('/api/auth/link', { token }), 410, 'invitation-expired'));
      const late = await issueSignInLink(store, account.id, { origin: DEFAULT_ORIGIN, clock, hours: 1 });
      advance(3_600_000 + 1000);
      const expired = await post('/api/auth/link', { token: late.link.split('#')[1] });
      assert.ok(isProblem(expired, 410, 'invitation-expired'));
      assert.equal(cookieSet(expired), null);
      assert.ok(isProblem(await post('/api/auth/link', { token: newToken('link') }), 404, 'not-found'));
    });

    test('changing a password needs the current one and ends the other sessions', async () => {
      const account = await personWithPassword();
      const mine = await sessionHeaders(store, account.id);
      const other = await sessionHeaders(store, account.id);
      const wrong = await callWith(app, mine, 'PUT', '/api/account/password', {
        current: 'not it at all',
        password: 'a new long password',
      });
      assert.ok(isProblem(wrong, 403, 'current-password-wrong'));
      const short = await callWith(app, mine, 'PUT', '/api/account/password', {
        current: PASSWORD,
        password: 'short',
      });
      assert.equal(short.status, 422);
      const changed = await callWith(app, mine, 'PUT', '/api/account/password', {
        current: PASSWORD,
        password: 'a new long password',
      });
      assert.equal(changed.status, 204);
      assert.equal((await callWith(app, other, 'GET', '/api/session')).body.principal, null);
      assert.equal((await callWith(app, mine, 'GET', '/api/session')).body.principal.accountId, account.id);
      assert.equal(
        (await post('/api/auth/password', { login: account.handle, password: 'a new long password' })).status,
        200,
      );
    });

    test('API tokens: made from a session for one membership, shown once, refused the moment they are revoked', async () => {
      const holder = await memberToken(store, (await openedProcess()).id, 'observer');
      const mine = await sessionHeaders(store, holder.accountId);
      const made = await callWith(app, mine, 'POST', '/api/account/tokens', {
        membershipId: holder.membership.id,
        label: 'laptop',
      });
      assert.equal(made.status, 201);
      const token = made.body.token as string;
      assert.match(token, /^ct_/);
      const bearer = { authorization: `Bearer ${token}` };
      assert.equal((await callWith(app, bearer, 'GET', '/api/session')).body.principal.via, 'token');
      const overview = await callWith(app, mine, 'GET', '/api/account');
      assert.ok(overview.body.tokens.some((t: { id: string }) => t.id === made.body.id));
      assert.ok(!JSON.stringify(overview.body).includes(token), 'listed without the secret');
      assert.ok(
        isProblem(await callWith(app, bearer, 'GET', '/api/account'), 403, 'forbidden'),
        'a token cannot manage the account',
      );
      assert.ok(
        isProblem(
          await callWith(app, bearer, 'POST', '/api/account/tokens', {
            membershipId: holder.membership.id,
            label: 'more',
          }),
          403,
          'forbidden',
        ),
      );
      assert.equal((await callWith(app, mine, 'DELETE', `/api/account/tokens/${made.body.id}`)).status, 204);
      assert.ok(isProblem(await callWith(app, bearer, 'GET', '/api/session'), 401, 'unauthenticated'));
      const stranger = await sessionHeaders(store, (await testAccount(store)).id);
      assert.equal(
        (
          await callWith(app, stranger, 'POST', '/api/account/tokens', {
            membershipId: holder.membership.id,
            label: 'x',
          })
        ).status,
        404,
      );
    });

    test('the account routes need a session; the public gets 401', async () => {
      assert.ok(isProblem(await callWith(app, {}, 'GET', '/api/account'), 401, 'unauthenticated'));
      assert.ok(isProblem(await callWith(app, ORIGIN, 'POST', '/api/account/totp'), 401, 'unauthenticated'));
    });

    test('without the demo there is no role switcher', async () => {
      assert.equal((await callWith(app, {}, 'GET', '/api/demo/people')).status, 404);
      assert.equal((await post('/api/demo/sign-in-as', { key: 'us-mediator' })).status, 404);
    });

    async function openedProcess() {
      const owner = await testAccount(store, { mayOpenProcesses: true });
      const created = await callWith(app, await sessionHeaders(store, owner.id), 'POST', '/api/processes', {
        title: 'Talks',
      });
      assert.equal(created.status, 201);
      return created.body as { id: string };
    }
  });
}
