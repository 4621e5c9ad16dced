// The objects a command acts on, read inside its transaction with everything the policy and the event need:
// the process they belong to, who they are shared with (the resource the policy sees) and the event scope that
// records it. A missing object is a 404, like one the caller may not see.
import type {
  Audience,
  EventScope,
  Membership,
  Party,
  Plan,
  Point,
  Process,
  StoredVersion,
} from '@concord/core';
import type { Repositories } from '@concord/db';
import { mustExist } from './lookups.ts';

export type Subject<T> = {
  entity: T;
  resource: { processId: string; audience: Audience };
  /** The scope of an event about this object (for a point or commitment: its version). */
  scope: EventScope;
};

function subject<T>(entity: T, processId: string, subjectId: string, audience: Audience): Subject<T> {
  return { entity, resource: { processId, audience }, scope: { processId, subjectId, audience } };
}

export async function processSubject(tx: Repositories, id: string): Promise<Subject<Process>> {
  const process = await mustExist('process', id, (i) => tx.processes.get(i));
  return subject(process, process.id, process.id, process.audience);
}

/** A party follows its process's audience; events about it are about the process. */
export async function partySubject(
  tx: Repositories,
  id: string,
): Promise<Subject<Party> & { process: Process }> {
  const party = await mustExist('party', id, (i) => tx.parties.get(i));
  const process = await mustExist('process', party.processId, (i) => tx.processes.get(i));
  return { ...subject(party, process.id, process.id, process.audience), process };
}

export async function planSubject(tx: Repositories, id: string): Promise<Subject<Plan>> {
  const plan = await mustExist('plan', id, (i) => tx.plans.get(i));
  return subject(plan, plan.processId, plan.id, plan.audience);
}

export async function versionSubject(
  tx: Repositories,
  id: string,
): Promise<Subject<StoredVersion> & { plan: Plan }> {
  const version = await mustExist('version', id, (i) => tx.versions.get(i));
  const plan = await mustExist('plan', version.planId, (i) => tx.plans.get(i));
  return { ...subject(version, plan.processId, version.id, version.audience), plan };
}

/** A point is read, shared and edited as part of its version. */
export async function pointSubject(
  tx: Repositories,
  id: string,
): Promise<Subject<Point> & { version: StoredVersion; plan: Plan }> {
  const point = await mustExist('point', id, (i) => tx.points.get(i));
  const { entity: version, plan, resource, scope } = await versionSubject(tx, point.versionId);
  return { entity: point, resource, scope, version, plan };
}

export async function membershipSubject(tx: Repositories, id: string): Promise<Subject<Membership>> {
  const membership = await mustExist('membership', id, (i) => tx.memberships.get(i));
  return subject(membership, membership.processId, membership.id, { kind: 'process' });
}
