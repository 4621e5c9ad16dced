import type { Commitment } from '@concord/core';
import { CommitmentCreate, LIMITS, newEvent, uuidv7 } from '@concord/core';
import type { Store } from '@concord/db';
import type { z } from 'zod';
import { conflict } from '../problems.ts';
import { validate } from '../validate.ts';
import { assertEditable, assertPartyRef, mustExist, planOf, splitId, validActor } from './lookups.ts';

export type CreateCommitmentInput = { pointId: string } & z.input<typeof CommitmentCreate>;

/** Records who is obliged to do what under a point of a version that is not final. */
export async function createCommitment(
  store: Store,
  input: CreateCommitmentInput,
  actor: string,
): Promise<Commitment> {
  const { id: pointId, fields } = splitId(input, 'pointId');
  const commitment = validate(CommitmentCreate, fields);
  const by = validActor(actor);
  return store.transact(async (tx) => {
    const point = await mustExist('point', pointId, (i) => tx.points.get(i));
    const version = await mustExist('version', point.versionId, (i) => tx.versions.get(i));
    assertEditable(version);
    const onPoint = (await tx.commitments.listByVersion(version.id)).filter((c) => c.pointId === pointId);
    if (onPoint.length >= LIMITS.commitmentsPerPoint)
      throw conflict(`point ${pointId} already carries ${LIMITS.commitmentsPerPoint} commitments`);
    const plan = await planOf(tx, version);
    await assertPartyRef(tx, plan.processId, 'obligor', commitment.obligor);
    await assertPartyRef(tx, plan.processId, 'beneficiary', commitment.beneficiary);
    const id = uuidv7();
    await tx.appendEvent(
      newEvent('commitment.created', { id, versionId: version.id, pointId, ...commitment }, { actor: by }),
    );
    return mustExist('commitment', id, (i) => tx.commitments.get(i));
  });
}
