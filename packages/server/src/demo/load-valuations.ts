// Illustrative valuations for the demo's Russia–Ukraine plan (fixtures/valuations.json), entered by the
// process's mediator through the same command the API uses, so the version page has an analysis to show.
// They are invented by us to make the analysis meaningful, not anyone's real position (see fixtures/README.md).
// The file names points by fixture key ("us28#6") and wordings by version key ("e3"); both are resolved to the
// loaded ids, and every valuation is resolved and checked before the first one is written.
import { readFileSync } from 'node:fs';
import { uuidv7, ValuationInput } from '@concord/core';
import type { Store } from '@concord/db';
import { prettifyError, z } from 'zod';
import type { CommandContext } from '../commands/context.ts';
import { recordValuation } from '../commands/record-valuation.ts';
import { loadPrincipal } from '../http/principal.ts';
import type { DemoFixtures, DemoProcess } from './fixture-schema.ts';
import { FIXTURES_DIR, readDemoFixtures } from './read-fixtures.ts';

const Key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const PointKey = z.string().regex(/^[a-z0-9-]+#[0-9a-z.]+$/);

const FixtureValuations = z.strictObject({
  note: z.string(),
  process: Key,
  plan: Key,
  valuations: z.array(
    z.strictObject({
      party: Key,
      reservation: z.number(),
      note: z.string().default(''),
      points: z.array(
        z.strictObject({
          point: PointKey,
          weight: z.number(),
          /** version key → value of the wording that version gives the point (or of its absence there). */
          values: z.record(Key, z.number()),
        }),
      ),
    }),
  ),
});
type FixtureValuations = z.infer<typeof FixtureValuations>;

export function readDemoValuations(dir: URL = FIXTURES_DIR): FixtureValuations {
  const file = new URL('valuations.json', dir);
  const parsed = FixtureValuations.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`demo fixtures: valuations.json: ${prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Records the demo valuations on a store where the demo's processes are loaded; answers how many. */
export async function loadDemoValuations(
  store: Store,
  options: {
    fixtures?: DemoFixtures;
    valuations?: FixtureValuations;
    /** The lead mediator who enters them (default: the process's first active lead mediator). */
    mediatorOf?: (processKey: string) => CommandContext | undefined;
  } = {},
): Promise<{ recorded: number }> {
  const fixtures = options.fixtures ?? readDemoFixtures();
  const file = options.valuations ?? readDemoValuations();
  const resolved = await resolve(store, fixtures, file);
  const ctx = options.mediatorOf?.(file.process) ?? (await leadMediator(store, resolved.processId));
  for (const { partyId, input } of resolved.valuations)
    await recordValuation(ctx, { planId: resolved.planId, partyId, ...input });
  return { recorded: resolved.valuations.length };
}

async function resolve(store: Store, fixtures: DemoFixtures, file: FixtureValuations) {
  const fixture = fixtures.processes.find((p) => p.key === file.process);
  if (!fixture) throw new Error(`demo valuations: unknown process ${file.process}`);
  const planFixture = fixture.plans.find((p) => p.key === file.plan);
  if (!planFixture) throw new Error(`demo valuations: unknown plan ${file.plan}`);
  const process = (await store.processes.list()).find((p) => p.title === fixture.title);
  if (!process) throw new Error(`demo valuations: process "${fixture.title}" is not loaded`);
  const plan = (await store.plans.listByProcess(process.id)).find((p) => p.title === planFixture.title);
  if (!plan) throw new Error(`demo valuations: plan "${planFixture.title}" is not loaded`);
  const versionIds = await versionIdsByKey(store, plan.id, planFixture.versions);
  const lineageOf = await lineagesByPointKey(store, versionIds);
  const partyIdOf = await partyIdsByKey(store, process.id, fixture);
  const valuations = file.valuations.map((v) => {
    const input = {
      reservation: v.reservation,
      note: v.note,
      points: v.points.map((p) => ({
        lineageId: need(lineageOf, p.point, 'point'),
        weight: p.weight,
        values: Object.fromEntries(
          Object.entries(p.values).map(([key, value]) => [need(versionIds, key, 'version'), value]),
        ),
      })),
    };
    const checked = ValuationInput.safeParse(input);
    if (!checked.success) throw new Error(`demo valuations: ${v.party}: ${prettifyError(checked.error)}`);
    return { partyId: need(partyIdOf, v.party, 'party'), input: checked.data };
  });
  return { processId: process.id, planId: plan.id, valuations };
}

async function leadMediator(store: Store, processId: string): Promise<CommandContext> {
  const lead = (await store.memberships.listByProcess(processId)).find(
    (m) => m.role === 'mediator' && m.rank === 'lead' && m.status === 'active',
  );
  const principal = lead && (await loadPrincipal(store, lead.accountId, { kind: 'session', id: uuidv7() }));
  if (!principal) throw new Error('demo valuations: the process has no active lead mediator');
  return { store, principal, clock: () => new Date() };
}

async function versionIdsByKey(
  store: Store,
  planId: string,
  versions: { key: string; label: string }[],
): Promise<Map<string, string>> {
  const stored = await store.versions.listByPlan(planId);
  return new Map(
    versions.flatMap((v) => {
      const found = stored.find((s) => s.label === v.label);
      return found ? [[v.key, found.id] as const] : [];
    }),
  );
}

/** "us28#6" → the lineage of point 6 of the loaded us28 version. */
async function lineagesByPointKey(
  store: Store,
  versionIds: Map<string, string>,
): Promise<Map<string, string>> {
  const lineages = new Map<string, string>();
  for (const [key, id] of versionIds)
    for (const point of await store.points.listByVersion(id))
      lineages.set(`${key}#${point.number}`, point.lineageId);
  return lineages;
}

async function partyIdsByKey(
  store: Store,
  processId: string,
  fixture: DemoProcess,
): Promise<Map<string, string>> {
  const stored = await store.parties.listByProcess(processId);
  return new Map(
    fixture.parties.flatMap((p) => {
      const found = stored.find((s) => s.name === p.name);
      return found ? [[p.key, found.id] as const] : [];
    }),
  );
}

function need(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (id === undefined) throw new Error(`demo valuations: unknown ${what} ${key}`);
  return id;
}
