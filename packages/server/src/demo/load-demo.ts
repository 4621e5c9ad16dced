// Loads the reference case (Russia–Ukraine 2025 and Gaza 2025) into an empty log through the same commands the
// API uses, acting as the people who did it: the operator opens each process for the US mediation team, which
// then adds the parties, grants the demo people their roles, drafts the plan and its versions, shares each
// version with whom it was shown and when, and enters the illustrative (confidential) valuations. Events carry
// the dates of the reference case (the clock is injected), so the history reads as the process happened.
import { type Audience, OPERATOR, partiesAudience, uuidv7 } from '@concord/core';
import type { Store } from '@concord/db';
import type { CommandContext } from '../commands/context.ts';
import {
  createParty,
  createPlan,
  createProcess,
  createVersion,
  grantMembership,
  shareObject,
} from '../commands/index.ts';
import { loadPrincipal } from '../http/principal.ts';
import { coreProblems } from './core-problems.ts';
import { fixtureProblems } from './fixture-problems.ts';
import type { DemoFixtures, DemoPlan, DemoProcess } from './fixture-schema.ts';
import { loadDemoMarks } from './load-acceptability.ts';
import { loadDemoCouncils } from './load-councils.ts';
import { loadDemoFunds } from './load-fund.ts';
import { loadDemoGuarantees } from './load-guarantees.ts';
import { loadDemoImplementation } from './load-implementation.ts';
import { loadDemoMonitoring } from './load-monitoring.ts';
import { loadDemoPositions } from './load-positions.ts';
import { loadDemoTimeline, readDemoTimeline } from './load-timeline.ts';
import { loadDemoValuations } from './load-valuations.ts';
import { loadDemoYear, readDemoYear } from './load-year.ts';
import { type DemoPeople, readDemoPeople } from './people-schema.ts';
import { readDemoFixtures } from './read-fixtures.ts';
import { toVersionInput } from './to-version-input.ts';

/** A demo person as created: what the role switcher and the printed tokens need. */
export type DemoPerson = { key: string; name: string; handle: string; accountId: string };

export type DemoLoad = { loaded: false } | { loaded: true; people: DemoPerson[] };

/**
 * On an empty log, loads the demo and answers `{ loaded: true, people }`; on a log that holds anything, does
 * nothing. The fixtures are read and checked before the first write, so a broken fixture writes nothing. Two
 * processes starting at once on one empty database could both load; start-up is single-process.
 */
export async function loadDemo(
  store: Store,
  options: { fixtures?: DemoFixtures; people?: DemoPeople; now?: () => Date } = {},
): Promise<DemoLoad> {
  if ((await store.log.size()) > 0) return { loaded: false };
  const fixtures = options.fixtures ?? readDemoFixtures();
  const problems = [...fixtureProblems(fixtures), ...coreProblems(fixtures)];
  if (problems.length > 0) throw new Error(`demo fixtures are invalid:\n- ${problems.join('\n- ')}`);
  const people = options.people ?? readDemoPeople(fixtures);
  const year = readDemoYear();
  const now = options.now ?? (() => new Date());
  const created = await createAccounts(store, people, now());
  const mediators = new Map<string, CommandContext>();
  for (const process of fixtures.processes) {
    const ctx = await loadProcess(store, process, people, created);
    mediators.set(process.key, { ...ctx, clock: now });
  }
  // The deliveries come first: a delivery is what lets a party read the draft it then takes positions on.
  const timeline = readDemoTimeline();
  const timelineMediator = mediators.get(timeline.process);
  if (timelineMediator) await loadDemoTimeline(store, { fixtures, mediator: timelineMediator, timeline });
  await loadDemoValuations(store, { fixtures, mediatorOf: (key) => mediators.get(key) });
  await loadDemoPositions(store, { fixtures, people });
  await loadDemoMarks(store, { fixtures, people });
  await loadDemoCouncils(store, { fixtures, people });
  await loadDemoImplementation(store, { fixtures, people });
  // The Gaza plan's guarantee, run over the tracked commitments to its default outcome (fixtures/guarantees.json).
  await loadDemoGuarantees(store, { fixtures });
  await loadDemoMonitoring(store, { fixtures, people });
  // After the implementation: a disbursement waits on a tracked commitment's status.
  await loadDemoFunds(store, { fixtures, people });
  // A year of simulated implementation after the first months: incidents and the fund's flows (illustrative).
  await loadDemoYear(store, { fixtures, people, year });
  return { loaded: true, people: created };
}

/**
 * The demo's people on a store the demo was loaded into earlier (a restart): found by their fixture handles, all
 * of them active, or null (then the store is not the demo's, and no role switcher is offered).
 */
export async function findDemoPeople(
  store: Store,
  options: { people?: DemoPeople } = {},
): Promise<DemoPerson[] | null> {
  const people = options.people ?? readDemoPeople(readDemoFixtures());
  const found: DemoPerson[] = [];
  for (const person of people.accounts) {
    const account = await store.accounts.byHandle(person.handle);
    if (account === null || account.disabledAt !== null) return null;
    found.push({ key: person.key, name: account.name, handle: account.handle, accountId: account.id });
  }
  return found;
}

async function createAccounts(store: Store, people: DemoPeople, at: Date): Promise<DemoPerson[]> {
  const out: DemoPerson[] = [];
  for (const person of people.accounts) {
    const existing = await store.accounts.byHandle(person.handle);
    const leads = person.memberships.length > 0 && person.memberships.every((m) => m.rank === 'lead');
    const account =
      existing ??
      (await store.accounts.create(
        { name: person.name, handle: person.handle, mayOpenProcesses: leads },
        { id: uuidv7(at.getTime()), at: at.toISOString() },
      ));
    out.push({ key: person.key, name: account.name, handle: account.handle, accountId: account.id });
  }
  return out;
}

/** A clock stopped at noon UTC of a reference-case date. */
function on(date: string, hour = 12): () => Date {
  return () => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00.000Z`);
}

async function loadProcess(
  store: Store,
  fixture: DemoProcess,
  people: DemoPeople,
  created: DemoPerson[],
): Promise<CommandContext> {
  const accountOf = (key: string) => created.find((p) => p.key === key)?.accountId as string;
  const members = people.accounts.flatMap((a) =>
    a.memberships.filter((m) => m.process === fixture.key).map((m) => ({ ...m, account: a })),
  );
  const lead = members.find((m) => m.role === 'mediator' && m.rank === 'lead');
  if (!lead) throw new Error(`demo fixtures: process ${fixture.key} has no lead mediator in people.json`);
  const start = on(firstDate(fixture, people), 9);
  const operator: CommandContext = { store, principal: OPERATOR, clock: start };
  const process = await createProcess(operator, {
    title: fixture.title,
    description: fixture.description,
    ownerAccountId: accountOf(lead.account.key),
  });
  const principal = await loadPrincipal(store, accountOf(lead.account.key), {
    kind: 'session',
    id: uuidv7(),
  });
  if (!principal) throw new Error('demo: the lead mediator’s account did not load');
  const mediator: CommandContext = { store, principal, clock: start };
  const partyIds = new Map<string, string>();
  for (const { key, ...party } of fixture.parties) {
    const made = await createParty(mediator, { processId: process.id, ...party });
    partyIds.set(key, made.id);
  }
  const partyId = (key: string) => lookup(partyIds, key, 'party');
  for (const m of members.filter((x) => x !== lead))
    await grantMembership(mediator, {
      processId: process.id,
      accountId: accountOf(m.account.key),
      role: m.role,
      rank: m.rank,
      partyId: m.party === null ? null : partyId(m.party),
      name: m.account.name,
    });
  for (const plan of fixture.plans) await loadPlan(mediator, process.id, plan, people, partyId);
  return mediator;
}

function firstDate(fixture: DemoProcess, people: DemoPeople): string {
  const dates = fixture.plans.flatMap((plan) =>
    plan.versions.flatMap((v) => [people.versions[v.key]?.created ?? v.issuedOn ?? '2025-01-01']),
  );
  return dates.sort()[0] ?? '2025-01-01';
}

async function loadPlan(
  mediator: CommandContext,
  processId: string,
  fixture: DemoPlan,
  people: DemoPeople,
  partyId: (key: string) => string,
): Promise<void> {
  const mediatorPartyId = fixture.mediator === null ? null : partyId(fixture.mediator);
  const plan = await createPlan(mediator, {
    processId,
    title: fixture.title,
    mediatorPartyId,
    ...(fixture.languages === undefined ? {} : { languages: fixture.languages }),
  });
  const versionIds = new Map<string, string>();
  const lineages = new Map<string, string>();
  const pointIds = new Map<string, string>();
  const audience = (keys: string[]): Audience => partiesAudience(keys.map(partyId));
  for (const version of fixture.versions) {
    const sharing = people.versions[version.key];
    const parentVersionId = version.parent === null ? null : lookup(versionIds, version.parent, 'version');
    const input = toVersionInput(version, {
      planId: plan.id,
      parentVersionId,
      partyId,
      lineageOf: (key) => lookup(lineages, key, 'point'),
      pointOf: (key) => lookup(pointIds, key, 'point'),
    });
    const when = sharing?.created ?? version.issuedOn;
    const ctx = when === null ? mediator : { ...mediator, clock: on(when) };
    const made = await createVersion(ctx, {
      ...input,
      ...(sharing?.audience ? { audience: audience(sharing.audience) } : {}),
    });
    versionIds.set(version.key, made.id);
    for (const point of made.points) {
      lineages.set(`${version.key}#${point.number}`, point.lineageId);
      pointIds.set(`${version.key}#${point.number}`, point.id);
    }
    for (const share of sharing?.shared ?? [])
      await shareObject(
        { ...mediator, clock: on(share.on) },
        { subject: 'version', id: made.id, audience: audience(share.with), reason: share.reason },
      );
  }
}

function lookup(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (id === undefined) throw new Error(`demo fixtures: unknown ${what} ${key}`);
  return id;
}
