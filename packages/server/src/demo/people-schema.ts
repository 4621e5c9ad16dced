// The demo's people (fixtures/people.json): illustrative accounts, one per role, their memberships, and who was
// shown each version when. Read and checked before the first write, like every fixture.
import { readFileSync } from 'node:fs';
import { Handle, IsoDate, Rank, Role } from '@concord/core';
import { prettifyError, z } from 'zod';
import type { DemoFixtures } from './fixture-schema.ts';
import { FIXTURES_DIR } from './read-fixtures.ts';

const Key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

export const DemoPeople = z.strictObject({
  note: z.string(),
  accounts: z
    .array(
      z.strictObject({
        key: Key,
        name: z.string().trim().min(1),
        handle: Handle,
        memberships: z.array(
          z.strictObject({ process: Key, role: Role, rank: Rank.nullable(), party: Key.nullable() }),
        ),
      }),
    )
    .min(1),
  versions: z.record(
    Key,
    z.strictObject({
      /** When the version was written, if before it was issued (default: its issue date). */
      created: IsoDate.optional(),
      /** Party keys it was first shared with (absent: like its plan). */
      audience: z.array(Key).optional(),
      shared: z.array(z.strictObject({ on: IsoDate, with: z.array(Key).min(1), reason: z.string().min(1) })),
    }),
  ),
});
export type DemoPeople = z.infer<typeof DemoPeople>;

export function readDemoPeople(fixtures: DemoFixtures, dir: URL = FIXTURES_DIR): DemoPeople {
  const parsed = DemoPeople.safeParse(JSON.parse(readFileSync(new URL('people.json', dir), 'utf8')));
  if (!parsed.success) throw new Error(`demo fixtures: people.json: ${prettifyError(parsed.error)}`);
  const problems = peopleProblems(parsed.data, fixtures);
  if (problems.length > 0) throw new Error(`demo fixtures: people.json:\n- ${problems.join('\n- ')}`);
  return parsed.data;
}

function peopleProblems(people: DemoPeople, fixtures: DemoFixtures): string[] {
  const problems: string[] = [];
  const processes = new Map(fixtures.processes.map((p) => [p.key, new Set(p.parties.map((q) => q.key))]));
  const versionParties = new Map(
    fixtures.processes.flatMap((p) =>
      p.plans.flatMap((plan) => plan.versions.map((v) => [v.key, processes.get(p.key)] as const)),
    ),
  );
  for (const account of people.accounts)
    for (const m of account.memberships) {
      const parties = processes.get(m.process);
      if (!parties) problems.push(`${account.key}: unknown process ${m.process}`);
      else if (m.party !== null && !parties.has(m.party))
        problems.push(`${account.key}: unknown party ${m.party}`);
    }
  if (!people.accounts.some((a) => a.memberships.every((m) => m.role === 'mediator' && m.rank === 'lead')))
    problems.push('the first account must lead the mediation of every process it takes part in');
  for (const [key, v] of Object.entries(people.versions)) {
    const parties = versionParties.get(key);
    if (!parties) problems.push(`unknown version ${key}`);
    for (const party of [...(v.audience ?? []), ...v.shared.flatMap((s) => s.with)])
      if (parties && !parties.has(party)) problems.push(`${key}: unknown party ${party}`);
  }
  return problems;
}
