// The demo's guarantor councils (fixtures/councils.json): each set up by the process's lead mediator through the
// same commands the API uses, its seats added, and its motions opened, voted on (recorded by the mediator from
// the minutes) and, where the file says so, closed with the outcome the rule computes. Everything is resolved
// and checked before the first write.
import { readFileSync } from 'node:fs';
import {
  CouncilCreate,
  CouncilMemberInput,
  DecisionRule,
  MotionInput,
  uuidv7,
  VoteChoice,
} from '@concord/core';
import type { Store } from '@concord/db';
import { prettifyError, z } from 'zod';
import { addCouncilMember } from '../commands/add-council-member.ts';
import { castVote } from '../commands/cast-vote.ts';
import { closeMotion } from '../commands/close-motion.ts';
import type { CommandContext } from '../commands/context.ts';
import { createCouncil } from '../commands/create-council.ts';
import { openMotion } from '../commands/open-motion.ts';
import { loadPrincipal } from '../http/principal.ts';
import type { DemoFixtures } from './fixture-schema.ts';
import type { DemoPeople } from './people-schema.ts';
import { FIXTURES_DIR } from './read-fixtures.ts';

const Key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const FixtureCouncils = z.strictObject({
  note: z.string(),
  councils: z.array(
    z.strictObject({
      process: Key,
      name: z.string(),
      mandate: z.string(),
      createdOn: Day,
      rule: DecisionRule,
      seats: z.array(
        z.strictObject({
          key: Key,
          name: z.string(),
          role: z.string(),
          party: Key.nullable(),
          account: Key.nullable(),
        }),
      ),
      motions: z.array(
        z.strictObject({
          kind: z.string(),
          title: z.string(),
          text: z.string(),
          openedOn: Day,
          closesOn: Day,
          votes: z.array(z.strictObject({ seat: Key, choice: VoteChoice, reason: z.string() })),
          closedOn: Day.nullable(),
        }),
      ),
    }),
  ),
});
type FixtureCouncils = z.infer<typeof FixtureCouncils>;
type FixtureCouncil = FixtureCouncils['councils'][number];

export function readDemoCouncils(dir: URL = FIXTURES_DIR): FixtureCouncils {
  const parsed = FixtureCouncils.safeParse(JSON.parse(readFileSync(new URL('councils.json', dir), 'utf8')));
  if (!parsed.success) throw new Error(`demo fixtures: councils.json: ${prettifyError(parsed.error)}`);
  return parsed.data;
}

const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00.000Z`);

/** Loads the councils on a store where the demo's processes and people are; answers how many motions closed. */
export async function loadDemoCouncils(
  store: Store,
  options: { fixtures: DemoFixtures; people: DemoPeople; councils?: FixtureCouncils },
): Promise<{ councils: number; closed: number }> {
  const file = options.councils ?? readDemoCouncils();
  const resolved = await Promise.all(file.councils.map((c) => resolve(store, c, options)));
  let closed = 0;
  for (const { council, processId, mediator, partyId, accountOf } of resolved) {
    const as = (day: string, hour: number): CommandContext => ({ ...mediator, clock: () => at(day, hour) });
    const made = await createCouncil(as(council.createdOn, 9), {
      processId,
      name: council.name,
      mandate: council.mandate,
      rule: council.rule,
    });
    const seats = new Map<string, string>();
    for (const seat of council.seats) {
      const input = {
        name: seat.name,
        role: seat.role,
        partyId: partyId(seat.party),
        accountId: accountOf(seat.account),
      };
      const added = await addCouncilMember(as(council.createdOn, 10), {
        councilId: made.id,
        ...(input as CouncilMemberInput),
      });
      seats.set(seat.key, added.id);
    }
    for (const m of council.motions) {
      const body = { kind: m.kind, title: m.title, text: m.text, closesAt: at(m.closesOn, 0).toISOString() };
      const motion = await openMotion(as(m.openedOn, 9), { councilId: made.id, ...(body as MotionInput) });
      for (const v of m.votes) {
        const memberId = seats.get(v.seat);
        if (memberId === undefined) throw new Error(`demo councils: ${council.name}: unknown seat ${v.seat}`);
        await castVote(as(m.openedOn, 15), {
          motionId: motion.id,
          memberId,
          choice: v.choice,
          reason: v.reason,
        });
      }
      if (m.closedOn !== null) {
        await closeMotion(as(m.closedOn, 12), { motionId: motion.id });
        closed++;
      }
    }
  }
  return { councils: resolved.length, closed };
}

// The council's process, its lead mediator acting, and its references checked against core's schemas.
async function resolve(
  store: Store,
  council: FixtureCouncil,
  options: { fixtures: DemoFixtures; people: DemoPeople },
) {
  const fail = (what: string): never => {
    throw new Error(`demo councils: ${council.name}: ${what}`);
  };
  const fixture =
    options.fixtures.processes.find((p) => p.key === council.process) ?? fail('unknown process');
  const process =
    (await store.processes.list()).find((p) => p.title === fixture.title) ?? fail('process not loaded');
  const parties = await store.parties.listByProcess(process.id);
  const partyId = (key: string | null) =>
    key === null
      ? null
      : (parties.find((p) => p.name === fixture.parties.find((f) => f.key === key)?.name)?.id ??
        fail(`unknown party ${key}`));
  const accounts = new Map<string, string>();
  for (const person of options.people.accounts) {
    const account = await store.accounts.byHandle(person.handle);
    if (account) accounts.set(person.key, account.id);
  }
  const accountOf = (key: string | null) =>
    key === null ? null : (accounts.get(key) ?? fail(`unknown person ${key}`));
  const checks = [
    CouncilCreate.safeParse({ name: council.name, mandate: council.mandate, rule: council.rule }),
    ...council.seats.map((s) =>
      CouncilMemberInput.safeParse({
        name: s.name,
        role: s.role,
        partyId: partyId(s.party),
        accountId: accountOf(s.account),
      }),
    ),
    ...council.motions.map((m) =>
      MotionInput.safeParse({
        kind: m.kind,
        title: m.title,
        text: m.text,
        closesAt: at(m.closesOn, 0).toISOString(),
      }),
    ),
  ];
  for (const check of checks) if (!check.success) fail(prettifyError(check.error));
  const lead = options.people.accounts.find((a) =>
    a.memberships.some((m) => m.process === council.process && m.role === 'mediator' && m.rank === 'lead'),
  );
  const principal =
    lead && (await loadPrincipal(store, accountOf(lead.key) as string, { kind: 'session', id: uuidv7() }));
  if (!principal) fail('no lead mediator');
  const mediator: CommandContext = { store, principal: principal ?? null, clock: () => new Date() };
  return { council, processId: process.id, mediator, partyId, accountOf };
}
