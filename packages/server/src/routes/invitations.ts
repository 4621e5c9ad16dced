// Invitations to a process (commands/invite-member.ts, accept-invitation.ts). The link's token is in the 201 answer
// of the create route only; inspect and accept take it in the JSON body (the page reads it from the link's
// fragment), and no answer, problem or log entry repeats it. Accepting is a sign-in: it refuses any cross-origin
// POST (login CSRF), and a newcomer leaves it signed in with a new session.
import { Handle, LIMITS, text } from '@concord/core';
import { createRoute, z } from '@hono/zod-openapi';
import { sameOriginOnly } from '../auth/csrf.ts';
import { acceptInvitation, inspectInvitation } from '../commands/accept-invitation.ts';
import {
  InvitationCreate,
  inviteMember,
  listInvitations,
  revokeInvitation,
} from '../commands/invite-member.ts';
import { LinkToken, Password } from '../http/credential-schemas.ts';
import { loadPrincipal, principalOf } from '../http/principal.ts';
import {
  idParam,
  jsonAnswer,
  jsonBody,
  ProblemSchema,
  problemResponses,
  writeProblemResponses,
} from '../http/schemas.ts';
import { openSession, type SignInDeps } from '../http/sign-in.ts';
import {
  InvitationOffer,
  IssuedInvitation,
  PresentedInvitation,
  presentInvitation,
  presentIssuedInvitation,
  presentOffer,
} from '../presenters/invitation.ts';
import { presentSessionPrincipal, SessionPrincipal } from '../presenters/session.ts';
import { commandContext, newRouter, readerOf } from './router.ts';

/**
 * What the people routes need: the sign-in dependencies of the app (its configured origin, the cookie's security),
 * since invitation links are made on the origin and accepting one signs a newcomer in.
 */
export type PeopleDeps = SignInDeps;

const tags = ['invitations'];

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

const linkProblems = {
  404: problem('No invitation has this token'),
  410: problem('The invitation was used, withdrawn or has expired, or its sender may no longer invite'),
} as const;

const TokenBody = z
  .strictObject({
    /** The `ci_…` token from the invitation link's fragment. */
    token: LinkToken,
  })
  .meta({ id: 'InvitationToken' });

const AcceptBody = z
  .strictObject({
    token: LinkToken,
    /** A newcomer's account, created with the membership; leave it out to accept as the signed-in person. */
    account: z.strictObject({ name: text(LIMITS.name), handle: Handle, password: Password }).optional(),
  })
  .meta({ id: 'InvitationAccept' });

const Accepted = z
  .object({ principal: SessionPrincipal, membershipId: z.string(), processId: z.string() })
  .meta({ id: 'AcceptedInvitation' });

const processParams = idParam('processId');

const create = createRoute({
  method: 'post',
  path: '/api/processes/{processId}/invitations',
  tags,
  summary:
    'Invite someone to a role in a process by a single-use link (its link is shown in this answer only)',
  request: { params: processParams, body: jsonBody(InvitationCreate.meta({ id: 'InvitationCreate' })) },
  responses: {
    201: jsonAnswer(IssuedInvitation, 'The invitation with its link'),
    ...writeProblemResponses,
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/processes/{processId}/invitations',
  tags,
  summary: 'The invitations of a process in every state (never their links)',
  request: { params: processParams },
  responses: {
    200: jsonAnswer(z.object({ invitations: z.array(PresentedInvitation) }), 'Newest first'),
    ...problemResponses,
  },
});

const revoke = createRoute({
  method: 'delete',
  path: '/api/invitations/{invitationId}',
  tags,
  summary: 'Withdraw an invitation that was not used: its link stops working at once',
  request: { params: idParam('invitationId') },
  responses: { 204: { description: 'Withdrawn' }, ...writeProblemResponses },
});

const inspect = createRoute({
  method: 'post',
  path: '/api/invitations/inspect',
  tags,
  summary: 'What an invitation offers, before it is accepted',
  request: { body: jsonBody(TokenBody) },
  responses: {
    200: jsonAnswer(InvitationOffer, 'The offer'),
    ...problemResponses,
    ...linkProblems,
  },
});

const accept = createRoute({
  method: 'post',
  path: '/api/invitations/accept',
  tags,
  summary:
    'Accept an invitation as the signed-in person, or as a newcomer whose account is created (and signed in)',
  request: { body: jsonBody(AcceptBody) },
  responses: {
    200: jsonAnswer(Accepted, 'The membership taken, and who is signed in now'),
    ...writeProblemResponses,
    ...linkProblems,
    403: problem('A cross-origin request (csrf), or an API token instead of a browser session'),
  },
});

export function invitationRoutes(deps: PeopleDeps) {
  const router = newRouter();
  router.use(accept.path, sameOriginOnly({ origin: deps.origin }));
  return router
    .openapi(create, async (c) => {
      const { processId } = c.req.valid('param');
      const issued = await inviteMember(
        commandContext(c, deps),
        { ...c.req.valid('json'), processId },
        { origin: deps.origin },
      );
      return c.json(presentIssuedInvitation(issued), 201);
    })
    .openapi(list, async (c) => {
      const { processId } = c.req.valid('param');
      const invitations = await listInvitations(commandContext(c, deps), { processId });
      return c.json({ invitations: invitations.map(presentInvitation) }, 200);
    })
    .openapi(revoke, async (c) => {
      const { invitationId } = c.req.valid('param');
      await revokeInvitation(commandContext(c, deps), { invitationId });
      return c.body(null, 204);
    })
    .openapi(inspect, async (c) => {
      const offer = await inspectInvitation(commandContext(c, deps), c.req.valid('json'));
      return c.json(presentOffer(offer), 200);
    })
    .openapi(accept, async (c) => {
      const accepted = await acceptInvitation(commandContext(c, deps), c.req.valid('json'));
      const before = principalOf(c);
      let now: Parameters<typeof presentSessionPrincipal>[0];
      if (accepted.newcomer) now = await openSession(c, deps, accepted.accountId);
      else {
        // The signed-in person keeps their session; their principal now holds the new membership.
        const via = before?.kind === 'account' ? before.via : { kind: 'session' as const, id: '' };
        now = await loadPrincipal(deps.store, accepted.accountId, via);
        c.set('principal', now);
      }
      const principal = await presentSessionPrincipal(now, readerOf(c, deps));
      if (principal === null) throw new Error('unreachable: an account accepted the invitation');
      return c.json(
        { principal, membershipId: accepted.membership.id, processId: accepted.membership.processId },
        200,
      );
    });
}
