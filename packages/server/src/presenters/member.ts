// A process's members as its members see them: who holds which role, for which party, in which state since when,
// and whether the caller may manage the membership (`abilities`, from the one policy; the last-lead rule of
// change-membership.ts is a rule of the change, not an ability, so it shows only as a 422 when tried).
import { abilities, type Membership, MembershipStatus, type Principal, Rank, Role } from '@concord/core';
import type { Repositories } from '@concord/db';
import { z } from '@hono/zod-openapi';
import { AbilitiesSchema } from '../http/schemas.ts';

export const PresentedMember = z
  .object({
    id: z.string(),
    accountId: z.string(),
    name: z.string(),
    role: Role,
    rank: Rank.nullable(),
    partyId: z.string().nullable(),
    partyName: z.string().nullable(),
    status: MembershipStatus,
    /** When the membership took its current status (the time of the log entry that last changed it). */
    since: z.string(),
    abilities: AbilitiesSchema,
  })
  .meta({ id: 'Member' });
export type PresentedMember = z.infer<typeof PresentedMember>;

/**
 * Memberships as `principal` sees them. `reader` is the caller's scoped view: a party it cannot read is shown
 * without a name. The times come from the log entries the memberships' rows point at.
 */
export async function presentMembers(
  memberships: Membership[],
  principal: Principal | null,
  reader: Repositories,
): Promise<PresentedMember[]> {
  const partyIds = [...new Set(memberships.flatMap((m) => (m.partyId === null ? [] : [m.partyId])))];
  const [parties, entries] = await Promise.all([
    Promise.all(partyIds.map((id) => reader.parties.get(id))),
    Promise.all(memberships.map((m) => reader.log.entry(m.logIndex))),
  ]);
  const partyName = new Map(parties.flatMap((p) => (p === null ? [] : [[p.id, p.name] as const])));
  return memberships.map((m, i) => ({
    id: m.id,
    accountId: m.accountId,
    name: m.name,
    role: m.role,
    rank: m.rank,
    partyId: m.partyId,
    partyName: m.partyId === null ? null : (partyName.get(m.partyId) ?? null),
    status: m.status,
    since: entries[i]?.event.at ?? '',
    abilities: abilities(principal, 'membership', { processId: m.processId, accountId: m.accountId }),
  }));
}
