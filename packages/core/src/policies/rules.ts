// The building blocks the policy table is written in. Each rule answers with the grant that allows an action
// (the membership it is done in, or `null` membership for the operator and for public reads) or `null` when it
// does not allow it. Rules are pure: they see only the principal and the resource.
import type { Audience } from '../schemas/audience.ts';
import { type Membership, PARTY_ROLES, type Rank, type Role } from '../schemas/membership.ts';
import { membershipsIn, type Principal } from '../schemas/principal.ts';

/** Why an action is allowed: in which membership (null: as the operator, or because it is public). */
export type Grant = { membership: Membership | null };
export type Rule<R> = (principal: Principal | null, resource: R) => Grant | null;

const AS_OPERATOR: Grant = { membership: null };
const AS_ANYONE: Grant = { membership: null };

function found(membership: Membership | undefined): Grant | null {
  return membership === undefined ? null : { membership };
}

/** Anyone who may read something shared with `audience` in `processId`, and through which membership. */
export function sees(principal: Principal | null, processId: string, audience: Audience): Grant | null {
  if (audience.kind === 'public') return AS_ANYONE;
  if (principal?.kind === 'operator') return AS_OPERATOR;
  const mine = membershipsIn(principal, processId);
  const mediator = mine.find((m) => m.role === 'mediator');
  if (mediator) return { membership: mediator };
  if (audience.kind === 'process') return found(mine[0]);
  const named = new Set(audience.partyIds);
  return found(mine.find((m) => m.partyId !== null && PARTY_ROLES.includes(m.role) && named.has(m.partyId)));
}

/** A member of the process in one of `roles` (any rank unless `ranks` is given). */
export function member(
  principal: Principal | null,
  processId: string,
  roles: readonly Role[],
  ranks?: readonly Rank[],
): Grant | null {
  return found(
    membershipsIn(principal, processId).find(
      (m) => roles.includes(m.role) && (ranks === undefined || (m.rank !== null && ranks.includes(m.rank))),
    ),
  );
}

/** Any mediator of the process (lead or staff). */
export const mediator = (p: Principal | null, r: { processId: string }) =>
  member(p, r.processId, ['mediator']);

/** The lead mediators of the process: they decide who takes part and who sees what. */
export const leadMediator = (p: Principal | null, r: { processId: string }) =>
  member(p, r.processId, ['mediator'], ['lead']);

/** The operator of the deployment (the CLI on the store). */
export const operator = (p: Principal | null): Grant | null => (p?.kind === 'operator' ? AS_OPERATOR : null);

/** A delegate of exactly this party. */
export function delegateOf(p: Principal | null, processId: string, partyId: string): Grant | null {
  return found(membershipsIn(p, processId).find((m) => m.role === 'delegate' && m.partyId === partyId));
}

/** The first rule that grants. */
export function either<R>(...rules: Rule<R>[]): Rule<R> {
  return (p, r) => {
    for (const rule of rules) {
      const grant = rule(p, r);
      if (grant) return grant;
    }
    return null;
  };
}

export const nobody: Rule<unknown> = () => null;
