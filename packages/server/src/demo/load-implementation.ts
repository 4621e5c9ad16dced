// The demo's implementation tracking (fixtures/implementation.json): the Gaza plan's first phase, its milestones
// recorded and commitments tracked and scored by the process's lead mediator through the same commands the API
// uses, each on its own day (a status holds from the day the file gives; the clock is set to that day). Evidence
// is illustrative: the SHA-256 of the named report's title stands for the report's own hash.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DueRule, MilestoneInput, PamScore, TRACKING_LIMITS, uuidv7 } from '@concord/core';
import type { Store } from '@concord/db';
import { prettifyError, z } from 'zod';
import type { CommandContext } from '../commands/context.ts';
import { recordMilestone } from '../commands/record-milestone.ts';
import { setCommitmentStatus } from '../commands/set-commitment-status.ts';
import { trackCommitment } from '../commands/track-commitment.ts';
import { loadPrincipal } from '../http/principal.ts';
import type { DemoFixtures } from './fixture-schema.ts';
import type { DemoPeople } from './people-schema.ts';
import { FIXTURES_DIR } from './read-fixtures.ts';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const FixtureImplementation = z.strictObject({
  note: z.string(),
  process: z.string(),
  version: z.string(),
  milestones: z.array(MilestoneInput),
  commitments: z.array(
    z.strictObject({
      point: z.string(),
      due: DueRule,
      weight: z.number().int().min(1).max(TRACKING_LIMITS.weight),
      indicators: z.array(z.string()),
      statuses: z.array(
        z.strictObject({ score: PamScore, on: Day, reason: z.string(), evidence: z.string().optional() }),
      ),
    }),
  ),
});
export type FixtureImplementation = z.infer<typeof FixtureImplementation>;

export function readDemoImplementation(dir: URL = FIXTURES_DIR): FixtureImplementation {
  const raw = JSON.parse(readFileSync(new URL('implementation.json', dir), 'utf8'));
  const parsed = FixtureImplementation.safeParse(raw);
  if (!parsed.success) throw new Error(`demo fixtures: implementation.json: ${prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The log events the file makes: one per milestone, tracked commitment and status. */
export function implementationEvents(file: FixtureImplementation): number {
  return file.milestones.length + file.commitments.reduce((n, c) => n + 1 + c.statuses.length, 0);
}

function evidenceOf(title: string) {
  const bytes = Buffer.from(title, 'utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { sha256, name: `${title}.txt`, size: bytes.length, type: 'text/plain' };
}

export async function loadDemoImplementation(
  store: Store,
  options: { fixtures: DemoFixtures; people: DemoPeople; file?: FixtureImplementation },
): Promise<{ tracked: number }> {
  const file = options.file ?? readDemoImplementation();
  const { mediator, processId, commitmentOf } = await resolve(store, file, options);
  const on = (iso: string): CommandContext => ({ ...mediator, clock: () => new Date(iso) });
  for (const m of file.milestones) {
    const after = new Date(Date.parse(m.occurredAt) + 3_600_000).toISOString();
    await recordMilestone(on(after), { processId, ...m });
  }
  const tracked = file.commitments.map((c) => ({ c, id: commitmentOf(c.point) }));
  for (const { c, id } of tracked) {
    const { due, weight, indicators } = c;
    await trackCommitment(on('2025-10-10T12:00:00.000Z'), { commitmentId: id, due, weight, indicators });
  }
  const statuses = tracked.flatMap(({ c, id }) => c.statuses.map((s) => ({ s, id })));
  statuses.sort((a, b) => a.s.on.localeCompare(b.s.on));
  for (const { s, id } of statuses) {
    const evidence = s.evidence === undefined ? [] : [evidenceOf(s.evidence)];
    const body = { commitmentId: id, score: s.score, on: s.on, reason: s.reason, evidence };
    await setCommitmentStatus(on(`${s.on}T18:00:00.000Z`), body);
  }
  return { tracked: tracked.length };
}

// The process, its lead mediator, and each fixture point's first commitment in the loaded version.
async function resolve(
  store: Store,
  file: FixtureImplementation,
  options: { fixtures: DemoFixtures; people: DemoPeople },
) {
  const fail = (what: string): never => {
    throw new Error(`demo implementation: ${what}`);
  };
  const fixture = options.fixtures.processes.find((p) => p.key === file.process) ?? fail('unknown process');
  const version = fixture.plans.flatMap((p) => p.versions).find((v) => v.key === file.version);
  if (version === undefined) fail(`unknown version ${file.version}`);
  const process =
    (await store.processes.list()).find((p) => p.title === fixture.title) ?? fail('process not loaded');
  const versions = (
    await Promise.all(
      (await store.plans.listByProcess(process.id)).map((p) => store.versions.listByPlan(p.id)),
    )
  ).flat();
  const loaded = versions.find((v) => v.label === version?.label) ?? fail('version not loaded');
  const points = await store.points.listByVersion(loaded.id);
  const commitments = await store.commitments.listByVersion(loaded.id);
  const commitmentOf = (number: string) => {
    const point = points.find((p) => p.number === number) ?? fail(`no point ${number}`);
    return commitments.find((c) => c.pointId === point.id)?.id ?? fail(`point ${number} has no commitment`);
  };
  for (const c of file.commitments) commitmentOf(c.point);
  const lead = options.people.accounts.find((a) =>
    a.memberships.some((m) => m.process === file.process && m.role === 'mediator' && m.rank === 'lead'),
  );
  const account = lead && (await store.accounts.byHandle(lead.handle));
  const principal = account && (await loadPrincipal(store, account.id, { kind: 'session', id: uuidv7() }));
  if (!principal) fail('no lead mediator');
  const mediator: CommandContext = { store, principal: principal ?? null, clock: () => new Date() };
  return { mediator, processId: process.id, commitmentOf };
}
