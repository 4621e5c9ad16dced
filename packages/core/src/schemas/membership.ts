// A membership ties an account (a person) to a role in one process. It is logged: granting, suspending,
// reinstating and ending one are events, so who could act for whom, and when, is part of the verifiable record.
import { z } from 'zod';
import { Id } from '../ids.ts';
import { LIMITS, LogIndex, text } from './common.ts';

export const ROLES = [
  'mediator',
  'delegate',
  'intermediary',
  'council',
  'monitor',
  'donor',
  'observer',
] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** A mediator leads or staffs the mediation; a council member chairs, sits or observes. Others have no rank. */
export const RANKS = { mediator: ['lead', 'staff'], council: ['chair', 'member', 'observer'] } as const;
export const Rank = z.enum(['lead', 'staff', 'chair', 'member', 'observer']);
export type Rank = z.infer<typeof Rank>;

export const MEMBERSHIP_STATUSES = ['active', 'suspended', 'ended'] as const;
export const MembershipStatus = z.enum(MEMBERSHIP_STATUSES);
export type MembershipStatus = z.infer<typeof MembershipStatus>;

/** Roles that act for one party (a delegate must name it; an intermediary or observer may). */
export const PARTY_ROLES: readonly Role[] = ['delegate', 'intermediary', 'observer'];

const fields = {
  accountId: Id,
  role: Role,
  rank: Rank.nullable(),
  partyId: Id.nullable(),
  /** The person's name as shown in this process ("Dan Driscoll, US Army Secretary"). */
  name: text(LIMITS.name),
};

function rankAndParty(m: { role: Role; rank: Rank | null; partyId: string | null }, ctx: z.RefinementCtx) {
  const ranks: readonly string[] = (RANKS as Record<string, readonly string[]>)[m.role] ?? [];
  if (ranks.length > 0 && (m.rank === null || !ranks.includes(m.rank)))
    ctx.addIssue({
      code: 'custom',
      path: ['rank'],
      message: `a ${m.role} needs a rank: ${ranks.join(' or ')}`,
    });
  if (ranks.length === 0 && m.rank !== null)
    ctx.addIssue({ code: 'custom', path: ['rank'], message: `a ${m.role} has no rank` });
  if (m.role === 'delegate' && m.partyId === null)
    ctx.addIssue({ code: 'custom', path: ['partyId'], message: 'a delegate acts for one party: name it' });
  if (!PARTY_ROLES.includes(m.role) && m.partyId !== null)
    ctx.addIssue({ code: 'custom', path: ['partyId'], message: `a ${m.role} does not act for a party` });
}

/** What the `membership.granted` event carries. */
export const MembershipRecord = z
  .strictObject({ id: Id, processId: Id, ...fields, status: z.literal('active') })
  .superRefine(rankAndParty);
export type MembershipRecord = z.infer<typeof MembershipRecord>;

export const Membership = z.strictObject({
  id: Id,
  processId: Id,
  ...fields,
  status: MembershipStatus,
  logIndex: LogIndex,
});
export type Membership = z.infer<typeof Membership>;

/** A grant as the lead mediator or the operator asks for it (the process and id come from elsewhere). */
export const MembershipGrant = z
  .strictObject({
    accountId: Id,
    role: Role,
    rank: Rank.nullable().default(null),
    partyId: Id.nullable().default(null),
    name: text(LIMITS.name),
  })
  .superRefine(rankAndParty);
export type MembershipGrant = z.infer<typeof MembershipGrant>;

/** Suspend, reinstate or end a membership; ending is final. */
export const MembershipChange = z.strictObject({
  status: MembershipStatus,
  reason: text(LIMITS.shortText),
});
export type MembershipChange = z.infer<typeof MembershipChange>;

/** A lead mediator's membership: a process always keeps at least one active (only a lead shares and manages). */
export function leadsProcess(m: { role: Role; rank: Rank | null }): boolean {
  return m.role === 'mediator' && m.rank === 'lead';
}

/** Who entered a valuation, as the record says: a mediator on a party's behalf, or the party's delegation. */
export function valuationEnteredBy(m: { role: Role } | null): 'mediator' | 'party' {
  return m?.role === 'mediator' ? 'mediator' : 'party';
}
