import type { StoredVersion } from '@concord/core';
import { allowedStatusChange, frozenBecause, frozenSentence, newEvent, VersionUpdate } from '@concord/core';
import type { z } from 'zod';
import { conflict } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { assertEditable, mustExist, splitId } from './lookups.ts';
import { versionSubject } from './subjects.ts';

export type UpdateVersionInput = { versionId: string } & z.input<typeof VersionUpdate>;

/**
 * Changes a working draft's label, date, status or note. A circulated version (or a draft already shared beyond the
 * mediators) is frozen except for its status moving on (the text signed is the one read); a final or withdrawn
 * version does not change at all.
 */
export async function updateVersion(ctx: CommandContext, input: UpdateVersionInput): Promise<StoredVersion> {
  const { id, fields } = splitId(input, 'versionId');
  const changes = validate(VersionUpdate, fields);
  return writeAs(ctx, async (tx) => {
    const version = await versionSubject(tx, id);
    const grant = permit(ctx, 'update', 'version', version.resource, { what: 'version', id });
    assertChangeAllowed(version.entity, changes);
    await tx.appendEvent(newEvent('version.updated', { id, changes }, stamp(ctx, grant, version.scope)));
    return mustExist('version', id, (i) => tx.versions.get(i));
  });
}

function assertChangeAllowed(version: StoredVersion, changes: VersionUpdate): void {
  const frozen = frozenBecause(version);
  if (frozen !== 'circulated' && frozen !== 'released') {
    assertEditable(version);
    return;
  }
  const onlyStatus = Object.entries(changes).every(([key, value]) => value === undefined || key === 'status');
  if (!onlyStatus || changes.status === undefined || !allowedStatusChange(version.status, changes.status))
    throw conflict(
      `version ${version.id} ${frozenSentence(frozen)} and cannot be changed, only declared ${frozen === 'released' ? 'circulated or final' : 'final'}: start a new version from it`,
    );
}
