import type { Version } from '@concord/core';
import { newEvent, VersionUpdate } from '@concord/core';
import type { z } from 'zod';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { assertEditable, mustExist, splitId } from './lookups.ts';
import { versionSubject } from './subjects.ts';

export type UpdateVersionInput = { versionId: string } & z.input<typeof VersionUpdate>;

/** Changes a version's label, date, status or note; a final version is frozen. */
export async function updateVersion(ctx: CommandContext, input: UpdateVersionInput): Promise<Version> {
  const { id, fields } = splitId(input, 'versionId');
  const changes = validate(VersionUpdate, fields);
  return writeAs(ctx, async (tx) => {
    const version = await versionSubject(tx, id);
    const grant = permit(ctx, 'update', 'version', version.resource, { what: 'version', id });
    assertEditable(version.entity);
    await tx.appendEvent(newEvent('version.updated', { id, changes }, stamp(ctx, grant, version.scope)));
    return mustExist('version', id, (i) => tx.versions.get(i));
  });
}
