// Withdraws a version: it stays in the log and the plan's tree, marked with the reason, but it is off the table
// (frozen, and left out of the analysis). A version is never deleted; withdrawing it twice is a conflict.
import { newEvent, type StoredVersion, VersionWithdraw } from '@concord/core';
import type { z } from 'zod';
import { conflict } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist, splitId } from './lookups.ts';
import { versionSubject } from './subjects.ts';

export type WithdrawVersionInput = { versionId: string } & z.input<typeof VersionWithdraw>;

export async function withdrawVersion(
  ctx: CommandContext,
  input: WithdrawVersionInput,
): Promise<StoredVersion> {
  const { id, fields } = splitId(input, 'versionId');
  const { reason } = validate(VersionWithdraw, fields);
  return writeAs(ctx, async (tx) => {
    const subject = await versionSubject(tx, id);
    const grant = permit(ctx, 'withdraw', 'version', subject.resource, { what: 'version', id });
    if (subject.entity.withdrawal !== null) throw conflict(`version ${id} was already withdrawn`);
    await tx.appendEvent(newEvent('version.withdrawn', { id, reason }, stamp(ctx, grant, subject.scope)));
    return mustExist('version', id, (i) => tx.versions.get(i));
  });
}
