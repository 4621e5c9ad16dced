// Puts a commitment of an agreed (final) version under implementation tracking (a mediator or the operator): its
// due rule, weight, parent commitment (already tracked, of the same process) and indicators. Once per commitment.
// One `commitment.tracked` event, scoped like the commitment's version.
import { Id, newEvent, type TrackedCommitment, TrackingInput, type TrackingInputBody } from '@concord/core';
import { conflict, ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist } from './lookups.ts';
import { versionSubject } from './subjects.ts';

export type TrackCommitmentInput = { commitmentId: string } & TrackingInputBody;

export async function trackCommitment(
  ctx: CommandContext,
  input: TrackCommitmentInput,
): Promise<TrackedCommitment> {
  const { commitmentId: rawId, ...fields } = (input ?? {}) as TrackCommitmentInput;
  const id = validate(Id, rawId, ['commitmentId']);
  const t = validate(TrackingInput, fields);
  return writeAs(ctx, async (tx) => {
    const commitment = await mustExist('commitment', id, (i) => tx.commitments.get(i));
    const subject = await versionSubject(tx, commitment.versionId);
    const grant = permit(ctx, 'track-commitment', 'version', subject.resource, { what: 'commitment', id });
    if (subject.entity.status !== 'final')
      throw conflict(
        'only the commitments of an agreed (final) version are tracked: this version is not final',
      );
    if ((await tx.tracking.get(id)) !== null) throw conflict('this commitment is already tracked');
    if (t.parentId !== null) {
      const parent = await tx.tracking.get(t.parentId);
      if (parent === null || parent.processId !== subject.resource.processId || t.parentId === id)
        throw ruleBroken('the parent must be another tracked commitment of this process', [
          { path: 'parentId', message: 'track the parent commitment first' },
        ]);
    }
    const processId = subject.resource.processId;
    const record = { commitmentId: id, versionId: commitment.versionId, processId, ...t };
    await tx.appendEvent(newEvent('commitment.tracked', record, stamp(ctx, grant, subject.scope)));
    return mustExist('commitment', id, (i) => tx.tracking.get(i));
  });
}
