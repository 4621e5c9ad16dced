// Helpers for the server's tests: call the app in-process and read JSON back, as the public, as a signed-in
// person (a session cookie, sent from the site's own origin) or with a personal API token.
import { type Membership, OPERATOR, type Rank, type Role, uuidv7 } from '@concord/core';
import type { Store } from '@concord/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { DEFAULT_ORIGIN } from './app.ts';
import { SESSION_COOKIE_NAMES } from './auth/cookies.ts';
import { newToken, tokenHash } from './auth/tokens.ts';
import { grantMembership } from './commands/grant-membership.ts';
import { issueApiToken } from './commands/issue-api-token.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers and assert on their shape
export type Answer = { status: number; type: string | null; body: any; headers: Headers };

export async function call(app: OpenAPIHono, method: string, path: string, body?: unknown): Promise<Answer> {
  return callAs(app, null, method, path, body);
}

/** Like `call`, with `Authorization: Bearer <token>` when a token is given. */
export async function callAs(
  app: OpenAPIHono,
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<Answer> {
  return callWith(app, token === null ? {} : { authorization: `Bearer ${token}` }, method, path, body);
}

/** Like `call`, with the given request headers. */
export async function callWith(
  app: OpenAPIHono,
  extra: Record<string, string>,
  method: string,
  path: string,
  body?: unknown,
): Promise<Answer> {
  const headers: Record<string, string> = { ...extra };
  const init: RequestInit = { method, headers };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }
  const res = await app.request(path, init);
  const text = await res.text();
  const type = res.headers.get('content-type');
  const parsed = type?.includes('json') && text.length > 0 ? JSON.parse(text) : text;
  return { status: res.status, type, body: parsed, headers: res.headers };
}

/** A store that fails the test if anything touches it: for routes that must not reach the database. */
export const untouchableStore: Store = new Proxy({} as Store, {
  get(_target, key) {
    throw new Error(`the store was used (${String(key)}) where it must not be`);
  },
});

/** Asserts a problem answer: status, content type and the stable type URI. */
export function isProblem(answer: Answer, status: number, slug: string): boolean {
  return (
    answer.status === status &&
    answer.type === 'application/problem+json' &&
    answer.body?.type === `https://concord.dev/problems/${slug}` &&
    answer.body?.status === status &&
    typeof answer.body?.title === 'string'
  );
}

/** A process with two parties and a plan, created over the API. */
export async function seedProcess(app: OpenAPIHono, call: Caller) {
  const process = (await call(app, 'POST', '/api/processes', { title: 'Russia–Ukraine 2025' })).body;
  const party = async (name: string, kind: string) =>
    (await call(app, 'POST', `/api/processes/${process.id}/parties`, { name, kind })).body;
  const ukraine = await party('Ukraine', 'party');
  const us = await party('United States', 'mediator');
  const plan = (
    await call(app, 'POST', `/api/processes/${process.id}/plans`, {
      title: 'Peace framework',
      mediatorPartyId: us.id,
    })
  ).body;
  return { process, ukraine, us, plan };
}

export type Caller = (app: OpenAPIHono, method: string, path: string, body?: unknown) => Promise<Answer>;

const TEST_AT = () => new Date();

/** A new account made by the operator (on the store, as the CLI does). */
export async function testAccount(store: Store, options: { name?: string; mayOpenProcesses?: boolean } = {}) {
  const id = uuidv7();
  return store.accounts.create(
    {
      name: options.name ?? 'Test person',
      handle: `t-${id.slice(-12)}`,
      mayOpenProcesses: options.mayOpenProcesses ?? false,
    },
    { id, at: TEST_AT().toISOString() },
  );
}

/**
 * A signed-in person's caller: a fresh account (allowed to open processes, so it becomes the lead mediator of
 * every process it opens) with a live session, its cookie sent from the site's own origin.
 */
export async function signedIn(
  store: Store,
  options: { name?: string } = {},
): Promise<Caller & { accountId: string }> {
  const account = await testAccount(store, { name: options.name ?? 'Test mediator', mayOpenProcesses: true });
  const headers = await sessionHeaders(store, account.id);
  const caller: Caller = (app, method, path, body) => callWith(app, headers, method, path, body);
  return Object.assign(caller, { accountId: account.id });
}

/** The headers of a browser signed in as `accountId`: its session cookie, and its own origin. */
export async function sessionHeaders(store: Store, accountId: string): Promise<Record<string, string>> {
  const token = newToken('session');
  await store.sessions.open({
    tokenHash: tokenHash('session', token),
    accountId,
    at: TEST_AT().toISOString(),
    userAgent: 'test',
    address: '127.0.0.1',
  });
  return { cookie: `${SESSION_COOKIE_NAMES.plain}=${token}`, origin: DEFAULT_ORIGIN };
}

/** A new account with one role in a process, granted by the operator; answers an API token acting in it. */
export async function memberToken(
  store: Store,
  processId: string,
  role: Role,
  options: { partyId?: string | null; rank?: Rank | null; name?: string } = {},
): Promise<{ token: string; membership: Membership; accountId: string }> {
  const account = await testAccount(store, { name: options.name ?? `Test ${role}` });
  const ctx = { store, principal: OPERATOR, clock: TEST_AT };
  const membership = await grantMembership(ctx, {
    processId,
    accountId: account.id,
    role,
    rank: options.rank ?? (role === 'mediator' ? 'staff' : role === 'council' ? 'member' : null),
    partyId: options.partyId ?? null,
    name: account.name,
  });
  const issued = await issueApiToken(ctx, { membershipId: membership.id, label: 'test' });
  return { token: issued.token, membership, accountId: account.id };
}
