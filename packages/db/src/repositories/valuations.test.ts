// The valuations read table: a projection of `valuation.recorded`, one row per (plan, party).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { uuidv7 } from '@concord/core';
import { sql } from 'kysely';
import { storeDatabase } from '../create-store.ts';
import { loadScenario, type Scenario, valuationEvent, valuationRecord } from '../fixtures.ts';
import type { Store } from '../store.ts';
import { databaseTargets } from '../testing.ts';

async function record(store: Store, ...events: ReturnType<typeof valuationEvent>[]) {
  return store.transact(async (tx) => {
    const indexes: number[] = [];
    for (const event of events) indexes.push((await tx.appendEvent(event)).index);
    return indexes;
  });
}

for (const target of databaseTargets()) {
  describe(`valuations on ${target.name}`, () => {
    let store: Store;
    let scenario: Scenario;
    before(async () => {
      store = await target.open();
      scenario = await loadScenario(store);
    });
    after(() => store.close());

    test('a recorded valuation reads back as the logged record plus its log index', async () => {
      const ukraine = valuationRecord(scenario, scenario.partyIds.ukraine, { note: 'first pass' });
      const [index] = await record(store, valuationEvent(ukraine));
      const stored = await store.valuations.get(scenario.planId, scenario.partyIds.ukraine);
      assert.deepEqual(stored, { ...ukraine, logIndex: index });
      // The scenario has 5 batches with 15 events, so this is entry 15.
      assert.equal(index, 15);
    });

    test('recording again replaces the row: one row, new body, new log index', async () => {
      const previous = await store.valuations.get(scenario.planId, scenario.partyIds.ukraine);
      assert.ok(previous);
      const again = valuationRecord(scenario, scenario.partyIds.ukraine, {
        id: previous.id,
        reservation: 0.55,
        enteredBy: 'party',
      });
      const [index] = await record(store, valuationEvent(again));
      assert.equal(index, previous.logIndex + 1);
      const list = await store.valuations.listByPlan(scenario.planId);
      assert.deepEqual(list, [{ ...again, logIndex: index }]);
      assert.equal(list[0]?.reservation, 0.55);
      assert.equal(list[0]?.note, '');
    });

    test('two recordings in one transaction keep the last; other parties are listed by party id', async () => {
      const russia1 = valuationRecord(scenario, scenario.partyIds.russia, { reservation: 0.1 });
      const russia2 = { ...russia1, reservation: 0.3 };
      const us = valuationRecord(scenario, scenario.partyIds.us);
      const [, i2, i3] = await record(
        store,
        valuationEvent(russia1),
        valuationEvent(russia2),
        valuationEvent(us),
      );
      const list = await store.valuations.listByPlan(scenario.planId);
      const expectedOrder = [
        scenario.partyIds.ukraine,
        scenario.partyIds.russia,
        scenario.partyIds.us,
      ].sort();
      assert.deepEqual(
        list.map((v) => v.partyId),
        expectedOrder,
      );
      assert.deepEqual(await store.valuations.get(scenario.planId, scenario.partyIds.russia), {
        ...russia2,
        logIndex: i2,
      });
      assert.equal((await store.valuations.get(scenario.planId, scenario.partyIds.us))?.logIndex, i3);
      assert.equal(
        Number(
          (await sql<{ n: string }>`select count(*) as n from valuations`.execute(storeDatabase(store)))
            .rows[0]?.n,
        ),
        3,
      );
    });

    test("inside a transaction, reads see the transaction's own recording", async () => {
      const before = await store.valuations.get(scenario.planId, scenario.partyIds.us);
      assert.ok(before);
      const seen = await store.transact(async (tx) => {
        await tx.appendEvent(
          valuationEvent({
            ...valuationRecord(scenario, scenario.partyIds.us),
            id: before.id,
            reservation: 0.9,
          }),
        );
        return tx.valuations.get(scenario.planId, scenario.partyIds.us);
      });
      assert.equal(seen?.reservation, 0.9);
    });

    test('absent or malformed ids read as nothing, without an error', async () => {
      assert.equal(await store.valuations.get(scenario.planId, uuidv7()), null);
      assert.deepEqual(await store.valuations.listByPlan(uuidv7()), []);
      assert.equal(await store.valuations.get('not-a-uuid', scenario.partyIds.us), null);
      assert.deepEqual(await store.valuations.listByPlan("x' or 1=1 --"), []);
    });

    test('a valuation of an unknown plan, or reusing another row id, is a conflict and changes nothing', async () => {
      const size = await store.log.size();
      const orphan = { ...valuationRecord(scenario, scenario.partyIds.us), planId: uuidv7() };
      await assert.rejects(record(store, valuationEvent(orphan)), { name: 'StoreError', code: 'CONFLICT' });
      const ukraineId = (await store.valuations.get(scenario.planId, scenario.partyIds.ukraine))
        ?.id as string;
      const stolenId = valuationRecord(scenario, scenario.partyIds.russia, { id: ukraineId });
      await assert.rejects(record(store, valuationEvent(stolenId)), { name: 'StoreError', code: 'CONFLICT' });
      assert.equal(await store.log.size(), size);
      assert.equal((await store.valuations.get(scenario.planId, scenario.partyIds.russia))?.reservation, 0.3);
    });

    test('a corrupted row fails loudly instead of feeding a wrong value to an analysis', async () => {
      const spare = await target.open();
      try {
        const s = await loadScenario(spare);
        await record(spare, valuationEvent(valuationRecord(s, s.partyIds.ukraine)));
        await sql`update valuations set body = jsonb_set(body, '{reservation}', '1.5')`.execute(
          storeDatabase(spare),
        );
        await assert.rejects(spare.valuations.get(s.planId, s.partyIds.ukraine), { name: 'ZodError' });
        await assert.rejects(spare.valuations.listByPlan(s.planId), { name: 'ZodError' });
      } finally {
        await spare.close();
      }
    });
  });
}
