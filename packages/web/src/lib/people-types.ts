// What the web application reads of people and sharing from the HTTP API: objects as presented to the caller
// (with their audience and what the caller may do with them), members, invitations and audience changes.
// Types and a few constants only (nothing of zod reaches the bundle); the constants mirror core's membership
// schema, which stays the source of truth (the server refuses anything else).
import type {
  Audience,
  Commitment,
  Party,
  Plan,
  Point,
  Process,
  Version,
  VersionWithdrawal,
} from '@concord/core';

export type { Audience } from '@concord/core';

/** What the caller may do with an object, by action, from the server's one policy. */
export type Abilities = Record<string, boolean>;

export type PresentedProcess = Process & { abilities: Abilities };
export type PresentedPlan = Plan & { abilities: Abilities };
/** `withdrawal`: null while the version stands; a withdrawn version stays listed, marked with why and when. */
export type PresentedVersion = Version & { abilities: Abilities; withdrawal: VersionWithdrawal | null };

export type ProcessView = PresentedProcess & { parties: Party[]; plans: PresentedPlan[] };
export type PlanView = PresentedPlan & { versions: PresentedVersion[] };
export type VersionView = PresentedVersion & {
  processId: string;
  points: Point[];
  commitments: Commitment[];
};

/** True only when the server said so: a missing ability is a refused one. */
export function may(abilities: Abilities | undefined, action: string): boolean {
  return abilities?.[action] === true;
}

export const MEMBER_ROLES = [
  'mediator',
  'delegate',
  'intermediary',
  'council',
  'monitor',
  'donor',
  'observer',
] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** The ranks a role has (none for most). */
export const RANKS_BY_ROLE: Partial<Record<MemberRole, readonly string[]>> = {
  mediator: ['lead', 'staff'],
  council: ['chair', 'member', 'observer'],
};

/** Roles that act for one party: a delegate must name it, an intermediary or an observer may. */
export const PARTY_ROLES: readonly MemberRole[] = ['delegate', 'intermediary', 'observer'];

export type MemberStatus = 'active' | 'suspended' | 'ended';

export type Member = {
  id: string;
  accountId: string;
  name: string;
  role: string;
  rank: string | null;
  partyId: string | null;
  partyName: string | null;
  status: MemberStatus;
  since: string;
  abilities: Abilities;
};

export type MembersAnswer = { members: Member[] };

export type MembershipChange = { status: MemberStatus; reason: string };

export type InvitationRequest = {
  role: MemberRole;
  rank?: string | null;
  partyId?: string | null;
  name: string;
  email?: string | null;
  expiresInHours?: number;
};

/** The answer to an invitation: the only time its link is ever sent. */
export type IssuedInvitation = {
  id: string;
  link: string;
  expiresAt: string;
  role: string;
  rank: string | null;
  partyId: string | null;
  name: string;
  email: string | null;
};

export type InvitationState = 'open' | 'used' | 'revoked' | 'expired';

/** An invitation as listed later: never its link. */
export type InvitationSummary = {
  id: string;
  processId: string;
  role: string;
  rank: string | null;
  partyId: string | null;
  name: string;
  email: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  revokedAt: string | null;
  state: InvitationState;
};

export type InvitationsAnswer = { invitations: InvitationSummary[] };

export type SharedKind = 'process' | 'plan' | 'version';

export type AudienceChangeRequest = { audience: Audience; reason: string };
