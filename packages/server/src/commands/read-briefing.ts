// The derived views of what happened around the texts, from the caller's scoped reads only, so each holds only
// what the caller may read: who has received which version (and who has not been briefed on it), and one
// timeline of the process.
import {
  buildTimeline,
  type Deadline,
  type Delivery,
  deadlineState,
  notBriefed,
  type Party,
  type Receipt,
  receiptsOf,
  type TimelineItem,
} from '@concord/core';
import type { Repositories } from '@concord/db';
import { mustExist } from './lookups.ts';

export type VersionBriefing = {
  versionId: string;
  processId: string;
  parties: Party[];
  receipts: Receipt[];
  notBriefed: string[];
  deliveries: Delivery[];
};

export async function readVersionBriefing(repos: Repositories, versionId: string): Promise<VersionBriefing> {
  const version = await mustExist('version', versionId, (id) => repos.versions.get(id));
  const plan = await mustExist('plan', version.planId, (id) => repos.plans.get(id));
  const [parties, deliveries, consultations] = await Promise.all([
    repos.parties.listByProcess(plan.processId),
    repos.deliveries.listByVersion(versionId),
    repos.consultations.listByProcess(plan.processId),
  ]);
  const receipts = receiptsOf({ version, parties, deliveries, consultations });
  return {
    versionId,
    processId: plan.processId,
    parties,
    receipts,
    notBriefed: notBriefed(receipts, parties),
    deliveries,
  };
}

export type ProcessBriefing = {
  processId: string;
  parties: Party[];
  versions: { id: string; planId: string; label: string; receipts: Receipt[]; notBriefed: string[] }[];
};

/** Versions × parties: who has received which version the caller may read. */
export async function readProcessBriefing(repos: Repositories, processId: string): Promise<ProcessBriefing> {
  await mustExist('process', processId, (id) => repos.processes.get(id));
  const [parties, deliveries, consultations, versions] = await Promise.all([
    repos.parties.listByProcess(processId),
    repos.deliveries.listByProcess(processId),
    repos.consultations.listByProcess(processId),
    readableVersions(repos, processId),
  ]);
  return {
    processId,
    parties,
    versions: versions.map((version) => {
      const receipts = receiptsOf({ version, parties, deliveries, consultations });
      return {
        id: version.id,
        planId: version.planId,
        label: version.label,
        receipts,
        notBriefed: notBriefed(receipts, parties),
      };
    }),
  };
}

async function readableVersions(repos: Repositories, processId: string) {
  const plans = await repos.plans.listByProcess(processId);
  const lists = await Promise.all(plans.map((p) => repos.versions.listByPlan(p.id)));
  return lists.flat();
}

export type DeadlineWithState = Deadline & { state: ReturnType<typeof deadlineState> };

export async function readDeadlines(
  repos: Repositories,
  processId: string,
  now: Date,
): Promise<DeadlineWithState[]> {
  await mustExist('process', processId, (id) => repos.processes.get(id));
  const deadlines = await repos.deadlines.listByProcess(processId);
  return deadlines.map((d) => ({ ...d, state: deadlineState(d, now) }));
}

export async function readTimeline(
  repos: Repositories,
  processId: string,
  now: Date,
): Promise<TimelineItem[]> {
  await mustExist('process', processId, (id) => repos.processes.get(id));
  const [versions, deliveries, consultations, statements, deadlines] = await Promise.all([
    readableVersions(repos, processId),
    repos.deliveries.listByProcess(processId),
    repos.consultations.listByProcess(processId),
    repos.statements.listByProcess(processId),
    repos.deadlines.listByProcess(processId),
  ]);
  return buildTimeline({ versions, deliveries, consultations, statements, deadlines }, now);
}
