// The state of implementation at a moment (the caller's clock): each tracked commitment with its current status,
// rolled-up progress, due instant and whether it is overdue, and each party's compliance series. Also the same
// commitments as a guarantee timeline, so the guarantee rules' `commitment-overdue` trigger reads what is tracked.
import type { TimelineEvent } from '../guarantees/timeline-file.ts';
import type { Milestone, StatusEntry, TrackedCommitment } from '../schemas/tracking.ts';
import { type ComplianceSeries, complianceSeries } from './compliance.ts';
import { isOverdue, resolveDue } from './due.ts';
import { progressOn, statusOn } from './progress.ts';

export type CommitmentState = TrackedCommitment & {
  current: StatusEntry | null;
  progress: number;
  dueAt: string | null;
  /** The milestone a relative due rule waits for, while it is not recorded. */
  waitingFor: string | null;
  overdue: boolean;
};

export type ImplementationView = {
  asOf: string;
  commitments: CommitmentState[];
  milestones: Milestone[];
  compliance: ComplianceSeries[];
};

export function implementationView(
  tracked: readonly TrackedCommitment[],
  milestones: readonly Milestone[],
  now: Date,
): ImplementationView {
  const today = now.toISOString().slice(0, 10);
  const progress = progressOn(tracked, today);
  const commitments = tracked.map((t) => {
    const value = progress.get(t.commitmentId) ?? 0;
    const due = resolveDue(t.due, milestones);
    const current = statusOn(t.statuses, today);
    return { ...t, current, progress: value, ...due, overdue: isOverdue(due.dueAt, value, now) };
  });
  return {
    asOf: now.toISOString(),
    commitments,
    milestones: [...milestones],
    compliance: complianceSeries(tracked, today),
  };
}

/**
 * Each status of a commitment with a due instant as a timeline `commitment` snapshot at the start of the day it
 * holds from (status 0 at tracking when none was set), for `runCase`/`fireTriggers` over real records.
 */
export function commitmentTimeline(view: ImplementationView): TimelineEvent[] {
  return view.commitments.flatMap((c) => {
    if (c.dueAt === null) return [];
    const dueAt = c.dueAt;
    const base = {
      type: 'commitment' as const,
      commitment: c.commitmentId,
      obligor: c.obligor,
      dueAt,
      note: '',
    };
    if (c.statuses.length === 0) return [{ ...base, id: `c-${c.commitmentId}`, at: dueAt, status: 0 }];
    return c.statuses.map((s) => ({
      ...base,
      id: `s-${s.id}`,
      at: `${s.on}T00:00:00.000Z`,
      status: s.score,
    }));
  });
}
