// The `sees` rule in the form a database query needs: which processes the caller mediates, which it is a member
// of, and which parties it acts for. The store turns this into one SQL predicate over the audience columns, so
// lists, counts and pages never hold what the caller may not read; `admits` is the same predicate in code, and a
// test holds both to `sees` on every combination.
import type { Audience } from '../schemas/audience.ts';
import { PARTY_ROLES } from '../schemas/membership.ts';
import type { Principal } from '../schemas/principal.ts';

export type ReadScope =
  | { all: true }
  | {
      all: false;
      mediatorOf: string[];
      memberOf: string[];
      /** Parties the caller acts for in any role (delegate, intermediary, observer): what is shared with them. */
      partyIds: string[];
      /** Parties the caller is a delegate of: a party's own confidential positions (valuations) go no further. */
      delegateOf: string[];
    };

export const PUBLIC_SCOPE: ReadScope = {
  all: false,
  mediatorOf: [],
  memberOf: [],
  partyIds: [],
  delegateOf: [],
};

export function readScope(principal: Principal | null): ReadScope {
  if (principal === null) return PUBLIC_SCOPE;
  if (principal.kind === 'operator') return { all: true };
  const active = principal.memberships.filter((m) => m.status === 'active');
  const unique = (ids: string[]) => [...new Set(ids)].sort();
  return {
    all: false,
    mediatorOf: unique(active.filter((m) => m.role === 'mediator').map((m) => m.processId)),
    memberOf: unique(active.map((m) => m.processId)),
    partyIds: unique(
      active.flatMap((m) => (m.partyId !== null && PARTY_ROLES.includes(m.role) ? [m.partyId] : [])),
    ),
    delegateOf: unique(
      active.flatMap((m) => (m.partyId !== null && m.role === 'delegate' ? [m.partyId] : [])),
    ),
  };
}

/**
 * Whether a row of `processId` shared with `audience` is within the scope. `delegatesOnly`: the row is a party's
 * own confidential position, read by its delegates and the mediators only (not by others acting for the party).
 */
export function admits(
  scope: ReadScope,
  processId: string,
  audience: Audience,
  options: { delegatesOnly?: boolean } = {},
): boolean {
  if (scope.all || audience.kind === 'public') return true;
  if (scope.mediatorOf.includes(processId)) return true;
  if (!scope.memberOf.includes(processId)) return false;
  const parties = options.delegatesOnly ? scope.delegateOf : scope.partyIds;
  return audience.kind === 'process' || audience.partyIds.some((id) => parties.includes(id));
}
