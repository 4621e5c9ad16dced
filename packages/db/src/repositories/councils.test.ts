// The council read tables: a council with its seats, motions and votes read back as logged, an open motion's
// outcome computed as the votes stand, scoped in SQL by the council's audience, one vote per seat enforced by
// the database too, and the tables rebuilt from the log exactly.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  type Audience,
  type ConcordEvent,
  DecisionRule,
  decideMotion,
  newEvent,
  PROCESS,
  PUBLIC,
  type SeatRole,
  uuidv7,
  type VoteChoice,
} from '@concord/core';
import { loadScenario, type Scenario } from '../fixtures.ts';
import type { Store } from '../store.ts';
import { databaseTargets } from '../testing.ts';

const AT = '2026-02-19T10:00:00.000Z';
const RULE = DecisionRule.parse({ kind: 'majority-with-chair-approval' });

function councilEvents(processId: string, audience: Audience) {
  const councilId = uuidv7();
  const scope = { processId, subjectId: councilId, audience };
  const on = { actor: 'operator', at: AT, scope };
  const seat = (name: string, role: SeatRole) => ({
    id: uuidv7(),
    councilId,
    name,
    role,
    partyId: null,
    accountId: null,
  });
  const seats = [
    seat('Chair', 'chair'),
    seat('Qatar', 'member'),
    seat('Egypt', 'member'),
    seat('UN', 'observer'),
  ];
  const motion = (title: string) => ({
    id: uuidv7(),
    councilId,
    kind: 'finding-of-violation' as const,
    title,
    text: 'The council finds a violation of the ceasefire.',
    openedAt: AT,
    closesAt: '2026-02-26T10:00:00.000Z',
  });
  const closed = motion('Closed motion');
  const open = motion('Open motion');
  const vote = (motionId: string, i: number, choice: VoteChoice) => ({
    id: uuidv7(),
    motionId,
    memberId: (seats[i] as { id: string }).id,
    choice,
    reason: '',
    recordedBy: 'mediator' as const,
  });
  const closedVotes = [vote(closed.id, 0, 'for'), vote(closed.id, 1, 'for'), vote(closed.id, 2, 'against')];
  const outcome = decideMotion(RULE, seats, closedVotes, { final: true });
  const events: ConcordEvent[] = [
    newEvent('council.created', { id: councilId, processId, name: 'Board', mandate: '', rule: RULE }, on),
    ...seats.map((s) => newEvent('council.member-added', s, on)),
    newEvent('motion.opened', closed, on),
    ...closedVotes.map((v) => newEvent('vote.cast', v, on)),
    newEvent('motion.closed', { id: closed.id, closedAt: AT, outcome }, on),
    newEvent('motion.opened', open, on),
    newEvent('vote.cast', vote(open.id, 1, 'for'), on),
  ];
  return { councilId, seats, closed, open, events, vote };
}

for (const target of databaseTargets()) {
  describe(`councils on ${target.name}`, () => {
    let store: Store;
    let scenario: Scenario;
    let world: ReturnType<typeof councilEvents>;
    let hidden: ReturnType<typeof councilEvents>;
    before(async () => {
      store = await target.open();
      scenario = await loadScenario(store);
      world = councilEvents(scenario.processId, PUBLIC);
      hidden = councilEvents(scenario.processId, PROCESS);
      await store.transact(async (tx) => {
        for (const event of [...world.events, ...hidden.events]) await tx.appendEvent(event);
      });
    });
    after(() => store.close());

    test('a council reads back with its seats, motions, votes and outcomes', async () => {
      const council = await store.councils.get(world.councilId);
      assert.ok(council);
      assert.deepEqual(council.rule, RULE);
      assert.deepEqual(
        council.members.map((m) => [m.name, m.role]),
        [
          ['Chair', 'chair'],
          ['Qatar', 'member'],
          ['Egypt', 'member'],
          ['UN', 'observer'],
        ],
      );
      const [closed, open] = council.motions;
      assert.equal(closed?.title, 'Closed motion');
      assert.equal(closed?.closedAt, AT);
      assert.equal(closed?.outcome.result, 'passed');
      assert.deepEqual(closed?.outcome.tally, { for: 2, against: 1, abstain: 0, notVoted: 0, eligible: 3 });
      assert.deepEqual(
        closed?.votes.map((v) => [v.memberId, v.choice, v.actor]),
        [
          [world.seats[0]?.id, 'for', 'operator'],
          [world.seats[1]?.id, 'for', 'operator'],
          [world.seats[2]?.id, 'against', 'operator'],
        ],
      );
      assert.equal(open?.closedAt, null);
      assert.equal(open?.outcome.result, 'pending');
      assert.equal((await store.councils.getByMotion(world.open.id))?.id, world.councilId);
      assert.equal(await store.councils.getByMotion('not-a-uuid'), null);
    });

    test('the public reads a public council and not one kept to the process', async () => {
      const publicly = await store.readAs(null).councils.listByProcess(scenario.processId);
      assert.deepEqual(
        publicly.map((c) => c.id),
        [world.councilId],
      );
      assert.equal(await store.readAs(null).councils.get(hidden.councilId), null);
      assert.equal(await store.readAs(null).councils.getByMotion(hidden.open.id), null);
      assert.equal((await store.councils.listByProcess(scenario.processId)).length, 2);
    });

    test('a second vote by the same seat on a motion fails in the database, and nothing is written', async () => {
      const size = await store.log.size();
      const again = newEvent('vote.cast', world.vote(world.open.id, 1, 'against'), {
        actor: 'operator',
        at: AT,
        scope: { processId: scenario.processId, subjectId: world.councilId, audience: PUBLIC },
      });
      await assert.rejects(store.transact((tx) => tx.appendEvent(again)));
      assert.equal(await store.log.size(), size);
      const open = (await store.councils.get(world.councilId))?.motions[1];
      assert.deepEqual(
        open?.votes.map((v) => v.choice),
        ['for'],
      );
    });

    test('founding seats arrive with the council, in the order founded', async () => {
      const id = uuidv7();
      const seat = (name: string, role: SeatRole) => ({
        id: uuidv7(),
        councilId: id,
        name,
        role,
        partyId: null,
        accountId: null,
      });
      const seats = [seat('Chair', 'chair'), seat('Member', 'member')];
      const rule = DecisionRule.parse({ kind: 'simple-majority', vetoHolders: [seats[0]?.id] });
      const scope = { processId: scenario.processId, subjectId: id, audience: PUBLIC };
      const founded = { id, processId: scenario.processId, name: 'Founded', mandate: '', rule, seats };
      await store.transact((tx) =>
        tx.appendEvent(newEvent('council.created', founded, { actor: 'operator', at: AT, scope })),
      );
      const council = await store.councils.get(id);
      assert.deepEqual(
        council?.members.map((m) => [m.name, m.role]),
        [
          ['Chair', 'chair'],
          ['Member', 'member'],
        ],
      );
      assert.deepEqual(council?.rule.vetoHolders, [seats[0]?.id]);
    });

    test('the council tables rebuild from the log exactly', async () => {
      assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
    });
  });
}
