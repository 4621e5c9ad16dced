// A process's implementation as the caller may read it, at the server's clock: each tracked commitment with its
// status, rolled-up progress, due instant and overdue flag, the milestones, each party's compliance series, and
// what the caller may do (set a status on each commitment, record milestones).
import {
  type Audience,
  abilities,
  type ConcordEvent,
  type ImplementationAnswer,
  implementationView,
  type Principal,
  type TrackingCandidate,
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
    candidates: await candidates(),
    actors: await actorNames(),
  };

  // The commitments of final versions not tracked yet, on the versions where the caller may track.
  async function candidates(): Promise<TrackingCandidate[]> {
    const done = new Set(view.commitments.map((c) => c.commitmentId));
    const plans = await reader.plans.listByProcess(processId);
    const versions = (await Promise.all(plans.map((p) => reader.versions.listByPlan(p.id)))).flat();
    const mayTrack = (audience: Audience) =>
      abilities(principal, 'version', { processId, audience })['track-commitment'];
    const found: TrackingCandidate[] = [];
    for (const v of versions.filter((x) => x.status === 'final' && mayTrack(x.audience)))
      for (const c of await reader.commitments.listByVersion(v.id))
        if (!done.has(c.id)) {
          const { obligor, action } = c;
          found.push({ commitmentId: c.id, versionId: v.id, versionLabel: v.label, obligor, action });
        }
    return found;
  }

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
