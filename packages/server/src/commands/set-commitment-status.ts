// Sets a tracked commitment's status on the Peace Accords Matrix scale (a mediator or the operator; monitors to
// come): the score 0–3, the day it holds from (today by the clock unless an earlier day is given: a finding may be
// recorded after it was made, never ahead of time), the reason, and the evidence by hash. The history keeps every
// status: a later one for an earlier day does not rewrite what was said, it adds to it. One event.
import {
  Id,
  newEvent,
  StatusInput,
  type StatusInputBody,
  type TrackedCommitment,
  uuidv7,
} from '@concord/core';
import { conflict, ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist } from './lookups.ts';
import { versionSubject } from './subjects.ts';

export type SetCommitmentStatusInput = { commitmentId: string } & StatusInputBody;

export async function setCommitmentStatus(
  ctx: CommandContext,
  input: SetCommitmentStatusInput,
): Promise<TrackedCommitment> {
  const { commitmentId: rawId, ...fields } = (input ?? {}) as SetCommitmentStatusInput;
  const id = validate(Id, rawId, ['commitmentId']);
  const s = validate(StatusInput, fields);
  return writeAs(ctx, async (tx) => {
    const commitment = await mustExist('commitment', id, (i) => tx.commitments.get(i));
    const subject = await versionSubject(tx, commitment.versionId);
    const grant = permit(ctx, 'set-commitment-status', 'version', subject.resource, {
      what: 'commitment',
      id,
    });
    if ((await tx.tracking.get(id)) === null)
      throw conflict('this commitment is not tracked yet: put it under tracking first');
    const today = ctx.clock().toISOString().slice(0, 10);
    const on = s.on ?? today;
    if (on > today)
      throw ruleBroken('a status cannot hold from a day still to come', [
        { path: 'on', message: `must be ${today} or earlier` },
      ]);
    const record = { id: uuidv7(ctx.clock().getTime()), commitmentId: id, ...s, on };
    await tx.appendEvent(newEvent('commitment.status-set', record, stamp(ctx, grant, subject.scope)));
    return mustExist('commitment', id, (i) => tx.tracking.get(i));
  });
}
