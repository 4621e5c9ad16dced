// Whose valuation the reader may enter on a version page, from what the server said (the version's abilities)
// and which parties the reader acts for: every party of the process for those who may read the whole analysis,
// else the parties they act for in this process (their delegation), else none (no panel). The server checks again.
import type { Abilities } from './people-types.ts';
import { may } from './people-types.ts';

type Membership = { processId: string; partyId: string | null };

export function valuableParties<P extends { id: string }>(
  abilities: Abilities,
  parties: P[],
  memberships: Membership[],
  processId: string,
): { parties: P[]; forOthers: boolean } | null {
  if (may(abilities, 'read-full')) return parties.length > 0 ? { parties, forOthers: true } : null;
  if (!may(abilities, 'read-own')) return null;
  const own = new Set(memberships.filter((m) => m.processId === processId).map((m) => m.partyId));
  const mine = parties.filter((p) => own.has(p.id));
  return mine.length > 0 ? { parties: mine, forOthers: false } : null;
}
