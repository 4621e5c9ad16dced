import type { Commitment } from '@concord/core';
import { CommitmentCreate, LIMITS, newEvent, uuidv7 } from '@concord/core';
import type { z } from 'zod';
import { conflict } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { assertEditable, assertPartyRef, mustExist, splitId } from './lookups.ts';
import { pointSubject } from './subjects.ts';

export type CreateCommitmentInput = { pointId: string } & z.input<typeof CommitmentCreate>;

/** Records who is obliged to do what under a point of a version that is not final. */
export async function createCommitment(
  ctx: CommandContext,
  input: CreateCommitmentInput,
): Promise<Commitment> {
  const { id: pointId, fields } = splitId(input, 'pointId');
  const commitment = validate(CommitmentCreate, fields);
  return writeAs(ctx, async (tx) => {
    const subject = await pointSubject(tx, pointId);
    const grant = permit(ctx, 'edit', 'version', subject.resource, { what: 'point', id: pointId });
    const { version, plan } = subject;
    assertEditable(version);
    const onPoint = (await tx.commitments.listByVersion(version.id)).filter((c) => c.pointId === pointId);
    if (onPoint.length >= LIMITS.commitmentsPerPoint)
      throw conflict(`point ${pointId} already carries ${LIMITS.commitmentsPerPoint} commitments`);
    await assertPartyRef(tx, plan.processId, 'obligor', commitment.obligor);
    await assertPartyRef(tx, plan.processId, 'beneficiary', commitment.beneficiary);
    const id = uuidv7(ctx.clock().getTime());
    const record = { id, versionId: version.id, pointId, ...commitment };
    await tx.appendEvent(newEvent('commitment.created', record, stamp(ctx, grant, subject.scope)));
    return mustExist('commitment', id, (i) => tx.commitments.get(i));
  });
}
