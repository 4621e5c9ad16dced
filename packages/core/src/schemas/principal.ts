// Who is asking. The public is `null` (no session, no token). A signed-in person is an account with its active
// memberships; a personal API token is scoped to one membership, so it carries exactly that one. The operator
// acts through the CLI on the store itself (creating accounts, opening processes, granting first memberships),
// never over HTTP.
import type { Membership } from './membership.ts';

export type AccountPrincipal = {
  kind: 'account';
  accountId: string;
  name: string;
  /** Opening a process needs the whole account, so a token scoped to a membership never may. */
  mayOpenProcesses: boolean;
  memberships: Membership[];
  /** How the request was authenticated: a browser session or a personal API token (its id, never its secret). */
  via: { kind: 'session' | 'token'; id: string };
};

export type OperatorPrincipal = { kind: 'operator' };

export type Principal = AccountPrincipal | OperatorPrincipal;

export const OPERATOR: OperatorPrincipal = { kind: 'operator' };

/**
 * The actor an event records: the operator, an account, or an account acting in one of its memberships
 * (`account:<id>/membership:<id>`), so every change names the person and the role it was made in.
 */
export function actorOf(principal: Principal, membership: Membership | null = null): string {
  if (principal.kind === 'operator') return 'operator';
  return membership === null
    ? `account:${principal.accountId}`
    : `account:${principal.accountId}/membership:${membership.id}`;
}

const ACTOR = /^account:([0-9a-f-]{36})(?:\/membership:([0-9a-f-]{36}))?$/;

/** An actor string read back: null for the foundation's older actors ('api', 'concord-demo', …). */
export function parseActor(
  actor: string,
): { kind: 'operator' } | { kind: 'account'; accountId: string; membershipId: string | null } | null {
  if (actor === 'operator') return { kind: 'operator' };
  const m = ACTOR.exec(actor);
  if (!m) return null;
  return { kind: 'account', accountId: m[1] as string, membershipId: m[2] ?? null };
}

/** The principal's active memberships in one process. */
export function membershipsIn(principal: Principal | null, processId: string): Membership[] {
  if (principal === null || principal.kind !== 'account') return [];
  return principal.memberships.filter((m) => m.processId === processId && m.status === 'active');
}
