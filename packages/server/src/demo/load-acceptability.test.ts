// The demo's sealed marks on the 28-point draft: recorded by Ukraine's and Russia's own delegations, and giving
// the version page common wordings to show (what fixtures/acceptability.json works out to).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Principal } from '@concord/core';
import { databaseTargets, type Store } from '@concord/db';
import { readCommonAcceptability } from '../commands/read-acceptability.ts';
import { loadPrincipal } from '../http/principal.ts';
import { readDemoMarks } from './load-acceptability.ts';
import { loadDemo } from './load-demo.ts';

for (const target of databaseTargets()) {
  describe(`demo sealed marks (${target.name})`, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
      await loadDemo(store);
    });
    after(() => store.close());

    test('the file says it is illustrative; each party’s marks are one entry, made by its own delegation', async () => {
      assert.match(readDemoMarks().note, /^ILLUSTRATIVE ONLY\. Invented by the Concord project/);
      const entries = [];
      for (let i = 0; i < (await store.log.size()); i += 1000)
        entries.push(...(await store.log.entries(i, 1000)));
      const marks = entries.filter((e) => e.type === 'acceptability.marked');
      assert.equal(marks.length, 2);
      for (const m of marks) {
        const membership = m.event.actor.split('membership:')[1] as string;
        const member = await store.memberships.get(membership);
        assert.equal(member?.role, 'delegate');
        assert.equal(m.event.type === 'acceptability.marked' && m.event.data.partyId, member?.partyId);
      }
    });

    test('the 28-point draft shows common wordings on the marked points, waiting on the others', async () => {
      const [process] = (await store.processes.list()).filter((p) => p.title === 'Russia–Ukraine 2025');
      assert.ok(process);
      const [plan] = await store.plans.listByProcess(process.id);
      assert.ok(plan);
      const us28 = (await store.versions.listByPlan(plan.id)).find((v) => v.label.includes('28'));
      assert.ok(us28);
      const lead = (await store.memberships.listByProcess(process.id)).find((m) => m.rank === 'lead');
      assert.ok(lead);
      const principal = (await loadPrincipal(store, lead.accountId, {
        kind: 'session',
        id: 'x',
      })) as Principal;
      const common = await readCommonAcceptability(
        { store, principal, clock: () => new Date() },
        { versionId: us28.id },
      );
      assert.deepEqual(common.parties.map((p) => p.name).sort(), ['Russia', 'Ukraine']);
      const byNumber = new Map(common.points.map((p) => [p.number, p]));
      const labels = (n: string) => {
        const p = byNumber.get(n);
        return p?.status === 'revealed' ? p.common.map((w) => w.versionLabels.join(' + ')) : p?.status;
      };
      assert.equal(labels('6')?.length, 1, 'the army cap: one common wording');
      assert.deepEqual(labels('7'), [], 'NATO: none');
      assert.equal(labels('14')?.length, 1);
      assert.equal(labels('26')?.length, 1);
      const waiting = common.points.filter((p) => p.status === 'waiting').length;
      assert.ok(waiting > 0, 'the points nobody marked wait');
      assert.equal(common.packages.count, 0, 'no package while NATO has no common wording');
    });
  });
}
