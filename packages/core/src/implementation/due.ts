// When a tracked commitment falls due, resolved against the milestones recorded so far, and whether it is
// overdue at a given moment. The moment is always the caller's (an injected clock): nothing here reads the time.
// A commitment is overdue from its due instant on, as the guarantee rules' `commitment-overdue` trigger counts it
// (guarantees/fire-triggers.ts: due ≤ moment and status below 3).
import type { DueRule, Milestone } from '../schemas/tracking.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The due instant (ISO, UTC), or why there is none yet: no rule, or a milestone not recorded yet. */
export type ResolvedDue = { dueAt: string; waitingFor: null } | { dueAt: null; waitingFor: string | null };

/**
 * A date falls due at the end of that day (00:00Z the next day); "within N days/hours of M" at M's time plus the
 * delay; a rule on a milestone not yet recorded has no due instant and waits for it.
 */
export function resolveDue(
  rule: DueRule | null,
  milestones: readonly Pick<Milestone, 'key' | 'occurredAt'>[],
): ResolvedDue {
  if (rule === null) return { dueAt: null, waitingFor: null };
  if (rule.kind === 'date') {
    const end = Date.parse(`${rule.date}T00:00:00.000Z`) + DAY_MS;
    return { dueAt: new Date(end).toISOString(), waitingFor: null };
  }
  const milestone = milestones.find((m) => m.key === rule.milestone);
  if (milestone === undefined) return { dueAt: null, waitingFor: rule.milestone };
  const due = Date.parse(milestone.occurredAt) + rule.days * DAY_MS + rule.hours * HOUR_MS;
  return { dueAt: new Date(due).toISOString(), waitingFor: null };
}

/** Overdue: past its due instant at `now` and not complete (progress below 1). */
export function isOverdue(dueAt: string | null, progress: number, now: Date): boolean {
  return dueAt !== null && Date.parse(dueAt) <= now.getTime() && progress < 1;
}

/** The rule in words, for pages and summaries. */
export function describeDue(rule: DueRule | null): string {
  if (rule === null) return 'no due date';
  if (rule.kind === 'date') return `by ${rule.date}`;
  const parts = [
    ...(rule.days > 0 ? [`${rule.days} day${rule.days === 1 ? '' : 's'}`] : []),
    ...(rule.hours > 0 ? [`${rule.hours} hour${rule.hours === 1 ? '' : 's'}`] : []),
  ];
  return parts.length === 0 ? `upon ${rule.milestone}` : `within ${parts.join(' and ')} of ${rule.milestone}`;
}
