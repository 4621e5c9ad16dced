// The sealed acceptability table: a projection of `acceptability.marked`, one row per (version, party), read by
// the party's own delegates only — not a mediator, not an observer acting for the party, not another party.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  type AcceptabilityRecord,
  type Membership,
  newEvent,
  type Principal,
  partiesAudience,
  type Role,
  uuidv7,
} from '@concord/core';
import { loadScenario, type Scenario } from '../fixtures.ts';
import type { Store } from '../store.ts';
import { databaseTargets } from '../testing.ts';

const AT = '2025-11-21T09:00:00.000Z';

function as(processId: string, role: Role, partyId: string | null): Principal {
  const m: Membership = {
    id: uuidv7(),
    accountId: uuidv7(),
    processId,
    role,
    rank: role === 'mediator' ? 'lead' : null,
    partyId,
    name: role,
    status: 'active',
    logIndex: 0,
  };
  return {
    kind: 'account',
    accountId: m.accountId,
    name: role,
    mayOpenProcesses: false,
    memberships: [m],
    via: { kind: 'session', id: uuidv7() },
  };
}

function marks(s: Scenario, partyId: string, accept: boolean, id = uuidv7()): AcceptabilityRecord {
  const lineageId = s.draft.points[0]?.lineageId as string;
  return {
    id,
    processId: s.processId,
    planId: s.planId,
    versionId: s.draft.version.id,
    partyId,
    points: [{ lineageId, wordings: { [s.draft.version.id]: accept, [s.counter.version.id]: true } }],
  };
}

async function mark(store: Store, record: AcceptabilityRecord): Promise<number> {
  const scope = {
    processId: record.processId,
    subjectId: record.id,
    audience: partiesAudience([record.partyId]),
  };
  const event = newEvent('acceptability.marked', record, { actor: 'test', at: AT, scope });
  return store.transact(async (tx) => (await tx.appendEvent(event)).index);
}

for (const target of databaseTargets()) {
  describe(`acceptability marks on ${target.name}`, () => {
    let store: Store;
    let s: Scenario;
    before(async () => {
      store = await target.open();
      s = await loadScenario(store);
    });
    after(() => store.close());

    test('marks read back whole; marking again replaces the row (same id), the log keeps both', async () => {
      const first = marks(s, s.partyIds.ukraine, false);
      const i1 = await mark(store, first);
      assert.deepEqual(await store.acceptability.get(s.draft.version.id, s.partyIds.ukraine), {
        ...first,
        logIndex: i1,
      });
      const again = { ...marks(s, s.partyIds.ukraine, true), id: first.id };
      const i2 = await mark(store, again);
      assert.deepEqual(await store.acceptability.listByVersion(s.draft.version.id), [
        { ...again, logIndex: i2 },
      ]);
      assert.equal((await store.log.entry(i1))?.type, 'acceptability.marked');
    });

    test('a scoped reader gets its own party’s marks only: no mediator, observer or other party', async () => {
      const russiaIndex = await mark(store, marks(s, s.partyIds.russia, false));
      const version = s.draft.version.id;
      const reader = (p: Principal | null) => store.readAs(p).acceptability;
      const ukraine = as(s.processId, 'delegate', s.partyIds.ukraine);
      assert.deepEqual(
        (await reader(ukraine).listByVersion(version)).map((m) => m.partyId),
        [s.partyIds.ukraine],
      );
      assert.equal(await reader(ukraine).get(version, s.partyIds.russia), null);
      const russia = as(s.processId, 'delegate', s.partyIds.russia);
      assert.equal((await reader(russia).get(version, s.partyIds.russia))?.logIndex, russiaIndex);
      for (const [who, p] of [
        ['a mediator', as(s.processId, 'mediator', null)],
        ['an observer for Ukraine', as(s.processId, 'observer', s.partyIds.ukraine)],
        ['an intermediary for Russia', as(s.processId, 'intermediary', s.partyIds.russia)],
        ['a delegate of Ukraine in another process', as(uuidv7(), 'delegate', s.partyIds.ukraine)],
        ['the public', null],
      ] as const) {
        assert.deepEqual(await reader(p).listByVersion(version), [], who);
        assert.equal(await reader(p).get(version, s.partyIds.ukraine), null, who);
      }
      // Unscoped (the server computing what every party accepts): every party's row.
      assert.equal((await store.acceptability.listByVersion(version)).length, 2);
    });

    test('a malformed id matches nothing; the rebuilt table equals the stored one', async () => {
      assert.deepEqual(await store.acceptability.listByVersion('not-a-uuid'), []);
      assert.equal(await store.acceptability.get(s.draft.version.id, "x' or 1=1"), null);
      assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
    });
  });
}
