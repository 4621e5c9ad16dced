// GET /api/versions/{id}/entries: every entry that shaped a version, so a reader can verify each and replay
// them against what the version page shows. The case: a point reworded after the version was created —
// the creation entry alone holds the old text, so a check of it alone must not pass for the page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import { verifyEntryBundle } from '@concord/ledger/verify';
import { createApp } from '../app.ts';
import { call as anonymous, type Caller, isProblem, seedProcess, signedIn } from '../test-support.ts';

for (const target of databaseTargets()) {
  describe(`version entries (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let call: Caller;
    let versionId: string;
    let pointIds: string[];
    before(async () => {
      store = await target.open();
      app = createApp({ store });
      call = await signedIn(store);
      const seed = await seedProcess(app, call);
      const version = (
        await call(app, 'POST', `/api/plans/${seed.plan.id}/versions`, {
          label: 'December',
          points: [{ text: { en: 'Ukraine’s sovereignty is confirmed.' } }, { text: { en: 'two' } }],
        })
      ).body;
      versionId = version.id;
      pointIds = version.points.map((p: { id: string }) => p.id);
      const edited = await call(app, 'PATCH', `/api/points/${pointIds[0]}`, {
        text: { en: 'Ukraine is NOT a sovereign state' },
      });
      assert.equal(edited.status, 200, JSON.stringify(edited.body));
      await call(app, 'POST', `/api/versions/${versionId}/points`, { text: { en: 'three' } });
      assert.equal((await call(app, 'DELETE', `/api/points/${pointIds[1]}`)).status, 204);
    });
    after(() => store.close());

    test('lists the creation and every later change, in log order, and nothing about other objects', async () => {
      const answer = await call(app, 'GET', `/api/versions/${versionId}/entries`);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      const { items, complete } = answer.body;
      assert.equal(complete, true);
      assert.deepEqual(
        items.map((e: { type: string }) => e.type),
        ['version.created', 'point.updated', 'point.created', 'point.removed'],
      );
      const indices = items.map((e: { index: number }) => e.index);
      assert.deepEqual(
        indices,
        [...indices].sort((a, b) => a - b),
      );
      const edit = items[1].event;
      assert.equal(edit.data.id, pointIds[0]);
      assert.deepEqual(edit.data.changes.text, { en: 'Ukraine is NOT a sovereign state' });
      const created = items[0].event.data.points[0].text.en;
      assert.equal(created, 'Ukraine’s sovereignty is confirmed.');
    });

    test('each entry says in words who did what to which point of which version and process', async () => {
      const { items } = (await call(app, 'GET', `/api/versions/${versionId}/entries`)).body;
      const summaries = items.map((e: { summary: string }) => e.summary);
      assert.match(
        summaries[0],
        /created version “December” of the plan “Peace framework” with 2 points in “Russia–Ukraine 2025”$/,
      );
      assert.match(summaries[1], /amended point 1 of “December” in “Russia–Ukraine 2025”$/);
      assert.match(summaries[2], /added point 3 of “December”/);
      assert.match(summaries[3], /removed a point of “December”/);
      assert.match(summaries[1], /^Test mediator amended/);
      // The process was opened before its opener had a membership: named by the membership it got.
      const opened = (await call(app, 'GET', '/api/log/entries/0')).body;
      assert.equal(opened.summary, 'Test mediator opened the process “Russia–Ukraine 2025”');
      const one = (await call(app, 'GET', `/api/log/entries/${items[1].index}`)).body;
      assert.equal(one.summary, summaries[1]);
    });

    test('an entry the caller may not read has no words and names nothing', async () => {
      const { items } = (await call(app, 'GET', `/api/versions/${versionId}/entries`)).body;
      const index = items[1].index;
      for (const answer of [
        await anonymous(app, 'GET', `/api/log/entries/${index}`),
        await anonymous(app, 'GET', `/api/log/entries?from=${index}&limit=1`),
      ]) {
        assert.equal(answer.status, 200);
        const entry = answer.body.items?.[0] ?? answer.body;
        assert.equal(entry.confidential, true);
        assert.equal(entry.summary, null);
        assert.doesNotMatch(JSON.stringify(answer.body), /December|sovereign|Peace framework/);
      }
    });

    test('each entry, the edit included, verifies against the signed checkpoint with the browser’s code', async () => {
      const cp = (await call(app, 'GET', '/api/log/checkpoint')).body;
      const { items } = (await call(app, 'GET', `/api/versions/${versionId}/entries`)).body;
      for (const entry of items) {
        const proof = (
          await call(app, 'GET', `/api/log/proofs/inclusion?index=${entry.index}&size=${cp.size}`)
        ).body;
        const result = verifyEntryBundle({
          index: entry.index,
          eventText: JSON.stringify(entry.event),
          entry,
          checkpoint: cp,
          proof,
          verifierKey: cp.verifierKey,
        });
        assert.equal(result.ok, true, `${entry.type}: ${result.summary}`);
      }
    });

    test('a caller who may not read the version learns nothing: 404, as for the version', async () => {
      const outsider = await signedIn(store, { name: 'Outsider' });
      for (const caller of [outsider, anonymous]) {
        const answer = await caller(app, 'GET', `/api/versions/${versionId}/entries`);
        assert.ok(isProblem(answer, 404, 'not-found'), JSON.stringify(answer.body));
        assert.doesNotMatch(JSON.stringify(answer.body), /sovereign/);
      }
    });

    test('a malformed or unknown id is refused and changes nothing', async () => {
      const before = await store.log.size();
      assert.equal((await call(app, 'GET', '/api/versions/not-a-uuid/entries')).status, 400);
      const unknown = '01890000-0000-7000-8000-000000000000';
      assert.ok(isProblem(await call(app, 'GET', `/api/versions/${unknown}/entries`), 404, 'not-found'));
      assert.equal(await store.log.size(), before);
    });
  });
}
