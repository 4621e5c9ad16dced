// When a version's text may still change. Only a working draft that nobody but the mediators can read is edited in
// place; a version that was circulated, made final, withdrawn, or shared with anyone beyond the mediators is
// frozen, so nobody's copy is ever silently changed: a change makes a new version (a counter-draft of it). Pure, so
// the commands refuse and the presenters tell the web app by the same rule.
import type { Audience } from '../schemas/audience.ts';
import type { VersionStatus } from '../schemas/version.ts';
import type { VersionWithdrawal } from '../schemas/withdrawal.ts';

export type FrozenReason = 'withdrawn' | 'final' | 'circulated' | 'released';

/**
 * Whether an audience lets anyone but the mediators read. Only mediators edit a version, so a draft whose audience
 * reaches a party (or the whole process, or the public) has been released to someone who did not write it.
 */
export function reachesBeyondMediators(audience: Audience): boolean {
  return audience.kind !== 'parties' || audience.partyIds.length > 0;
}

/** Why the version's text can no longer change, or null for a working draft. */
export function frozenBecause(version: {
  status: VersionStatus;
  audience: Audience;
  withdrawal?: VersionWithdrawal | null | undefined;
}): FrozenReason | null {
  if (version.withdrawal) return 'withdrawn';
  if (version.status === 'final') return 'final';
  if (version.status === 'circulated') return 'circulated';
  if (reachesBeyondMediators(version.audience)) return 'released';
  return null;
}

const SENTENCES: Record<FrozenReason, string> = {
  withdrawn: 'was withdrawn',
  final: 'is final',
  circulated: 'was circulated',
  released: 'was shared beyond the mediators',
};

/** "was circulated", "is final", "was withdrawn": the reason as the end of a sentence about the version. */
export function frozenSentence(reason: FrozenReason): string {
  return SENTENCES[reason];
}

/**
 * The status changes a frozen version still allows: a circulated (or shared) text may be declared circulated or
 * final (the text that is signed is the one already read). Nothing else of a frozen version changes.
 */
export function allowedStatusChange(from: VersionStatus, to: VersionStatus): boolean {
  if (from === to) return true;
  if (from === 'draft') return true;
  return from === 'circulated' && to === 'final';
}

/**
 * The audience a new version gets when its author names none: a working draft stays with the mediators (so it can
 * still be edited), a version created already circulated or final is read like its plan.
 */
export function defaultVersionAudience(status: VersionStatus, planAudience: Audience): Audience {
  return status === 'draft' ? { kind: 'parties', partyIds: [] } : planAudience;
}
