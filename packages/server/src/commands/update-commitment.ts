import type { Commitment } from '@concord/core';
import { CommitmentUpdate, newEvent } from '@concord/core';
import type { z } from 'zod';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { assertEditable, assertPartyRef, mustExist, splitId } from './lookups.ts';
import { versionSubject } from './subjects.ts';

export type UpdateCommitmentInput = { commitmentId: string } & z.input<typeof CommitmentUpdate>;

export async function updateCommitment(
  ctx: CommandContext,
  input: UpdateCommitmentInput,
): Promise<Commitment> {
  const { id, fields } = splitId(input, 'commitmentId');
  const changes = validate(CommitmentUpdate, fields);
  return writeAs(ctx, async (tx) => {
    const commitment = await mustExist('commitment', id, (i) => tx.commitments.get(i));
    const subject = await versionSubject(tx, commitment.versionId);
    const grant = permit(ctx, 'edit', 'version', subject.resource, { what: 'commitment', id });
    const { entity: version, plan } = subject;
    assertEditable(version);
    await assertPartyRef(tx, plan.processId, 'obligor', changes.obligor);
    await assertPartyRef(tx, plan.processId, 'beneficiary', changes.beneficiary);
    await tx.appendEvent(newEvent('commitment.updated', { id, changes }, stamp(ctx, grant, subject.scope)));
    return mustExist('commitment', id, (i) => tx.commitments.get(i));
  });
}
