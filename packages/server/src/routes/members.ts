// The members of a process, and suspending, reinstating or ending a membership (commands/change-membership.ts).
// The list is read through the caller's scope and allowed by the policy ('read-members' on the process): a
// process the caller cannot see is a 404, one it sees but whose members it may not list a 401/403.
import { MembershipChange } from '@concord/core';
import { createRoute, z } from '@hono/zod-openapi';
import { changeMembership } from '../commands/change-membership.ts';
import { permit } from '../commands/context.ts';
import { mustExist } from '../commands/lookups.ts';
import { principalOf } from '../http/principal.ts';
import { idParam, jsonAnswer, jsonBody, problemResponses, writeProblemResponses } from '../http/schemas.ts';
import { PresentedMember, presentMembers } from '../presenters/member.ts';
import { commandContext, newRouter, type RouteDeps, readerOf } from './router.ts';

const tags = ['members'];

const list = createRoute({
  method: 'get',
  path: '/api/processes/{processId}/members',
  tags,
  summary: 'Who takes part in a process, in which role, and whether the caller may manage each membership',
  request: { params: idParam('processId') },
  responses: {
    200: jsonAnswer(z.object({ members: z.array(PresentedMember) }), 'The memberships, oldest first'),
    ...problemResponses,
  },
});

const change = createRoute({
  method: 'patch',
  path: '/api/memberships/{membershipId}',
  tags,
  summary: 'Suspend, reinstate or end a membership, with a reason (ending is final; the last lead stays)',
  request: {
    params: idParam('membershipId'),
    body: jsonBody(MembershipChange.meta({ id: 'MembershipChange' })),
  },
  responses: { 200: jsonAnswer(PresentedMember, 'The changed membership'), ...writeProblemResponses },
});

export function memberRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(list, async (c) => {
      const { processId } = c.req.valid('param');
      const principal = principalOf(c);
      const reader = readerOf(c, deps);
      const process = await mustExist('process', processId, (id) => reader.processes.get(id));
      permit(
        { principal },
        'read-members',
        'process',
        { processId, audience: process.audience },
        { what: 'process', id: processId },
      );
      const memberships = await reader.memberships.listByProcess(processId);
      return c.json({ members: await presentMembers(memberships, principal, reader) }, 200);
    })
    .openapi(change, async (c) => {
      const { membershipId } = c.req.valid('param');
      const changed = await changeMembership(commandContext(c, deps), {
        ...c.req.valid('json'),
        membershipId,
      });
      const [member] = await presentMembers([changed], principalOf(c), readerOf(c, deps));
      if (member === undefined) throw new Error('unreachable: one membership presented');
      return c.json(member, 200);
    });
}
