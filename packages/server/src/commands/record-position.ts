// Records a party's position on a point: one transaction, one `position.recorded` event. The party's own
// delegates record its positions, and the mediators (lead or staff) record for any party; both only on a point
// they may read. A position is private (its party's delegates and the mediators) unless published, which only
// the party's own delegates may do. Every recording is kept: the history is the list of them.
import {
  Id,
  intersect,
  newEvent,
  type Position,
  PositionInput,
  type PositionInputBody,
  type PositionRecord,
  partiesAudience,
  uuidv7,
  valuationEnteredBy,
} from '@concord/core';
import { ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist } from './lookups.ts';
import { pointSubject } from './subjects.ts';

export type RecordPositionInput = { pointId: string } & PositionInputBody;

export async function recordPosition(ctx: CommandContext, input: RecordPositionInput): Promise<Position> {
  const { pointId, ...fields } = (input ?? {}) as RecordPositionInput;
  const id = validate(Id, pointId, ['pointId']);
  const position = validate(PositionInput, fields);
  return writeAs(ctx, async (tx) => {
    const { entity: point, version, plan, resource } = await pointSubject(tx, id);
    permit(ctx, 'read', 'version', resource, { what: 'point', id: point.id });
    const party = await tx.parties.get(position.partyId);
    if (party === null || party.processId !== plan.processId)
      throw ruleBroken(`party ${position.partyId} is not a party of this process`, [
        { path: 'partyId', message: 'must be a party of the same process as the point' },
      ]);
    const target = { ...resource, partyId: party.id, published: false };
    // A position the caller may not read does not exist for it (404), even to be added to.
    const grant = permit(ctx, 'record', 'position', target, { what: 'position for party', id: party.id });
    if (position.published)
      permit(
        ctx,
        'publish',
        'position',
        { ...target, published: true },
        { what: 'position for party', id: party.id },
      );
    const today = ctx.clock().toISOString().slice(0, 10);
    if (position.takenOn > today)
      throw ruleBroken('a position is recorded once taken, not ahead of time', [
        { path: 'takenOn', message: `must be ${today} or earlier` },
      ]);
    const record: PositionRecord = {
      id: uuidv7(ctx.clock().getTime()),
      processId: plan.processId,
      planId: plan.id,
      versionId: version.id,
      pointId: point.id,
      lineageId: point.lineageId,
      ...position,
      recordedBy: valuationEnteredBy(grant.membership),
    };
    // Private: the party (when the version is shared with it) and the mediators. Published: the version's readers.
    const audience = record.published
      ? version.audience
      : intersect(version.audience, partiesAudience([party.id]));
    const scope = { processId: plan.processId, subjectId: record.id, audience };
    await tx.appendEvent(newEvent('position.recorded', record, stamp(ctx, grant, scope)));
    return mustExist('position', record.id, (i) => tx.positions.get(i));
  });
}
