// The demo's implementation of the Gaza plan's first phase: the commitments of the agreed plan tracked, the
// acceptance and the signature recorded, statuses over time with a reversal (point 3) and evidence by hash; at a
// clock in December 2026 the hostages' return and the disarmament are overdue, and each party has a series.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import { readImplementation } from '../commands/read-implementation.ts';
import { loadDemo } from './load-demo.ts';

const NOW = new Date('2026-12-07T12:00:00.000Z');

for (const target of databaseTargets()) {
  describe(`demo implementation (${target.name})`, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
      await loadDemo(store, { now: () => NOW });
    });
    after(() => store.close());

    test('the public reads the Gaza plan tracked: statuses, due, overdue and compliance per party', async () => {
      const process = (await store.processes.list()).find((p) => p.title === 'Gaza 2025');
      assert.ok(process);
      const parties = new Map((await store.parties.listByProcess(process.id)).map((p) => [p.id, p.name]));
      const answer = await readImplementation(store.readAs(null), null, () => NOW, process.id);
      assert.deepEqual(
        answer.milestones.map((m) => m.key),
        ['acceptance', 'signature'],
      );
      const byAction = (start: string) => answer.commitments.find((c) => c.action.startsWith(start));
      const hostages = byAction('return all hostages');
      assert.equal(hostages?.dueAt, '2025-10-13T09:00:00.000Z');
      assert.equal(hostages?.current?.score, 2);
      assert.equal(hostages?.overdue, true);
      assert.equal(hostages?.current?.evidence[0]?.sha256.length, 64);
      const ceasefire = byAction('suspend all military operations');
      assert.deepEqual(
        ceasefire?.statuses.map((s) => [s.on, s.score]),
        [
          ['2025-10-11', 3],
          ['2025-10-29', 2],
        ],
      );
      assert.equal(byAction('release 250')?.overdue, false);
      assert.equal(answer.mayRecordMilestone, false);
      const series = new Map(answer.compliance.map((s) => [parties.get(s.party)?.split(' (')[0], s.points]));
      assert.deepEqual([...series.keys()].sort(), ['Hamas', 'Israel', 'United States']);
      // Israel: point 3 (weight 2) and point 5 (weight 2) — both complete on 13 October, then 3 falls to 2.
      assert.deepEqual(
        series.get('Israel')?.map((p) => [p.on, Number(p.value.toFixed(3))]),
        [
          ['2025-10-11', 0.5],
          ['2025-10-13', 1],
          ['2025-10-29', 0.833],
          ['2026-12-07', 0.833],
        ],
      );
    });
  });
}
