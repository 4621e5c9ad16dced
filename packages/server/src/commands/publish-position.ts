// Publishes a position its party recorded privately: one `position.published` event carrying the position as
// published, after which whoever reads its version reads it. Only the party's own delegates publish (as at
// recording); a position already public, or one the caller cannot read, is refused and nothing is written.
import { Id, newEvent, type Position, type PositionRecord } from '@concord/core';
import { conflict } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist } from './lookups.ts';
import { versionSubject } from './subjects.ts';

export type PublishPositionInput = { positionId: string };

export async function publishPosition(ctx: CommandContext, input: PublishPositionInput): Promise<Position> {
  const id = validate(Id, (input as Partial<PublishPositionInput> | null)?.positionId, ['positionId']);
  return writeAs(ctx, async (tx) => {
    const position = await mustExist('position', id, (i) => tx.positions.get(i));
    const { entity: version, resource } = await versionSubject(tx, position.versionId);
    const target = { ...resource, partyId: position.partyId, published: position.published };
    // A position the caller may not read does not exist for it (404), even to be published.
    permit(ctx, 'read', 'position', target, { what: 'position', id });
    const grant = permit(
      ctx,
      'publish',
      'position',
      { ...target, published: true },
      { what: 'position', id },
    );
    if (position.published) throw conflict(`position ${id} is already published`);
    const { actor: _actor, recordedAt: _at, logIndex: _index, ...recorded } = position;
    const record: PositionRecord = { ...recorded, published: true };
    const scope = { processId: position.processId, subjectId: id, audience: version.audience };
    await tx.appendEvent(newEvent('position.published', record, stamp(ctx, grant, scope)));
    return mustExist('position', id, (i) => tx.positions.get(i));
  });
}
