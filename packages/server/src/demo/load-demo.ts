// Loads the reference case (Russia–Ukraine 2025 and Gaza 2025) into an empty log through the same commands
// the API uses, so the demo is made of ordinary, verifiable log events: one per process, party and plan, and
// one `version.created` per version carrying all its points and commitments, then the illustrative (confidential)
// valuations of the Russia–Ukraine plan, entered by its mediator.
import type { Store } from '@concord/db';
import { createParty, createPlan, createProcess, createVersion } from '../commands/index.ts';
import { coreProblems } from './core-problems.ts';
import { fixtureProblems } from './fixture-problems.ts';
import type { DemoFixtures, DemoPlan, DemoProcess } from './fixture-schema.ts';
import { loadDemoValuations } from './load-valuations.ts';
import { readDemoFixtures } from './read-fixtures.ts';
import { toVersionInput } from './to-version-input.ts';

export const DEMO_ACTOR = 'concord-demo';

/**
 * On an empty log, loads the demo and answers `{ loaded: true }`; on a log that holds anything, does nothing.
 * The fixtures are read and checked before the first write, so a broken fixture writes nothing. Two
 * processes starting at once on one empty database could both load; start-up is single-process.
 */
export async function loadDemo(
  store: Store,
  options: { fixtures?: DemoFixtures } = {},
): Promise<{ loaded: boolean }> {
  if ((await store.log.size()) > 0) return { loaded: false };
  const fixtures = options.fixtures ?? readDemoFixtures();
  const problems = [...fixtureProblems(fixtures), ...coreProblems(fixtures)];
  if (problems.length > 0) throw new Error(`demo fixtures are invalid:\n- ${problems.join('\n- ')}`);
  for (const process of fixtures.processes) await loadProcess(store, process);
  await loadDemoValuations(store, { fixtures });
  return { loaded: true };
}

async function loadProcess(store: Store, fixture: DemoProcess): Promise<void> {
  const process = await createProcess(
    store,
    { title: fixture.title, description: fixture.description },
    DEMO_ACTOR,
  );
  const partyIds = new Map<string, string>();
  for (const { key, ...party } of fixture.parties) {
    const created = await createParty(store, { processId: process.id, ...party }, DEMO_ACTOR);
    partyIds.set(key, created.id);
  }
  const partyId = (key: string) => lookup(partyIds, key, 'party');
  for (const plan of fixture.plans) await loadPlan(store, process.id, plan, partyId);
}

async function loadPlan(
  store: Store,
  processId: string,
  fixture: DemoPlan,
  partyId: (key: string) => string,
): Promise<void> {
  const mediatorPartyId = fixture.mediator === null ? null : partyId(fixture.mediator);
  const plan = await createPlan(store, { processId, title: fixture.title, mediatorPartyId }, DEMO_ACTOR);
  const versionIds = new Map<string, string>();
  const lineages = new Map<string, string>();
  for (const version of fixture.versions) {
    const parentVersionId = version.parent === null ? null : lookup(versionIds, version.parent, 'version');
    const input = toVersionInput(version, {
      planId: plan.id,
      parentVersionId,
      partyId,
      lineageOf: (key) => lookup(lineages, key, 'point'),
    });
    const created = await createVersion(store, input, DEMO_ACTOR);
    versionIds.set(version.key, created.id);
    for (const point of created.points) lineages.set(`${version.key}#${point.number}`, point.lineageId);
  }
}

function lookup(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (id === undefined) throw new Error(`demo fixtures: unknown ${what} ${key}`);
  return id;
}
