import type { Version } from '@concord/core';
import { newEvent, VersionUpdate } from '@concord/core';
import type { Store } from '@concord/db';
import type { z } from 'zod';
import { validate } from '../validate.ts';
import { assertEditable, mustExist, splitId, validActor } from './lookups.ts';

export type UpdateVersionInput = { versionId: string } & z.input<typeof VersionUpdate>;

/** Changes a version's label, date, status or note; a final version is frozen. */
export async function updateVersion(
  store: Store,
  input: UpdateVersionInput,
  actor: string,
): Promise<Version> {
  const { id, fields } = splitId(input, 'versionId');
  const changes = validate(VersionUpdate, fields);
  const by = validActor(actor);
  return store.transact(async (tx) => {
    assertEditable(await mustExist('version', id, (i) => tx.versions.get(i)));
    await tx.appendEvent(newEvent('version.updated', { id, changes }, { actor: by }));
    return mustExist('version', id, (i) => tx.versions.get(i));
  });
}
