// Takes a commitment off a point of a working draft (one `commitment.removed` event; the log keeps what it said).
// A frozen version keeps its commitments: what someone read never changes behind their back.
import { Id, newEvent } from '@concord/core';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { assertEditable, mustExist } from './lookups.ts';
import { versionSubject } from './subjects.ts';

export type RemoveCommitmentInput = { commitmentId: string };

export async function removeCommitment(ctx: CommandContext, input: RemoveCommitmentInput): Promise<void> {
  const id = validate(Id, (input as Partial<RemoveCommitmentInput> | null)?.commitmentId, ['commitmentId']);
  await writeAs(ctx, async (tx) => {
    const commitment = await mustExist('commitment', id, (i) => tx.commitments.get(i));
    const subject = await versionSubject(tx, commitment.versionId);
    const grant = permit(ctx, 'edit', 'version', subject.resource, { what: 'commitment', id });
    assertEditable(subject.entity);
    await tx.appendEvent(newEvent('commitment.removed', { id }, stamp(ctx, grant, subject.scope)));
  });
}
