// The demo's positions on the Russia–Ukraine plan (fixtures/positions.json), recorded through the same command
// the API uses, each by the person the file names (Ukraine's delegation its own, the mediator Russia's), on the
// day the file says it was recorded. Points are named by fixture key ("us28#6"); everything is resolved and
// checked before the first position is written.
import { readFileSync } from 'node:fs';
import { PositionInput, uuidv7 } from '@concord/core';
import type { Store } from '@concord/db';
import { prettifyError, z } from 'zod';
import type { CommandContext } from '../commands/context.ts';
import { recordPosition } from '../commands/record-position.ts';
import { loadPrincipal } from '../http/principal.ts';
import type { DemoFixtures } from './fixture-schema.ts';
import { type DemoPeople, readDemoPeople } from './people-schema.ts';
import { FIXTURES_DIR, readDemoFixtures } from './read-fixtures.ts';

const Key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const PointKey = z.string().regex(/^[a-z0-9-]+#[0-9a-z.]+$/);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const FixturePositions = z.strictObject({
  note: z.string(),
  process: Key,
  plan: Key,
  positions: z.array(
    z.strictObject({
      party: Key,
      /** The demo person who records it (people.json key). */
      by: Key,
      point: PointKey,
      stance: z.string(),
      takenOn: Day,
      recordedOn: Day,
      rationale: z.string(),
      conditions: z.string().default(''),
      source: z.strictObject({ kind: z.string(), reference: z.string(), url: z.string() }),
      published: z.boolean(),
    }),
  ),
});
type FixturePositions = z.infer<typeof FixturePositions>;

export function readDemoPositions(dir: URL = FIXTURES_DIR): FixturePositions {
  const file = new URL('positions.json', dir);
  const parsed = FixturePositions.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`demo fixtures: positions.json: ${prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Records the demo positions on a store where the demo's processes and people are loaded; answers how many. */
export async function loadDemoPositions(
  store: Store,
  options: { fixtures?: DemoFixtures; positions?: FixturePositions; people?: DemoPeople } = {},
): Promise<{ recorded: number }> {
  const fixtures = options.fixtures ?? readDemoFixtures();
  const file = options.positions ?? readDemoPositions();
  const fixture = fixtures.processes.find((p) => p.key === file.process);
  const planFixture = fixture?.plans.find((p) => p.key === file.plan);
  if (!fixture || !planFixture)
    throw new Error(`demo positions: unknown process or plan ${file.process}/${file.plan}`);
  const process = (await store.processes.list()).find((p) => p.title === fixture.title);
  const plan =
    process && (await store.plans.listByProcess(process.id)).find((p) => p.title === planFixture.title);
  if (!process || !plan) throw new Error(`demo positions: plan "${planFixture.title}" is not loaded`);
  const stored = await store.versions.listByPlan(plan.id);
  const pointIds = new Map<string, string>();
  for (const v of planFixture.versions) {
    const version = stored.find((s) => s.label === v.label);
    if (version)
      for (const point of await store.points.listByVersion(version.id))
        pointIds.set(`${v.key}#${point.number}`, point.id);
  }
  const parties = await store.parties.listByProcess(process.id);
  const partyIds = new Map(
    fixture.parties.flatMap((p) => {
      const found = parties.find((s) => s.name === p.name);
      return found ? [[p.key, found.id] as const] : [];
    }),
  );
  const people = options.people ?? readDemoPeople(fixtures);
  const resolved = await Promise.all(
    file.positions.map(async (p) => {
      const input = PositionInput.safeParse({
        partyId: need(partyIds, p.party, 'party'),
        stance: p.stance,
        conditions: p.conditions,
        rationale: p.rationale,
        source: p.source,
        takenOn: p.takenOn,
        published: p.published,
      });
      if (!input.success) throw new Error(`demo positions: ${p.point}: ${prettifyError(input.error)}`);
      const handle = people.accounts.find((a) => a.key === p.by)?.handle;
      const account = handle === undefined ? null : await store.accounts.byHandle(handle);
      if (!account) throw new Error(`demo positions: unknown person ${p.by}`);
      return {
        pointId: need(pointIds, p.point, 'point'),
        input: input.data,
        accountId: account.id,
        on: p.recordedOn,
      };
    }),
  );
  for (const { pointId, input, accountId, on } of resolved) {
    const principal = await loadPrincipal(store, accountId, { kind: 'session', id: uuidv7() });
    if (!principal) throw new Error('demo positions: a recording person did not load');
    const ctx: CommandContext = { store, principal, clock: () => new Date(`${on}T15:00:00.000Z`) };
    await recordPosition(ctx, { pointId, ...input });
  }
  return { recorded: resolved.length };
}

function need(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (id === undefined) throw new Error(`demo positions: unknown ${what} ${key}`);
  return id;
}
