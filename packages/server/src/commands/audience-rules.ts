// The rules an audience must keep: it names only parties of its process, and it never reaches further than what
// contains it (a version's audience stays within its plan's, a plan's within its process's). Containers only
// widen, so once inside, an object stays inside.
import { type Audience, covers, describeAudience, isUuid, type Party } from '@concord/core';
import type { Repositories } from '@concord/db';
import { ruleBroken } from '../problems.ts';

export async function assertAudience(
  tx: Repositories,
  processId: string,
  audience: Audience,
  within: Audience,
  path: string,
): Promise<void> {
  const parties = await tx.parties.listByProcess(processId);
  if (audience.kind === 'parties') {
    const ids = new Set(parties.map((p) => p.id));
    const strangers = audience.partyIds.filter((id) => !isUuid(id) || !ids.has(id));
    if (strangers.length > 0)
      throw ruleBroken(
        `the audience names ${strangers.length} party id(s) that are not parties of this process`,
        [{ path: `${path}.partyIds`, message: 'must name parties of the same process' }],
      );
  }
  if (!covers(within, audience))
    throw ruleBroken(
      `this cannot be shared with ${describeAudience(audience, nameOf(parties))}: what contains it is shared only with ${describeAudience(within, nameOf(parties))}`,
      [{ path, message: 'must stay within the audience of what contains it' }],
    );
}

function nameOf(parties: Party[]): (id: string) => string {
  const names = new Map(parties.map((p) => [p.id, p.name]));
  return (id) => names.get(id) ?? 'an unknown party';
}
