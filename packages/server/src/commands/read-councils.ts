// The councils of a process as the caller may read them, each with what the caller may do on it and the seats
// it votes for (its own account's), so the page offers a vote form only where a vote would be taken.
import { abilities, type CouncilView, type Principal } from '@concord/core';
import type { Repositories } from '@concord/db';
import { councilSubjectOf } from './council-subject.ts';
import { mustExist } from './lookups.ts';

export async function readCouncils(
  reader: Repositories,
  principal: Principal | null,
  processId: string,
): Promise<CouncilView[]> {
  // A process the caller may not read does not exist for it (404), as for its other lists.
  await mustExist('process', processId, (id) => reader.processes.get(id));
  const councils = await reader.councils.listByProcess(processId);
  return councils.map((council) => {
    const { resource } = councilSubjectOf(council);
    const may = abilities(principal, 'council', resource);
    const mySeats = council.members.filter(
      (m) => abilities(principal, 'council-seat', { ...resource, accountId: m.accountId, role: m.role }).vote,
    );
    return {
      ...council,
      abilities: {
        addMember: may['add-member'],
        openMotion: may['open-motion'],
        closeMotion: may['close-motion'],
        recordVotes: may['record-vote'],
      },
      mySeats: mySeats.map((m) => m.id),
    };
  });
}
