// Who the caller is, in words the web application can show: the person, how they signed in, and each role they
// hold ("Mediator (lead) — Russia–Ukraine 2025", "Delegate of Ukraine — Russia–Ukraine 2025"). GET /api/session
// answers it, and so does every route that signs someone in.
import type { Principal } from '@concord/core';
import type { Repositories } from '@concord/db';
import { z } from '@hono/zod-openapi';

export const SessionMembership = z
  .object({
    id: z.string(),
    processId: z.string(),
    processTitle: z.string(),
    role: z.string(),
    rank: z.string().nullable(),
    partyId: z.string().nullable(),
    partyName: z.string().nullable(),
    name: z.string(),
  })
  .meta({ id: 'SessionMembership' });

export const SessionPrincipal = z
  .object({
    accountId: z.string(),
    name: z.string(),
    via: z.enum(['session', 'token']),
    mayOpenProcesses: z.boolean(),
    memberships: z.array(SessionMembership),
  })
  .meta({ id: 'SessionPrincipal' });
export type SessionPrincipal = z.infer<typeof SessionPrincipal>;

/** The principal as GET /api/session shows it (null for the public), read through the caller's own scope. */
export async function presentSessionPrincipal(
  principal: Principal | null,
  reader: Repositories,
): Promise<SessionPrincipal | null> {
  if (principal === null || principal.kind !== 'account') return null;
  const memberships = await Promise.all(
    principal.memberships.map(async (m) => {
      const [process, party] = await Promise.all([
        reader.processes.get(m.processId),
        m.partyId === null ? null : reader.parties.get(m.partyId),
      ]);
      return {
        id: m.id,
        processId: m.processId,
        processTitle: process?.title ?? '(unknown process)',
        role: m.role,
        rank: m.rank,
        partyId: m.partyId,
        partyName: party?.name ?? null,
        name: m.name,
      };
    }),
  );
  return {
    accountId: principal.accountId,
    name: principal.name,
    via: principal.via.kind,
    mayOpenProcesses: principal.mayOpenProcesses,
    memberships,
  };
}
