// A council as the policy and its events see it: its process and audience, the accounts holding its chair, and
// the scope every event under it is written with (the council is the subject of its seats, motions and votes).
import type { Council, EventScope, Resources } from '@concord/core';
import type { Repositories } from '@concord/db';
import { mustExist } from './lookups.ts';

export type CouncilSubject = { council: Council; resource: Resources['council']; scope: EventScope };

export function councilSubjectOf(council: Council): CouncilSubject {
  const chairAccounts = council.members.flatMap((m) =>
    m.role === 'chair' && m.accountId !== null ? [m.accountId] : [],
  );
  const { processId, audience } = council;
  return {
    council,
    resource: { processId, audience, chairAccounts },
    scope: { processId, subjectId: council.id, audience },
  };
}

export async function councilSubject(tx: Repositories, id: string): Promise<CouncilSubject> {
  return councilSubjectOf(await mustExist('council', id, (i) => tx.councils.get(i)));
}

/** The council of a motion, and the motion. */
export async function motionSubject(tx: Repositories, motionId: string) {
  const council = await mustExist('motion', motionId, (i) => tx.councils.getByMotion(i));
  const motion = council.motions.find((m) => m.id === motionId);
  if (motion === undefined) throw new Error(`motion ${motionId} missing from its council`);
  return { ...councilSubjectOf(council), motion };
}
