// Rules shared by the commands that record what happened around the texts: a time given for something that
// happened is not in the future, parties named belong to the process, and a version named is one the record's
// readers may read (an id they could not read must not reach them through the record or its log entry).
import { type Audience, covers, describeAudience, isUuid, type Party } from '@concord/core';
import type { Repositories } from '@concord/db';
import { ruleBroken } from '../problems.ts';
import type { CommandContext } from './context.ts';
import { mustExist } from './lookups.ts';

/** `given` (default: now) as the time something happened; refused when it is after now. */
export function pastOrNow(ctx: CommandContext, given: string | undefined, path: string): string {
  const now = ctx.clock().toISOString();
  if (given === undefined) return now;
  if (given > now)
    throw ruleBroken(`${path} is in the future: record what has happened`, [
      { path, message: `must not be after ${now}` },
    ]);
  return given;
}

/** Each id names a party of the process; answers the parties. */
export async function partiesOfProcess(
  tx: Repositories,
  processId: string,
  refs: { path: string; id: string }[],
): Promise<Party[]> {
  const parties = await tx.parties.listByProcess(processId);
  const ids = new Set(parties.map((p) => p.id));
  const strangers = refs.filter((r) => !isUuid(r.id) || !ids.has(r.id));
  if (strangers.length > 0)
    throw ruleBroken(
      'the record names a party that is not a party of this process',
      strangers.map((r) => ({ path: r.path, message: 'must be a party of the same process' })),
    );
  return parties;
}

/**
 * The version a record names, in the same process, readable by everyone the record is shared with (else the
 * record would hand them the id of a text they may not read).
 */
export async function namedVersion(
  tx: Repositories,
  processId: string,
  versionId: string,
  audience: Audience,
  parties: Party[],
  readable: (v: { processId: string; audience: Audience }) => boolean,
): Promise<void> {
  const version = await tx.versions.get(versionId);
  const plan = version === null ? null : await mustExist('plan', version.planId, (id) => tx.plans.get(id));
  if (
    version === null ||
    plan === null ||
    plan.processId !== processId ||
    !readable({ processId, audience: version.audience })
  )
    throw ruleBroken(`versionId ${versionId} is not a version of this process`, [
      { path: 'versionId', message: 'must be a version of the same process that you may read' },
    ]);
  if (!covers(version.audience, audience)) {
    const names = new Map(parties.map((p) => [p.id, p.name]));
    const name = (id: string) => names.get(id) ?? 'an unknown party';
    throw ruleBroken(
      `this record would be read by ${describeAudience(audience, name)}, but the version is shared only with ${describeAudience(version.audience, name)}: deliver or share the version first, or leave it unnamed`,
      [{ path: 'versionId', message: 'must be readable by everyone the record is shared with' }],
    );
  }
}
