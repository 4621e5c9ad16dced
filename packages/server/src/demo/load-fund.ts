// The demo's funds (fixtures/fund.json, illustrative figures): each set up and run by its process's lead mediator
// through the same commands the API uses, each operation on its own day (the clock is set to that day). A
// disbursement's condition names a point of the process's agreed version; its commitment must be tracked.
import { readFileSync } from 'node:fs';
import { CurrencyCode, FundKey, MinorUnits, PamScore, uuidv7 } from '@concord/core';
import type { Store } from '@concord/db';
import { prettifyError, z } from 'zod';
import type { CommandContext } from '../commands/context.ts';
import { createFund } from '../commands/create-fund.ts';
import { recordFundOperation } from '../commands/record-fund-operation.ts';
import { loadPrincipal } from '../http/principal.ts';
import type { DemoFixtures } from './fixture-schema.ts';
import type { DemoPeople } from './people-schema.ts';
import { FIXTURES_DIR } from './read-fixtures.ts';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const common = { on: Day, currency: CurrencyCode, amount: MinorUnits, note: z.string().optional() };
const FixtureOperation = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('pledge'), donor: FundKey, donorName: z.string(), ...common }),
  z.strictObject({ kind: z.literal('payment'), donor: FundKey, ...common }),
  z.strictObject({ kind: z.literal('allocation'), project: FundKey, projectName: z.string(), ...common }),
  z.strictObject({
    kind: z.literal('disbursement'),
    project: FundKey,
    condition: z.strictObject({ point: z.string(), minStatus: PamScore }),
    ...common,
  }),
]);
const FixtureFunds = z.strictObject({
  note: z.string(),
  funds: z.array(
    z.strictObject({
      process: z.string(),
      version: z.string().optional(),
      name: z.string(),
      purpose: z.string(),
      operations: z.array(FixtureOperation),
    }),
  ),
});
export type FixtureFunds = z.infer<typeof FixtureFunds>;

export function readDemoFunds(dir: URL = FIXTURES_DIR): FixtureFunds {
  const raw = JSON.parse(readFileSync(new URL('fund.json', dir), 'utf8'));
  const parsed = FixtureFunds.safeParse(raw);
  if (!parsed.success) throw new Error(`demo fixtures: fund.json: ${prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The log events the file makes: one per fund and one per operation. */
export function fundEvents(file: FixtureFunds): number {
  return file.funds.reduce((n, f) => n + 1 + f.operations.length, 0);
}

export async function loadDemoFunds(
  store: Store,
  options: { fixtures: DemoFixtures; people: DemoPeople; file?: FixtureFunds },
): Promise<{ funds: number }> {
  const file = options.file ?? readDemoFunds();
  for (const fund of file.funds) {
    const { mediator, processId, commitmentOf } = await resolve(store, fund, options);
    const on = (day: string): CommandContext => ({
      ...mediator,
      clock: () => new Date(`${day}T12:00:00.000Z`),
    });
    const first = fund.operations[0]?.on ?? '2025-10-01';
    const { name, purpose } = fund;
    const made = await createFund(on(first), { processId, name, purpose, illustrative: true });
    for (const { kind, note, ...rest } of fund.operations) {
      const body =
        'condition' in rest
          ? {
              ...rest,
              condition: {
                commitmentId: commitmentOf(rest.condition.point),
                minStatus: rest.condition.minStatus,
              },
            }
          : rest;
      await recordFundOperation(on(rest.on), { ...body, note: note ?? '', fundId: made.id, kind });
    }
  }
  return { funds: file.funds.length };
}

// The process, its lead mediator, and each point's first commitment in the process's agreed version (if named).
async function resolve(
  store: Store,
  fund: FixtureFunds['funds'][number],
  options: { fixtures: DemoFixtures; people: DemoPeople },
) {
  const fail = (what: string): never => {
    throw new Error(`demo fund: ${what}`);
  };
  const fixture = options.fixtures.processes.find((p) => p.key === fund.process) ?? fail('unknown process');
  const process =
    (await store.processes.list()).find((p) => p.title === fixture.title) ?? fail('process not loaded');
  const label = fixture.plans.flatMap((p) => p.versions).find((v) => v.key === fund.version)?.label;
  const versions = (
    await Promise.all(
      (await store.plans.listByProcess(process.id)).map((p) => store.versions.listByPlan(p.id)),
    )
  ).flat();
  const loaded = versions.find((v) => v.label === label);
  const points = loaded ? await store.points.listByVersion(loaded.id) : [];
  const commitments = loaded ? await store.commitments.listByVersion(loaded.id) : [];
  const commitmentOf = (number: string) => {
    const point = points.find((p) => p.number === number) ?? fail(`no point ${number}`);
    return commitments.find((c) => c.pointId === point.id)?.id ?? fail(`point ${number} has no commitment`);
  };
  const lead = options.people.accounts.find((a) =>
    a.memberships.some((m) => m.process === fund.process && m.role === 'mediator' && m.rank === 'lead'),
  );
  const account = lead && (await store.accounts.byHandle(lead.handle));
  const principal = account && (await loadPrincipal(store, account.id, { kind: 'session', id: uuidv7() }));
  if (!principal) fail(`no lead mediator of ${fund.process}`);
  const mediator: CommandContext = { store, principal: principal ?? null, clock: () => new Date() };
  return { mediator, processId: process.id, commitmentOf };
}
