// Members and invitations in words, and the invitation form checked before it is sent (the server checks again:
// these rules mirror core's membership schema, so a mistake is named beside its field at once).
import { formatDate } from './commitments.ts';
import {
  type InvitationRequest,
  MEMBER_ROLES,
  type MemberRole,
  type MemberStatus,
  PARTY_ROLES,
  RANKS_BY_ROLE,
} from './people-types.ts';

export const ROLE_NAMES: Record<MemberRole, string> = {
  mediator: 'Mediator',
  delegate: 'Delegate',
  intermediary: 'Intermediary',
  council: 'Council member',
  monitor: 'Monitor',
  donor: 'Donor',
  observer: 'Observer',
};

/** What each role does in a process, for the invitation form. */
export const ROLE_HINTS: Record<MemberRole, string> = {
  mediator: 'drafts plans and decides who sees them (a lead mediator also manages members)',
  delegate: 'acts for one party: reads what was shared with it, records its positions and valuations',
  intermediary: 'carries texts and positions between parties',
  council: 'sits on the guarantor council',
  monitor: 'files incident reports and assessments',
  donor: 'pledges and pays into the fund',
  observer: 'reads what is shared with the process (or with its party)',
};

const RANK_NAMES: Record<string, string> = {
  lead: 'lead',
  staff: 'staff',
  chair: 'chair',
  member: 'member',
  observer: 'observer',
};

/** "Mediator (lead)", "Council member (chair)", "Delegate". */
export function roleName(role: string, rank: string | null): string {
  const name = (ROLE_NAMES as Record<string, string>)[role] ?? role;
  if (rank === null) return name;
  if (role === 'council' && rank === 'member') return name;
  return `${name} (${RANK_NAMES[rank] ?? rank})`;
}

export const STATUS_NAMES: Record<MemberStatus, string> = {
  active: 'Active',
  suspended: 'Suspended',
  ended: 'Ended',
};

/** The changes a membership of this status can still undergo (ending is final). */
export function statusChanges(status: MemberStatus): MemberStatus[] {
  if (status === 'active') return ['suspended', 'ended'];
  if (status === 'suspended') return ['active', 'ended'];
  return [];
}

export const CHANGE_NAMES: Record<MemberStatus, string> = {
  active: 'Reinstate',
  suspended: 'Suspend',
  ended: 'End',
};

export const CHANGE_HINTS: Record<MemberStatus, string> = {
  active: 'they may act in the process again',
  suspended: 'they cannot act or read as a member until reinstated',
  ended: 'final: to take them back, invite them again',
};

/** "10 Dec 2026, 14:05 UTC": times are UTC everywhere in Concord. */
export function formatTime(iso: string): string {
  const m = /T(\d{2}):(\d{2})/.exec(iso);
  return m ? `${formatDate(iso)}, ${m[1]}:${m[2]} UTC` : formatDate(iso);
}

export type InvitationForm = {
  role: MemberRole;
  rank: string;
  partyId: string;
  name: string;
  email: string;
  hours: string;
};

export const DEFAULT_INVITATION_HOURS = 72;
export const MAX_INVITATION_HOURS = 720;

export function emptyInvitationForm(): InvitationForm {
  return {
    role: 'delegate',
    rank: '',
    partyId: '',
    name: '',
    email: '',
    hours: String(DEFAULT_INVITATION_HOURS),
  };
}

export function ranksOf(role: MemberRole): readonly string[] {
  return RANKS_BY_ROLE[role] ?? [];
}

export function takesParty(role: MemberRole): boolean {
  return PARTY_ROLES.includes(role);
}

export type InvitationErrors = Partial<Record<keyof InvitationForm, string>>;

/** The request the form asks for, or what to correct, field by field. */
export function toInvitationRequest(
  form: InvitationForm,
): { ok: true; request: InvitationRequest } | { ok: false; errors: InvitationErrors } {
  const errors: InvitationErrors = {};
  if (!MEMBER_ROLES.includes(form.role)) errors.role = 'Choose a role.';
  const ranks = ranksOf(form.role);
  if (ranks.length > 0 && !ranks.includes(form.rank))
    errors.rank = `A ${ROLE_NAMES[form.role].toLowerCase()} needs a rank: ${ranks.join(' or ')}.`;
  if (form.role === 'delegate' && form.partyId === '')
    errors.partyId = 'A delegate acts for one party: choose it.';
  const name = form.name.trim();
  if (name.length === 0) errors.name = 'Give the name the person will be shown under in this process.';
  else if (name.length > 200) errors.name = 'At most 200 characters.';
  const email = form.email.trim();
  if (email.length > 0 && !/^[^\s@]+@[^\s@]+$/.test(email))
    errors.email = 'This does not look like an e-mail address (or leave it empty).';
  const hours = Number(form.hours.trim());
  if (!/^\d+$/.test(form.hours.trim()) || hours < 1 || hours > MAX_INVITATION_HOURS)
    errors.hours = `A whole number of hours from 1 to ${MAX_INVITATION_HOURS} (30 days).`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: {
      role: form.role,
      rank: ranks.length > 0 ? form.rank : null,
      partyId: takesParty(form.role) && form.partyId !== '' ? form.partyId : null,
      name,
      email: email.length > 0 ? email : null,
      expiresInHours: hours,
    },
  };
}

/** Field errors a 400/422 problem names (`rank`, `partyId`, …), as form fields. */
export function invitationErrorsFromProblem(errors: { path: string; message: string }[]): InvitationErrors {
  const fields: Record<string, keyof InvitationForm> = {
    role: 'role',
    rank: 'rank',
    partyId: 'partyId',
    name: 'name',
    email: 'email',
    expiresInHours: 'hours',
  };
  const out: InvitationErrors = {};
  for (const e of errors) {
    const field = fields[e.path.split('.')[0] ?? ''];
    if (field && out[field] === undefined) out[field] = e.message;
  }
  return out;
}

export const INVITATION_STATE_NAMES = {
  open: 'waiting to be used',
  used: 'used',
  revoked: 'withdrawn',
  expired: 'expired unused',
} as const;
