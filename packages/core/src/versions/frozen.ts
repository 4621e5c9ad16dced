// When a version's text may still change. Only a working draft is edited in place; a version that was circulated,
// made final or withdrawn is frozen, so nobody's copy is ever silently changed: a change makes a new version
// (a counter-draft of it). Pure, so the commands refuse and the presenters tell the web app by the same rule.
import type { VersionStatus } from '../schemas/version.ts';
import type { VersionWithdrawal } from '../schemas/withdrawal.ts';

export type FrozenReason = 'withdrawn' | 'final' | 'circulated';

/** Why the version's text can no longer change, or null for a working draft. */
export function frozenBecause(version: {
  status: VersionStatus;
  withdrawal?: VersionWithdrawal | null | undefined;
}): FrozenReason | null {
  if (version.withdrawal) return 'withdrawn';
  if (version.status === 'final') return 'final';
  if (version.status === 'circulated') return 'circulated';
  return null;
}

const SENTENCES: Record<FrozenReason, string> = {
  withdrawn: 'was withdrawn',
  final: 'is final',
  circulated: 'was circulated',
};

/** "was circulated", "is final", "was withdrawn": the reason as the end of a sentence about the version. */
export function frozenSentence(reason: FrozenReason): string {
  return SENTENCES[reason];
}

/**
 * The status changes a frozen version still allows: a circulated text may be declared final (the text that is
 * signed is the one already circulated). Nothing else of a frozen version changes.
 */
export function allowedStatusChange(from: VersionStatus, to: VersionStatus): boolean {
  if (from === to) return true;
  if (from === 'draft') return true;
  return from === 'circulated' && to === 'final';
}
