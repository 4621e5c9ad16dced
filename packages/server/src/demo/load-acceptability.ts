// The demo's sealed marks on the 28-point draft (fixtures/acceptability.json), recorded through the same command
// the API uses, each by the party's own delegation (nobody else may), on the day the file says. A point is named
// by fixture key ("us28#6"), the wordings a party accepts by versions that carry them ("dec20"); every other
// wording of the point is marked as not acceptable, so the point counts as marked even if the round has wordings
// the file does not name. Everything is resolved and checked before the first marks are written.
import { readFileSync } from 'node:fs';
import { uuidv7 } from '@concord/core';
import type { Store } from '@concord/db';
import { prettifyError, z } from 'zod';
import type { CommandContext } from '../commands/context.ts';
import { markAcceptability } from '../commands/mark-acceptability.ts';
import { readOwnAcceptability } from '../commands/read-acceptability.ts';
import { loadPrincipal } from '../http/principal.ts';
import type { DemoFixtures } from './fixture-schema.ts';
import { type DemoPeople, readDemoPeople } from './people-schema.ts';
import { FIXTURES_DIR, readDemoFixtures } from './read-fixtures.ts';

const Key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const PointKey = z.string().regex(/^[a-z0-9-]+#[0-9a-z.]+$/);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const FixtureMarks = z.strictObject({
  note: z.string(),
  process: Key,
  plan: Key,
  version: Key,
  marks: z.array(
    z.strictObject({
      party: Key,
      /** The demo person who marks (people.json key): a delegate of the party. */
      by: Key,
      recordedOn: Day,
      points: z.array(z.strictObject({ point: PointKey, accept: z.array(Key) })),
    }),
  ),
});
type FixtureMarks = z.infer<typeof FixtureMarks>;

export function readDemoMarks(dir: URL = FIXTURES_DIR): FixtureMarks {
  const file = new URL('acceptability.json', dir);
  const parsed = FixtureMarks.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`demo fixtures: acceptability.json: ${prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Records the demo's marks on a store where the demo's processes and people are loaded; answers how many. */
export async function loadDemoMarks(
  store: Store,
  options: { fixtures?: DemoFixtures; marks?: FixtureMarks; people?: DemoPeople } = {},
): Promise<{ recorded: number }> {
  const fixtures = options.fixtures ?? readDemoFixtures();
  const file = options.marks ?? readDemoMarks();
  const people = options.people ?? readDemoPeople(fixtures);
  const fixture = fixtures.processes.find((p) => p.key === file.process);
  const planFixture = fixture?.plans.find((p) => p.key === file.plan);
  if (!fixture || !planFixture)
    throw new Error(`demo marks: unknown process or plan ${file.process}/${file.plan}`);
  const process = (await store.processes.list()).find((p) => p.title === fixture.title);
  const plan =
    process && (await store.plans.listByProcess(process.id)).find((p) => p.title === planFixture.title);
  if (!process || !plan) throw new Error(`demo marks: plan "${planFixture.title}" is not loaded`);
  const stored = await store.versions.listByPlan(plan.id);
  const versionIds = new Map(
    planFixture.versions.flatMap((v) => {
      const found = stored.find((s) => s.label === v.label);
      return found ? [[v.key, found.id] as const] : [];
    }),
  );
  const lineages = new Map<string, string>();
  for (const [key, id] of versionIds)
    for (const point of await store.points.listByVersion(id))
      lineages.set(`${key}#${point.number}`, point.lineageId);
  const parties = await store.parties.listByProcess(process.id);
  const partyIds = new Map(
    fixture.parties.flatMap((p) => {
      const found = parties.find((s) => s.name === p.name);
      return found ? [[p.key, found.id] as const] : [];
    }),
  );
  const versionId = need(versionIds, file.version, 'version');
  const resolved = await Promise.all(
    file.marks.map(async (m) => {
      const handle = people.accounts.find((a) => a.key === m.by)?.handle;
      const account = handle === undefined ? null : await store.accounts.byHandle(handle);
      if (!account) throw new Error(`demo marks: unknown person ${m.by}`);
      const points = m.points.map((p) => ({
        lineageId: need(lineages, p.point, 'point'),
        accept: new Set(p.accept.map((k) => need(versionIds, k, 'version'))),
      }));
      return { partyId: need(partyIds, m.party, 'party'), accountId: account.id, on: m.recordedOn, points };
    }),
  );
  for (const { partyId, accountId, on, points } of resolved) {
    const principal = await loadPrincipal(store, accountId, { kind: 'session', id: uuidv7() });
    if (!principal) throw new Error('demo marks: a marking person did not load');
    const ctx: CommandContext = { store, principal, clock: () => new Date(`${on}T16:00:00.000Z`) };
    // Every wording the round offers on each point, answered: accepted when a listed version carries it.
    const round = await readOwnAcceptability(ctx, { versionId, partyId });
    const body = points.map(({ lineageId, accept }) => {
      const point = round.points.find((p) => p.lineageId === lineageId);
      if (!point) throw new Error(`demo marks: point ${lineageId} is not contested in the marked version`);
      const wordings = Object.fromEntries(
        point.wordings.map((w) => [w.key, w.versionIds.some((id) => accept.has(id))]),
      );
      return { lineageId, wordings };
    });
    await markAcceptability(ctx, { versionId, partyId, points: body });
  }
  return { recorded: resolved.length };
}

function need(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (id === undefined) throw new Error(`demo marks: unknown ${what} ${key}`);
  return id;
}
