// The demo's illustrative Gaza incidents: all marked as illustrative, each at the status its moves lead to (one
// verified, one disputed after verification, one rejected, one still reported), readable by the public on the
// monitoring answer with the map's coordinates in the Gaza Strip.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import { readMonitoring } from '../commands/read-monitoring.ts';
import { loadDemo } from './load-demo.ts';

for (const target of databaseTargets()) {
  describe(`demo monitoring (${target.name})`, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
      await loadDemo(store, { now: () => new Date('2026-12-07T12:00:00.000Z') });
    });
    after(() => store.close());

    test('the public reads the illustrative incidents with their statuses and moves', async () => {
      const process = (await store.processes.list()).find((p) => p.title === 'Gaza 2025');
      assert.ok(process);
      const view = await readMonitoring(store.readAs(null), null, process.id);
      // This file's incidents (the year of simulated implementation adds its own: load-year.test.ts).
      const first = view.incidents.filter((i) => /^DEMO-\d/.test(i.incident.externalId));
      assert.deepEqual(
        first.map((i) => [i.incident.externalId, i.status, i.changes.length]),
        [
          ['DEMO-001', 'verified', 2],
          ['DEMO-002', 'disputed', 2],
          ['DEMO-003', 'rejected', 1],
          ['DEMO-004', 'reported', 0],
        ],
      );
      assert.ok(view.incidents.every((i) => i.incident.notes.startsWith('[ILLUSTRATIVE, NOT REAL]')));
      assert.ok(
        view.incidents.every(
          (i) => i.incident.location.latitude > 31.2 && i.incident.location.latitude < 31.6,
        ),
      );
      assert.deepEqual(view.series.byParty.months.slice(0, 3), ['2025-10', '2025-11', '2025-12']);
      assert.deepEqual([view.mayReport, view.mayVerify], [false, false]);
    });
  });
}
