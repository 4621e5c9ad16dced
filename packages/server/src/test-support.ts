// Helpers for the server's tests: call the app in-process and read JSON back.
import type { Store } from '@concord/db';
import type { OpenAPIHono } from '@hono/zod-openapi';

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers and assert on their shape
export type Answer = { status: number; type: string | null; body: any; headers: Headers };

export async function call(app: OpenAPIHono, method: string, path: string, body?: unknown): Promise<Answer> {
  return callAs(app, null, method, path, body);
}

/** Like `call`, with `Authorization: Bearer <key>` when a key is given. */
export async function callAs(
  app: OpenAPIHono,
  key: string | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (key !== null) headers.authorization = `Bearer ${key}`;
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
export async function seedProcess(app: OpenAPIHono) {
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
