// A process's implementation as the caller may read it, at the server's clock: each tracked commitment with its
// status, rolled-up progress, due instant and overdue flag, the milestones, each party's compliance series, and
// what the caller may do (set a status on each commitment, record milestones).
import {
  abilities,
  type ConcordEvent,
  type ImplementationAnswer,
  implementationView,
  type Principal,
} from '@concord/core';
import type { Repositories } from '@concord/db';
import { loadEntryNames } from '../presenters/entry-names.ts';
import type { Clock } from './context.ts';
import { mustExist } from './lookups.ts';

export async function readImplementation(
  reader: Repositories,
  principal: Principal | null,
  clock: Clock,
  processId: string,
): Promise<ImplementationAnswer> {
  // A process the caller may not read does not exist for it (404), as for its other lists.
  const process = await mustExist('process', processId, (id) => reader.processes.get(id));
  const tracked = await reader.tracking.listByProcess(processId);
  const milestones = await reader.tracking.milestones(processId);
  const view = implementationView(tracked, milestones, clock());
  const commitments = view.commitments.map((c) => ({
    ...c,
    maySetStatus: abilities(principal, 'version', { processId, audience: c.audience })[
      'set-commitment-status'
    ],
  }));
  const onProcess = abilities(principal, 'process', { processId, audience: process.audience });
  return {
    ...view,
    commitments,
    mayRecordMilestone: onProcess['record-milestone'],
    actors: await actorNames(),
  };

  // The log's own naming of actors (a party's or member's name, as the caller may read it). It reads only each
  // entry's actor and process, so the statuses stand in for their entries.
  async function actorNames(): Promise<Record<string, string>> {
    const actors = [...new Set(tracked.flatMap((t) => t.statuses.map((s) => s.actor)))];
    const entries = actors.map((actor) => ({
      type: 'commitment.status-set',
      actor,
      scope: { processId },
      data: {},
    }));
    const names = await loadEntryNames(entries as unknown as ConcordEvent[], reader);
    return Object.fromEntries(actors.map((a) => [a, names.actor(a)]));
  }
}
