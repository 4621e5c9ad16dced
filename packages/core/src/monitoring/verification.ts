// The verification workflow as a pure function. An incident is reported; others' accounts corroborate it; a
// monitor's finding verifies it; any party may dispute a corroborated or verified incident, and a disputed one is
// settled either way; rejection ends it. Every move names who decided and why, because a verified incident can
// open a guarantee case (see ../guarantees) and the reason is what the parties will argue about.
import type { VerificationChange, VerificationStatus } from '../schemas/incident.ts';

/** The moves allowed from each status. Rejected is final: a new account is a new incident. */
export const NEXT_STATUSES: Readonly<Record<VerificationStatus, readonly VerificationStatus[]>> = {
  reported: ['corroborated', 'verified', 'disputed', 'rejected'],
  corroborated: ['verified', 'disputed', 'rejected'],
  verified: ['disputed'],
  disputed: ['corroborated', 'verified', 'rejected'],
  rejected: [],
};

export type VerificationRequest = { to: VerificationStatus; reason: string; by: string; at: string };

export type VerificationResult = { ok: true; change: VerificationChange } | { ok: false; problem: string };

export function changeVerification(
  current: VerificationStatus,
  request: VerificationRequest,
): VerificationResult {
  const reason = request.reason.trim();
  if (request.to === current) return { ok: false, problem: `The incident is ${current} already.` };
  if (!NEXT_STATUSES[current].includes(request.to)) {
    const allowed = NEXT_STATUSES[current];
    const next = allowed.length ? `it can become ${allowed.join(', ')}` : 'that is final';
    return { ok: false, problem: `A ${current} incident cannot become ${request.to}: ${next}.` };
  }
  if (reason === '') return { ok: false, problem: 'A change of status needs a reason.' };
  return {
    ok: true,
    change: { from: current, to: request.to, reason, by: request.by, at: request.at },
  };
}

/** The status after a history of changes, refusing a history that does not follow the workflow. */
export function statusAfter(changes: readonly VerificationChange[]): VerificationStatus {
  let status: VerificationStatus = 'reported';
  for (const change of changes) {
    if (change.from !== status || !NEXT_STATUSES[status].includes(change.to))
      throw new Error(`a change from ${change.from} to ${change.to} does not follow ${status}`);
    status = change.to;
  }
  return status;
}
