// The guarantee runner's one step for a process: read its records (incidents and their verification, tracked
// commitments, notifications, findings) as a timeline, evaluate the rules at the clock with core's pure evaluator,
// and log each change of a case the log still lacks, as the operator (the server runs it, nobody asked). It runs
// inside one write transaction, so two runs are serialised and the second finds the first's changes; the store's
// unique (process, case, seq) refuses a change logged twice even if they were not.
import { actorOf, commitmentTimeline, implementationView, newEvent, OPERATOR } from '@concord/core';
import { type Divergence, platformTimeline, reconcileCases } from '@concord/core/guarantees';
import { incidentTimeline } from '@concord/core/monitoring';
import type { Store, Tx } from '@concord/db';
import type { Clock } from './context.ts';
import { processSubject } from './subjects.ts';

export type GuaranteeRun = {
  processId: string;
  logged: number;
  diverged: Divergence[];
  /** When a case's next deadline falls: the runner must look again then. */
  nextDeadline: string | null;
};

async function runOne(tx: Tx, clock: Date, processId: string): Promise<GuaranteeRun> {
  const set = await tx.guarantees.rules(processId);
  if (set === null) return { processId, logged: 0, diverged: [], nextDeadline: null };
  const process = await processSubject(tx, processId);
  const tracked = await tx.tracking.listByProcess(processId);
  const milestones = await tx.tracking.milestones(processId);
  const parties = await tx.parties.listByProcess(processId);
  const timeline = platformTimeline({
    incidents: incidentTimeline(await tx.monitoring.incidents(processId)),
    commitments: commitmentTimeline(implementationView(tracked, milestones, clock)),
    notifications: await tx.guarantees.notifications(processId),
    findings: await tx.guarantees.findings(processId),
    partyNames: new Map(parties.map((p) => [p.id, p.name])),
  });
  const logged = await tx.guarantees.changes(processId);
  const result = reconcileCases(set.rules, timeline, logged, clock);
  const stamp = { actor: actorOf(OPERATOR), at: clock.toISOString(), scope: process.scope };
  for (const c of result.append)
    await tx.appendEvent(newEvent('guarantee.case-changed', { processId, ...c }, stamp));
  return {
    processId,
    logged: result.append.length,
    diverged: result.diverged,
    nextDeadline: result.nextDeadline,
  };
}

/** Runs the rules of one process, or of every process that has rules; one transaction per process. */
export async function runGuarantees(store: Store, clock: Clock, processId?: string): Promise<GuaranteeRun[]> {
  const ids = processId === undefined ? await store.guarantees.processesWithRules() : [processId];
  const runs: GuaranteeRun[] = [];
  for (const id of ids) runs.push(await store.transact((tx) => runOne(tx, clock(), id)));
  return runs;
}
