// Who the caller is, in words the web application can show ("Mediator — Russia–Ukraine 2025").
import { createRoute, z } from '@hono/zod-openapi';
import { principalOf } from '../http/principal.ts';
import { jsonAnswer, problemResponses } from '../http/schemas.ts';
import { newRouter, type RouteDeps } from './router.ts';

const SessionPrincipal = z
  .object({
    role: z.enum(['mediator', 'party']),
    processId: z.string(),
    processTitle: z.string(),
    partyId: z.string().optional(),
    partyName: z.string().optional(),
    label: z.string(),
  })
  .meta({ id: 'SessionPrincipal' });

const session = createRoute({
  method: 'get',
  path: '/api/session',
  tags: ['access'],
  summary: 'Who the access key in the Authorization header stands for (null without one)',
  responses: {
    200: jsonAnswer(z.object({ principal: SessionPrincipal.nullable() }), 'The caller'),
    ...problemResponses,
  },
});

export function sessionRoutes({ store }: RouteDeps) {
  return newRouter().openapi(session, async (c) => {
    const principal = principalOf(c);
    if (principal === null) return c.json({ principal: null }, 200);
    const process = await store.processes.get(principal.processId);
    const party = principal.role === 'party' ? await store.parties.get(principal.partyId) : null;
    return c.json(
      {
        principal: {
          role: principal.role,
          processId: principal.processId,
          processTitle: process?.title ?? '(unknown process)',
          ...(principal.role === 'party'
            ? { partyId: principal.partyId, partyName: party?.name ?? '(unknown party)' }
            : {}),
          label: c.get('accessKey')?.label ?? '',
        },
      },
      200,
    );
  });
}
