// The demo's role switcher: on a server started with the demo (and only there; without it these routes do not
// exist and answer 404), anyone may view the demo process as any of its illustrative people, to see how what a
// mediator, a delegate, an observer or the public is shown differs. Switching opens a real session for the demo
// account, through the same `openSession` as every sign-in, so the demo shows the real policy at work. A demo
// account holds nothing real: the switcher is a way to try Concord, and the page says so.
import { createRoute, z } from '@hono/zod-openapi';
import { clearSessionCookie } from '../auth/cookies.ts';
import type { DemoPerson } from '../demo/load-demo.ts';
import { loadPrincipal, principalOf } from '../http/principal.ts';
import { jsonAnswer, jsonBody, problemResponses, signInProblemResponses } from '../http/schemas.ts';
import { openSession, type SignInDeps } from '../http/sign-in.ts';
import { presentSessionPrincipal, SessionPrincipal } from '../presenters/session.ts';
import { notFound } from '../problems.ts';
import { newRouter } from './router.ts';

const tags = ['demo'];

const DemoPersonSchema = z
  .object({
    key: z.string(),
    name: z.string(),
    role: z.string().meta({ description: 'the first role, in words ("Delegate of Ukraine")' }),
    description: z.string().meta({ description: 'every role, with its process' }),
  })
  .meta({ id: 'DemoPerson' });

const people = createRoute({
  method: 'get',
  path: '/api/demo/people',
  tags,
  summary: 'The demo’s people, to view the demo as each of them (demo servers only)',
  responses: {
    200: jsonAnswer(z.object({ people: z.array(DemoPersonSchema) }), 'The people'),
    ...problemResponses,
  },
});

const signInAs = createRoute({
  method: 'post',
  path: '/api/demo/sign-in-as',
  tags,
  summary: 'View the demo as one of its people ("public": signed out) (demo servers only)',
  request: { body: jsonBody(z.strictObject({ key: z.string().max(64) })) },
  responses: {
    200: jsonAnswer(z.object({ principal: SessionPrincipal.nullable() }), 'Now viewing as'),
    ...signInProblemResponses,
  },
});

const ROLE_WORDS: Record<string, string> = {
  mediator: 'Mediator',
  delegate: 'Delegate',
  intermediary: 'Intermediary',
  council: 'Council member',
  monitor: 'Monitor',
  donor: 'Donor',
  observer: 'Observer',
};

type Shown = Awaited<ReturnType<typeof presentSessionPrincipal>>;

function roleWords(m: NonNullable<Shown>['memberships'][number]): string {
  const role = ROLE_WORDS[m.role] ?? m.role;
  const rank = m.rank === null ? '' : ` (${m.rank})`;
  const party =
    m.partyName === null ? '' : m.role === 'delegate' ? ` of ${m.partyName}` : ` for ${m.partyName}`;
  return `${role}${rank}${party}`;
}

export function demoRoutes(deps: SignInDeps, demo: { people: DemoPerson[] }) {
  const byKey = new Map(demo.people.map((p) => [p.key, p]));
  return newRouter()
    .openapi(people, async (c) => {
      const shown = await Promise.all(
        demo.people.map(async (person) => {
          const principal = await loadPrincipal(deps.store, person.accountId, {
            kind: 'session',
            id: 'demo',
          });
          const presented = await presentSessionPrincipal(principal, deps.store.readAs(principal));
          const roles = presented?.memberships ?? [];
          return {
            key: person.key,
            name: person.name,
            role: roles[0] === undefined ? 'No role' : roleWords(roles[0]),
            description: roles.map((m) => `${roleWords(m)} in ${m.processTitle}`).join('; '),
          };
        }),
      );
      return c.json({ people: shown }, 200);
    })
    .openapi(signInAs, async (c) => {
      const { key } = c.req.valid('json');
      if (key === 'public') {
        const previous = principalOf(c);
        if (previous?.kind === 'account' && previous.via.kind === 'session')
          await deps.store.sessions.end(previous.via.id, deps.clock().toISOString());
        clearSessionCookie(c, deps.cookies);
        c.set('principal', null);
        return c.json({ principal: null }, 200);
      }
      const person = byKey.get(key);
      if (person === undefined) throw notFound('demo person', key);
      const principal = await openSession(c, deps, person.accountId);
      return c.json(
        { principal: await presentSessionPrincipal(principal, deps.store.readAs(principal)) },
        200,
      );
    });
}
