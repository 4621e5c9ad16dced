import type { Commitment } from '@concord/core';
import { CommitmentUpdate, newEvent } from '@concord/core';
import type { Store } from '@concord/db';
import type { z } from 'zod';
import { validate } from '../validate.ts';
import { assertEditable, assertPartyRef, mustExist, planOf, splitId, validActor } from './lookups.ts';

export type UpdateCommitmentInput = { commitmentId: string } & z.input<typeof CommitmentUpdate>;

export async function updateCommitment(
  store: Store,
  input: UpdateCommitmentInput,
  actor: string,
): Promise<Commitment> {
  const { id, fields } = splitId(input, 'commitmentId');
  const changes = validate(CommitmentUpdate, fields);
  const by = validActor(actor);
  return store.transact(async (tx) => {
    const commitment = await mustExist('commitment', id, (i) => tx.commitments.get(i));
    const version = await mustExist('version', commitment.versionId, (i) => tx.versions.get(i));
    assertEditable(version);
    const plan = await planOf(tx, version);
    await assertPartyRef(tx, plan.processId, 'obligor', changes.obligor);
    await assertPartyRef(tx, plan.processId, 'beneficiary', changes.beneficiary);
    await tx.appendEvent(newEvent('commitment.updated', { id, changes }, { actor: by }));
    return mustExist('commitment', id, (i) => tx.commitments.get(i));
  });
}
