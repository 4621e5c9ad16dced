import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { deadlineState } from '@concord/core';
import { databaseTargets, type Store } from '@concord/db';
import { readTimeline, readVersionBriefing } from '../commands/read-briefing.ts';
import { loadDemo } from './load-demo.ts';

for (const target of databaseTargets()) {
  describe(`the demo's deliveries, statements and deadlines (${target.name})`, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
      await loadDemo(store);
    });
    after(() => store.close());

    async function reference() {
      const process = (await store.processes.list()).find((p) => p.title === 'Russia–Ukraine 2025');
      assert.ok(process);
      const [plan] = await store.plans.listByProcess(process.id);
      assert.ok(plan);
      const us28 = (await store.versions.listByPlan(plan.id)).find((v) => v.label === 'US 28-point draft');
      assert.ok(us28);
      const parties = new Map((await store.parties.listByProcess(process.id)).map((p) => [p.id, p.name]));
      return { process, us28, parties };
    }

    test('the 28-point draft was handed to Ukraine on 20 November; Europe and the E3 were not briefed on it', async () => {
      const { us28, parties } = await reference();
      assert.equal(us28.status, 'circulated', 'delivered, so frozen');
      const briefing = await readVersionBriefing(store, us28.id);
      const ukraine = briefing.receipts.find((r) => parties.get(r.partyId) === 'Ukraine');
      assert.equal(ukraine?.status, 'delivered');
      assert.equal(ukraine?.at, '2025-11-20T12:00:00.000Z');
      assert.equal(ukraine?.deliveredBy, 'US Army Secretary Dan Driscoll');
      const notBriefed = briefing.notBriefed.map((id) => parties.get(id));
      assert.ok(notBriefed.includes('Europe (EU / European states)'), notBriefed.join(', '));
      assert.ok(notBriefed.includes('E3 (United Kingdom, France, Germany)'), notBriefed.join(', '));
      assert.ok(!notBriefed.includes('Russia') && !notBriefed.includes('Ukraine'));
    });

    test('the timeline holds the statements and the softened Thanksgiving deadline, missed at the end of the year', async () => {
      const { process } = await reference();
      const now = new Date('2026-12-07T12:00:00.000Z');
      const items = await readTimeline(store, process.id, now);
      const kinds = items.map((i) => (i.kind === 'deadline' ? `deadline ${i.happened}` : i.kind));
      for (const kind of [
        'delivery',
        'consultation',
        'statement',
        'deadline set',
        'deadline moved',
        'deadline missed',
      ])
        assert.ok(kinds.includes(kind), `${kind} in ${kinds.join(', ')}`);
      const sorted = [...items].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
      assert.deepEqual(
        items.map((i) => i.at),
        sorted.map((i) => i.at),
      );
      const statements = items.flatMap((i) => (i.kind === 'statement' ? [i.statement] : []));
      assert.deepEqual(
        statements.map((s) => s.kind),
        ['denial', 'leak-report', 'confirmation', 'confirmation'],
      );
      assert.equal(statements.find((s) => s.kind === 'leak-report')?.outlet, 'Axios');
      const [deadline] = await store.deadlines.listByProcess(process.id);
      assert.ok(deadline);
      assert.equal(deadline.moves[0]?.from, '2025-11-27T23:59:00.000Z');
      assert.equal(deadlineState(deadline, now).status, 'missed');
      assert.equal(deadlineState(deadline, new Date('2025-12-28T23:59:00.000Z')).status, 'running');
    });

    test('the public reads the statements and the deadline, not the delivery or the consultation', async () => {
      const { process } = await reference();
      const items = await readTimeline(store.readAs(null), process.id, new Date());
      const kinds = new Set(items.map((i) => i.kind));
      assert.ok(kinds.has('statement') && kinds.has('deadline'));
      assert.ok(!kinds.has('delivery') && !kinds.has('consultation'));
    });
  });
}
