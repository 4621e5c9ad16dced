// The demo's guarantee (fixtures/guarantees.json): the Gaza plan's rule on point 4 set by the process's lead
// mediator when the commitment is tracked, then the guarantee runner's use case run as a live server would have
// run it — at the rules' setting and at each deadline the cases reach, up to the fixture's end — so each change
// of the case is logged at the moment it took effect. `point:N` in the rules names the loaded commitment of point N.
import { readFileSync } from 'node:fs';
import { implementationView, OPERATOR } from '@concord/core';
import type { Store } from '@concord/db';
import { prettifyError, z } from 'zod';
import { runGuarantees } from '../commands/run-guarantees.ts';
import { setGuaranteeRules } from '../commands/set-guarantee-rules.ts';
import type { DemoFixtures } from './fixture-schema.ts';
import { FIXTURES_DIR } from './read-fixtures.ts';

const FixtureGuarantees = z.strictObject({
  note: z.string(),
  process: z.string(),
  version: z.string(),
  point: z.string(),
  setAt: z.string(),
  until: z.string(),
  rules: z.unknown(),
});
export type FixtureGuarantees = z.infer<typeof FixtureGuarantees>;

export function readDemoGuarantees(dir: URL = FIXTURES_DIR): FixtureGuarantees {
  const raw = JSON.parse(readFileSync(new URL('guarantees.json', dir), 'utf8'));
  const parsed = FixtureGuarantees.safeParse(raw);
  if (!parsed.success) throw new Error(`demo fixtures: guarantees.json: ${prettifyError(parsed.error)}`);
  return parsed.data;
}

async function commitmentOfPoint(store: Store, fixtures: DemoFixtures, file: FixtureGuarantees) {
  const fixture = fixtures.processes.find((p) => p.key === file.process);
  const label = fixture?.plans.flatMap((p) => p.versions).find((v) => v.key === file.version)?.label;
  const process = (await store.processes.list()).find((p) => p.title === fixture?.title);
  if (!process || label === undefined)
    throw new Error('demo guarantees: the process or version is not loaded');
  const plans = await store.plans.listByProcess(process.id);
  const versions = (await Promise.all(plans.map((p) => store.versions.listByPlan(p.id)))).flat();
  const version = versions.find((v) => v.label === label);
  const point =
    version && (await store.points.listByVersion(version.id)).find((p) => p.number === file.point);
  const commitment =
    point && (await store.commitments.listByVersion(point.versionId)).find((c) => c.pointId === point.id);
  if (!commitment) throw new Error(`demo guarantees: point ${file.point} has no commitment`);
  return { processId: process.id, commitmentId: commitment.id };
}

export async function loadDemoGuarantees(
  store: Store,
  options: { fixtures: DemoFixtures; file?: FixtureGuarantees },
): Promise<{ logged: number }> {
  const file = options.file ?? readDemoGuarantees();
  const { processId, commitmentId } = await commitmentOfPoint(store, options.fixtures, file);
  const rules = JSON.parse(
    JSON.stringify(file.rules).replaceAll(`"point:${file.point}"`, JSON.stringify(commitmentId)),
  );
  const at = (iso: string) => () => new Date(iso);
  await setGuaranteeRules({ store, principal: OPERATOR, clock: at(file.setAt) }, { processId, rules });
  // The moments a live server would have looked: the rules' setting, each commitment's due instant, and each
  // deadline a case reaches.
  const view = implementationView(
    await store.tracking.listByProcess(processId),
    await store.tracking.milestones(processId),
    new Date(file.until),
  );
  const moments = new Set([file.setAt, ...view.commitments.flatMap((c) => (c.dueAt ? [c.dueAt] : []))]);
  let logged = 0;
  for (let now = first(moments, ''); now !== null && now < file.until; now = first(moments, now)) {
    const [run] = await runGuarantees(store, at(now), processId);
    logged += run?.logged ?? 0;
    if (run?.nextDeadline) moments.add(run.nextDeadline);
  }
  return { logged };
}

/** The earliest moment after `after`, or null. */
function first(moments: Set<string>, after: string): string | null {
  return [...moments].filter((m) => m > after).sort()[0] ?? null;
}
