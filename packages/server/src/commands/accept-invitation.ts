// Accepting an invitation: the link's holder takes the offered role, as the account they are signed in with or
// as a newcomer whose account (with a password) is created in the same request. The membership is logged like
// any grant, as one `membership.granted` event.
//
// Who the event names as its actor: `account:<the accepting account>`, not the inviter and not the operator. The
// invitation is the authority for the grant: the lead mediator (or operator) who made it exercised the right to
// manage members when making it, and the invitation row keeps who made it and who used it. But at the moment
// the membership comes into being, the one acting is the person accepting; recording the inviter as the actor
// would claim they did something at a time they did not, and recording the operator would claim an authority
// that was never used. So the log says plainly: this account took this role, at this time. An inviter who has
// since lost the right to manage the process's members no longer lends it: their open invitations stop working.
//
// Order, so that a link that is expired, used or withdrawn writes nothing, and a link works once: every check
// that needs no write comes first (the link, the inviter's right, the newcomer's fields and password, an existing
// membership); then the link is consumed by one conditional update; then the newcomer's account is created; then
// the event is appended. If anything after the consume fails, the link is released (it can be used again) and a
// newcomer's half-made account is disabled (it holds no membership and no one has signed in with it).
import {
  AccountCreate,
  authorize,
  Id,
  type Membership,
  newEvent,
  type Party,
  PROCESS,
  type Process,
  uuidv7,
} from '@concord/core';
import type { MembershipInvitation } from '@concord/db';
import { hashPassword, PasswordRefused, passwordIssue } from '../auth/password.ts';
import { loadPrincipal } from '../http/principal.ts';
import { conflict, forbidden, invitationExpired, ruleBroken, unauthenticated } from '../problems.ts';
import { validate } from '../validate.ts';
import type { CommandContext } from './context.ts';
import { findOpenLink, goneNow } from './invitation-links.ts';
import { mustExist } from './lookups.ts';

export type NewcomerInput = { name: string; handle: string; password: string };

export type AcceptInvitationInput = {
  token: string;
  /** A newcomer's account, created with the membership; absent when the signed-in person accepts. */
  account?: NewcomerInput;
};

export type AcceptedInvitation = { membership: Membership; accountId: string; newcomer: boolean };

/** What an open invitation offers, for the page that shows it before it is accepted. */
export type InvitationOffer = {
  processId: string;
  processTitle: string;
  role: Membership['role'];
  rank: Membership['rank'];
  partyId: string | null;
  partyName: string | null;
  name: string;
  expiresAt: string;
};

// The offer as it stands: its process and party, and its inviter still allowed to manage members.
async function openOffer(
  ctx: CommandContext,
  token: unknown,
  at: string,
): Promise<{
  invitation: MembershipInvitation & { tokenHash: string };
  process: Process;
  party: Party | null;
}> {
  const invitation = await findOpenLink(ctx.store, 'membership', token, at);
  if (invitation.kind !== 'membership') throw new Error('unreachable: findOpenLink checks the kind');
  const process = await ctx.store.processes.get(invitation.processId);
  const party = invitation.partyId === null ? null : await ctx.store.parties.get(invitation.partyId);
  if (process === null || (invitation.partyId !== null && party === null))
    throw invitationExpired('what this invitation offers no longer exists');
  if (invitation.invitedBy !== null) {
    // The inviter's principal as it is now (`via` only describes it; nothing is authenticated here).
    const inviter = await loadPrincipal(ctx.store, invitation.invitedBy, {
      kind: 'session',
      id: invitation.id,
    });
    const resource = { processId: process.id, audience: process.audience };
    if (inviter === null || !authorize(inviter, 'manage-members', 'process', resource).allowed)
      throw invitationExpired('the person who sent this invitation may no longer invite to this process');
  }
  return { invitation, process, party };
}

/** What the invitation with this token offers; 404 for an unknown token, 410 when it can no longer be used. */
export async function inspectInvitation(
  ctx: CommandContext,
  input: { token: string },
): Promise<InvitationOffer> {
  const { invitation, process, party } = await openOffer(ctx, input?.token, ctx.clock().toISOString());
  return {
    processId: process.id,
    processTitle: process.title,
    role: invitation.role,
    rank: invitation.rank,
    partyId: invitation.partyId,
    partyName: party?.name ?? null,
    name: invitation.name,
    expiresAt: invitation.expiresAt,
  };
}

type Accepting = {
  accountId: string;
  newcomer: { name: string; handle: string; passwordHash: string } | null;
};

// The account that accepts: the signed-in person's, or a newcomer's to create (checked and hashed, not written).
async function acceptingAccount(
  ctx: CommandContext,
  input: AcceptInvitationInput,
  at: string,
): Promise<Accepting> {
  const principal = ctx.principal;
  if (input.account === undefined) {
    if (principal === null)
      throw unauthenticated('sign in to accept this invitation, or give the account to create');
    if (principal.kind !== 'account' || principal.via.kind !== 'session')
      throw forbidden('accept invitations signed in in a browser, not with an API token');
    return { accountId: principal.accountId, newcomer: null };
  }
  if (principal !== null)
    throw conflict('you are signed in: accept for your own account, or sign out to create a new one');
  const fields = validate(AccountCreate, { name: input.account?.name, handle: input.account?.handle }, [
    'account',
  ]);
  const issue = passwordIssue(input.account?.password);
  if (issue !== null)
    throw ruleBroken('the password cannot be used', [
      { path: 'account.password', message: new PasswordRefused(issue).message },
    ]);
  if ((await ctx.store.accounts.byHandle(fields.handle)) !== null)
    throw conflict('an account with this handle already exists: choose another, or sign in and accept');
  const passwordHash = await hashPassword(input.account.password);
  return {
    accountId: uuidv7(Date.parse(at)),
    newcomer: { name: fields.name, handle: fields.handle, passwordHash },
  };
}

export async function acceptInvitation(
  ctx: CommandContext,
  input: AcceptInvitationInput,
): Promise<AcceptedInvitation> {
  const at = ctx.clock().toISOString();
  const { invitation } = await openOffer(ctx, input?.token, at);
  const accepting = await acceptingAccount(ctx, input ?? { token: '' }, at);
  if (accepting.newcomer === null) {
    const current = await ctx.store.memberships.listByAccount(accepting.accountId);
    if (current.some((m) => m.processId === invitation.processId && m.status === 'active'))
      throw conflict('you already take part in this process: ask its lead mediator to change your role');
  }

  const used = await ctx.store.invitations.consume(
    invitation.tokenHash,
    'membership',
    at,
    accepting.accountId,
  );
  if (used === null) return goneNow(ctx.store, invitation.tokenHash, at);
  let created = false;
  try {
    if (accepting.newcomer !== null) {
      const { passwordHash, ...fields } = accepting.newcomer;
      await ctx.store.accounts.create(fields, { id: accepting.accountId, at });
      created = true;
      await ctx.store.passwords.set(accepting.accountId, passwordHash, at);
    }
    const membership = await grantByInvitation(ctx, invitation, accepting.accountId, at);
    return { membership, accountId: accepting.accountId, newcomer: created };
  } catch (error) {
    await ctx.store.invitations.release(invitation.id, at);
    if (created) await ctx.store.accounts.disable(accepting.accountId, at);
    throw error;
  }
}

async function grantByInvitation(
  ctx: CommandContext,
  invitation: MembershipInvitation,
  accountId: string,
  at: string,
): Promise<Membership> {
  const processId = validate(Id, invitation.processId, ['processId']);
  return ctx.store.transact(async (tx) => {
    await mustExist('process', processId, (id) => tx.processes.get(id));
    const id = uuidv7(Date.parse(at));
    const record = {
      id,
      processId,
      accountId,
      role: invitation.role,
      rank: invitation.rank,
      partyId: invitation.partyId,
      name: invitation.name,
      status: 'active' as const,
    };
    // The accepting account, in no membership: it holds none in this process until this event (see the top).
    const actor = `account:${accountId}`;
    await tx.appendEvent(
      newEvent('membership.granted', record, {
        actor,
        at,
        scope: { processId, subjectId: id, audience: PROCESS },
      }),
    );
    return mustExist('membership', id, (i) => tx.memberships.get(i));
  });
}
