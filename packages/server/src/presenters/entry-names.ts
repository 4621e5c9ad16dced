// The names the log register may use for a page of entries, read through the caller's scoped repositories: an
// object the caller may not read comes back null and is then described by its kind only (entry-words.ts).
// Each id is read once per page.
import { type ConcordEvent, type Membership, parseActor } from '@concord/core';
import type { Repositories } from '@concord/db';
import type { EntryNames, PointName } from './entry-words.ts';

type Ids = {
  process: Set<string>;
  plan: Set<string>;
  version: Set<string>;
  point: Set<string>;
  party: Set<string>;
  membership: Set<string>;
};

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

function collect(events: ConcordEvent[]): Ids {
  const ids: Ids = {
    process: new Set(),
    plan: new Set(),
    version: new Set(),
    point: new Set(),
    party: new Set(),
    membership: new Set(),
  };
  const add = (set: Set<string>, v: unknown) => {
    const s = str(v);
    if (s) set.add(s);
  };
  for (const e of events) {
    const d = e.data as Record<string, unknown>;
    const [noun] = e.type.split('.');
    if (e.scope) add(ids.process, e.scope.processId);
    add(ids.process, d.processId);
    if (noun === 'process') add(ids.process, d.id);
    if (noun === 'plan') add(ids.plan, d.id);
    if (noun === 'party') add(ids.party, d.id);
    if (noun === 'point') add(ids.point, d.id);
    if (noun === 'point' || noun === 'commitment') add(ids.version, e.scope?.subjectId);
    if (e.type === 'version.created') {
      add(ids.version, e.data.version.id);
      add(ids.plan, e.data.version.planId);
    }
    if (e.type === 'version.updated' || e.type === 'version.withdrawn') add(ids.version, d.id);
    if (e.type === 'audience.changed') add(ids[e.data.subject], e.data.id);
    for (const k of ['planId', 'versionId'] as const) add(k === 'planId' ? ids.plan : ids.version, d[k]);
    add(ids.point, d.pointId);
    add(ids.party, d.partyId);
    const actor = parseActor(e.actor);
    if (actor?.kind === 'account' && actor.membershipId) add(ids.membership, actor.membershipId);
  }
  return ids;
}

async function readAll<T>(ids: Set<string>, get: (id: string) => Promise<T | null>): Promise<Map<string, T>> {
  const map = new Map<string, T>();
  await Promise.all(
    [...ids].map(async (id) => {
      const found = await get(id);
      if (found !== null) map.set(id, found);
    }),
  );
  return map;
}

/** For actors naming an account alone: that account's membership in the event's process, when readable. */
async function membersByAccount(
  events: ConcordEvent[],
  reader: Repositories,
): Promise<Map<string, Membership>> {
  const wanted = new Map<string, Set<string>>(); // process id → account ids
  for (const e of events) {
    const actor = parseActor(e.actor);
    const processId = e.scope?.processId ?? str((e.data as { processId?: unknown }).processId);
    if (actor?.kind !== 'account' || actor.membershipId || !processId) continue;
    wanted.set(processId, (wanted.get(processId) ?? new Set()).add(actor.accountId));
  }
  const found = new Map<string, Membership>();
  for (const [processId, accounts] of wanted)
    for (const m of await reader.memberships.listByProcess(processId))
      if (accounts.has(m.accountId) && !found.has(m.accountId)) found.set(m.accountId, m);
  return found;
}

/** Names for `events` (the bodies the caller may read), as the caller may read them. */
export async function loadEntryNames(events: ConcordEvent[], reader: Repositories): Promise<EntryNames> {
  const ids = collect(events);
  const [processes, plans, versions, points, memberships] = await Promise.all([
    readAll(ids.process, (id) => reader.processes.get(id)),
    readAll(ids.plan, (id) => reader.plans.get(id)),
    readAll(ids.version, (id) => reader.versions.get(id)),
    readAll(ids.point, (id) => reader.points.get(id)),
    readAll(ids.membership, (id) => reader.memberships.get(id)),
  ]);
  // An account acting before it had a membership (the one who opened a process) is named by the one it got there.
  const byAccount = await membersByAccount(events, reader);
  for (const m of [...memberships.values(), ...byAccount.values()]) if (m.partyId) ids.party.add(m.partyId);
  for (const p of points.values()) ids.version.add(p.versionId);
  const [parties, moreVersions] = await Promise.all([
    readAll(ids.party, (id) => reader.parties.get(id)),
    readAll(new Set([...ids.version].filter((id) => !versions.has(id))), (id) => reader.versions.get(id)),
  ]);
  for (const [id, v] of moreVersions) versions.set(id, v);
  const get =
    <T, R>(map: Map<string, T>, pick: (t: T) => R) =>
    (id: string | null | undefined) => {
      const found = id ? map.get(id) : undefined;
      return found === undefined ? null : pick(found);
    };
  return {
    actor(actor) {
      const parsed = parseActor(actor);
      if (parsed === null) return 'Someone';
      if (parsed.kind === 'operator') return 'The operator';
      const m = parsed.membershipId ? memberships.get(parsed.membershipId) : byAccount.get(parsed.accountId);
      if (!m) return 'Someone';
      const party = m.partyId ? parties.get(m.partyId) : undefined;
      return party ? party.name : m.name;
    },
    process: get(processes, (p) => p.title),
    plan: get(plans, (p) => p.title),
    version: get(versions, (v) => v.label),
    point: get(points, (p): PointName => ({ number: p.number, versionId: p.versionId })),
    party: get(parties, (p) => p.name),
  };
}
