// Invitations to a process: whoever may manage its members (its lead mediator, or the operator) offers a role
// by a single-use link with an expiry, instead of granting it to an account they would first have to know. The
// offer is configuration beside the log (its e-mail address never enters the record); the membership it leads to
// is logged when the invitation is accepted (accept-invitation.ts). Listing and withdrawing invitations need the
// same right as making them. The link is in the answer once and never again: only its hash is stored.
import { Email, Id, type Membership, MembershipGrant, Rank, Role, uuidv7 } from '@concord/core';
import { type InvitationState, invitationState, type MembershipInvitation } from '@concord/db';
import { z } from 'zod';
import { conflict, notFound, ruleBroken, unauthenticated } from '../problems.ts';
import { validate } from '../validate.ts';
import { type Addressed, type CommandContext, permit } from './context.ts';
import { LINK_HOURS, newLink } from './invitation-links.ts';
import { processSubject } from './subjects.ts';

export const INVITATION_DEFAULT_HOURS = 72;

/** What an inviter asks for: the membership to offer, where the link was sent, and how long it lasts. */
export const InvitationCreate = z.strictObject({
  role: Role,
  rank: Rank.nullable().default(null),
  partyId: Id.nullable().default(null),
  /** The person's name as it will be shown in the process. */
  name: z.string(),
  /** Where the inviter sends the link (kept for the list of invitations; nothing is sent by the server). */
  email: Email.nullable().default(null),
  expiresInHours: z.number().int().min(LINK_HOURS.min).max(LINK_HOURS.max).default(INVITATION_DEFAULT_HOURS),
});
export type InvitationCreateInput = z.input<typeof InvitationCreate>;

export type IssuedInvitation = {
  id: string;
  /** `${origin}/invite#ci_…`: shown once, never stored. */
  link: string;
  expiresAt: string;
  role: Membership['role'];
  rank: Membership['rank'];
  partyId: string | null;
  name: string;
  email: string | null;
};

/** An invitation as its process's managers see it: never its token. */
export type InvitationSummary = Omit<MembershipInvitation, 'kind'> & { state: InvitationState };

async function managedProcess(
  ctx: CommandContext,
  processId: string,
  addressed: Addressed = { what: 'process', id: processId },
) {
  // Like every write, the public is told to sign in before anything is looked up.
  if (ctx.principal === null) throw unauthenticated('managing members needs you to sign in');
  const subject = await processSubject(ctx.store, processId);
  permit(ctx, 'manage-members', 'process', subject.resource, addressed);
  return subject.entity;
}

export async function inviteMember(
  ctx: CommandContext,
  input: { processId: string } & InvitationCreateInput,
  options: { origin: string },
): Promise<IssuedInvitation> {
  const { processId: rawId, ...fields } = (input ?? {}) as { processId: string } & InvitationCreateInput;
  const processId = validate(Id, rawId, ['processId']);
  const offer = validate(InvitationCreate, fields);
  // The membership rules (a delegate names its party, a mediator has a rank, …) are the grant's own, checked
  // now so that an invitation never offers what could not be granted.
  const grant = validate(MembershipGrant, {
    accountId: uuidv7(ctx.clock().getTime()),
    role: offer.role,
    rank: offer.rank,
    partyId: offer.partyId,
    name: offer.name,
  });
  await managedProcess(ctx, processId);
  if (grant.partyId !== null) {
    const party = await ctx.store.parties.get(grant.partyId);
    if (party === null || party.processId !== processId)
      throw ruleBroken('the party is not a party of this process', [
        { path: 'partyId', message: 'must be a party of the same process' },
      ]);
  }
  const now = ctx.clock();
  const { link, tokenHash } = newLink('membership', options.origin);
  const created = await ctx.store.invitations.create({
    kind: 'membership',
    tokenHash,
    processId,
    role: grant.role,
    rank: grant.rank,
    partyId: grant.partyId,
    name: grant.name,
    email: offer.email,
    invitedBy: ctx.principal?.kind === 'account' ? ctx.principal.accountId : null,
    at: now.toISOString(),
    expiresAt: new Date(now.getTime() + offer.expiresInHours * 3_600_000).toISOString(),
  });
  return {
    id: created.id,
    link,
    expiresAt: created.expiresAt,
    role: grant.role,
    rank: grant.rank,
    partyId: grant.partyId,
    name: grant.name,
    email: offer.email,
  };
}

export async function listInvitations(
  ctx: CommandContext,
  input: { processId: string },
): Promise<InvitationSummary[]> {
  const processId = validate(Id, input?.processId, ['processId']);
  await managedProcess(ctx, processId);
  const at = ctx.clock().toISOString();
  const invitations = await ctx.store.invitations.listByProcess(processId);
  return invitations.flatMap((i) => {
    if (i.kind !== 'membership') return [];
    const { kind: _kind, ...rest } = i;
    return [{ ...rest, state: invitationState(i, at) }];
  });
}

/**
 * Withdraws an invitation that was not used yet: its link stops working at once. Without `processId` (DELETE
 * /api/invitations/{id}), the process is the invitation's own, and every refusal to someone who may not see
 * that process is a 404 naming the invitation only, so its process's id does not leak.
 */
export async function revokeInvitation(
  ctx: CommandContext,
  input: { processId?: string; invitationId: string },
): Promise<void> {
  const invitationId = validate(Id, input?.invitationId, ['invitationId']);
  let processId: string;
  let invitation: Awaited<ReturnType<typeof ctx.store.invitations.get>>;
  if (input?.processId === undefined) {
    invitation = await ctx.store.invitations.get(invitationId);
    if (invitation === null || invitation.kind !== 'membership') throw notFound('invitation', invitationId);
    processId = invitation.processId;
    await managedProcess(ctx, processId, { what: 'invitation', id: invitationId });
  } else {
    processId = validate(Id, input.processId, ['processId']);
    await managedProcess(ctx, processId);
    invitation = await ctx.store.invitations.get(invitationId);
  }
  if (invitation === null || invitation.kind !== 'membership' || invitation.processId !== processId)
    throw notFound('invitation', invitationId);
  if (!(await ctx.store.invitations.revoke(invitationId, ctx.clock().toISOString())))
    throw conflict(`this invitation was already ${invitation.usedAt !== null ? 'used' : 'withdrawn'}`);
}
