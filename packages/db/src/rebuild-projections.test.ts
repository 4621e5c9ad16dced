import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { storeDatabase } from './create-store.ts';
import { loadScenario, type Scenario, valuationEvent, valuationRecord } from './fixtures.ts';
import type { Store } from './store.ts';
import { databaseTargets } from './testing.ts';

for (const target of databaseTargets()) {
  describe(`rebuildProjections on ${target.name}`, () => {
    let store: Store;
    let scenario: Scenario;
    before(async () => {
      store = await target.open();
      scenario = await loadScenario(store);
      // Valuations, one of them recorded twice: the replay must end with the replacement, not the first.
      const ukraine = valuationRecord(scenario, scenario.partyIds.ukraine);
      await store.transact(async (tx) => {
        await tx.appendEvent(valuationEvent(ukraine));
        await tx.appendEvent(valuationEvent(valuationRecord(scenario, scenario.partyIds.russia)));
      });
      await store.transact(async (tx) => {
        await tx.appendEvent(valuationEvent({ ...ukraine, reservation: 0.6 }));
      });
    });
    after(() => store.close());

    test('replaying a realistic log gives exactly the stored read tables', async () => {
      assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
    });

    test('a changed, a deleted and an extra read row are each reported, and nothing is changed', async () => {
      const db = storeDatabase(store);
      const point = scenario.draft.points[0]?.id as string;
      const commitment = scenario.draft.commitments[1]?.id as string;
      await sql`update points set number = '99' where id = ${point}`.execute(db);
      await sql`delete from commitments where id = ${commitment}`.execute(db);
      await sql`insert into processes (id, title, description, created_at, log_index)
        values ('01a21300-0000-7000-8000-000000000000', 'ghost', '', '2025-01-01T00:00:00.000Z', 0)`.execute(
        db,
      );
      const result = await store.rebuildProjections();
      assert.equal(result.equal, false);
      assert.deepEqual(result.differences, [
        'processes 01a21300-0000-7000-8000-000000000000: stored but not produced by the log',
        `points ${point}: stored row differs from the replayed log`,
        `commitments ${commitment}: missing from the stored table`,
      ]);
      // The comparison ran in a rolled-back transaction: the tampered rows are still as the attacker left them.
      assert.equal((await store.points.get(point))?.number, '99');
      assert.equal(await store.commitments.get(commitment), null);
      assert.equal((await store.processes.list()).length, 2);
    });

    test('a changed log index or JSON field is a difference too', async () => {
      const db = storeDatabase(store);
      const party = scenario.partyIds.russia;
      const ukraine = scenario.partyIds.ukraine;
      await sql`update parties set log_index = log_index + 1 where id = ${party}`.execute(db);
      await sql`update parties set aliases = '["Kiev"]'::jsonb where id = ${ukraine}`.execute(db);
      const result = await store.rebuildProjections();
      assert.ok(result.differences.includes(`parties ${party}: stored row differs from the replayed log`));
      assert.ok(result.differences.includes(`parties ${ukraine}: stored row differs from the replayed log`));
    });

    test('a changed, a deleted and an extra valuation row are each reported', async () => {
      const db = storeDatabase(store);
      const ukraine = (await store.valuations.get(scenario.planId, scenario.partyIds.ukraine))?.id as string;
      const russia = (await store.valuations.get(scenario.planId, scenario.partyIds.russia))?.id as string;
      // The first recording of Ukraine's valuation put back in place of the replacement.
      await sql`update valuations set body = jsonb_set(body, '{reservation}', '0.4') where id = ${ukraine}`.execute(
        db,
      );
      await sql`delete from valuations where id = ${russia}`.execute(db);
      const ghost = '01a21300-0000-7000-8000-0000000000aa';
      await sql`insert into valuations (id, process_id, plan_id, party_id, body, log_index)
        values (${ghost}, ${scenario.processId}, ${scenario.planId}, ${scenario.partyIds.us}, '{}'::jsonb, 0)`.execute(
        db,
      );
      const result = await store.rebuildProjections();
      const valuationDifferences = result.differences.filter((d) => d.startsWith('valuations '));
      assert.deepEqual(
        valuationDifferences,
        [
          `valuations ${ukraine}: stored row differs from the replayed log`,
          `valuations ${russia}: missing from the stored table`,
          `valuations ${ghost}: stored but not produced by the log`,
        ].sort(),
      );
      assert.equal(
        (await store.valuations.get(scenario.planId, scenario.partyIds.ukraine))?.reservation,
        0.4,
      );
    });
  });
}
