import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { storeDatabase } from './create-store.ts';
import { loadScenario, type Scenario } from './fixtures.ts';
import type { Store } from './store.ts';
import { databaseTargets } from './testing.ts';

for (const target of databaseTargets()) {
  describe(`rebuildProjections on ${target.name}`, () => {
    let store: Store;
    let scenario: Scenario;
    before(async () => {
      store = await target.open();
      scenario = await loadScenario(store);
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
  });
}
