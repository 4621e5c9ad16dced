// Lists beyond the hard maximum are cut into pages with a next cursor, and following the cursors yields every
// item exactly once: processes (an opaque cursor) and log entries (the next `from`), on both stores.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import { createApp } from '../app.ts';
import { MAX_PAGE } from '../http/paginate.ts';
import { type Caller, isProblem, signedIn } from '../test-support.ts';

const OPENED = MAX_PAGE + 3;

for (const target of databaseTargets()) {
  describe(`pages of lists (${target.name})`, { timeout: 120_000 }, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let call: Caller;
    const opened: string[] = [];
    before(async () => {
      store = await target.open();
      app = createApp({ store });
      call = await signedIn(store);
      for (let i = 0; i < OPENED; i++) {
        const created = await call(app, 'POST', '/api/processes', { title: `Process ${i}` });
        assert.equal(created.status, 201);
        opened.push(created.body.id);
      }
    });
    after(() => store.close());

    test('processes: a page is at most the maximum, and the cursors yield each process once', async () => {
      const first = await call(app, 'GET', '/api/processes?limit=1000');
      assert.equal(first.status, 200);
      assert.equal(first.body.items.length, MAX_PAGE);
      assert.equal(typeof first.body.next, 'string');
      const seen: string[] = [];
      let path: string | null = '/api/processes?limit=40';
      while (path !== null && seen.length < 10 * OPENED) {
        const page: { status: number; body: { items: { id: string }[]; next: string | null } } = await call(
          app,
          'GET',
          path,
        );
        assert.equal(page.status, 200);
        assert.ok(page.body.items.length <= 40);
        seen.push(...page.body.items.map((p) => p.id));
        path = page.body.next === null ? null : `/api/processes?limit=40&cursor=${page.body.next}`;
      }
      assert.equal(new Set(seen).size, seen.length, 'no process twice');
      for (const id of opened) assert.ok(seen.includes(id), `process ${id} on some page`);
    });

    test('log entries: limit above the maximum is cut, next is the following from, to the end', async () => {
      const size = await store.log.size();
      assert.ok(size > 2 * MAX_PAGE);
      const cut = await call(app, 'GET', '/api/log/entries?limit=1000');
      assert.equal(cut.body.items.length, MAX_PAGE);
      assert.equal(cut.body.next, MAX_PAGE);
      const indexes: number[] = [];
      let from: number | null = 0;
      while (from !== null && indexes.length <= size) {
        const page: { body: { items: { index: number }[]; next: number | null } } = await call(
          app,
          'GET',
          `/api/log/entries?from=${from}&limit=1000`,
        );
        indexes.push(...page.body.items.map((e) => e.index));
        from = page.body.next;
      }
      assert.deepEqual(
        indexes,
        Array.from({ length: size }, (_, i) => i),
      );
    });

    test('a bad cursor or limit is a problem', async () => {
      assert.ok(isProblem(await call(app, 'GET', '/api/processes?cursor=%21%21'), 400, 'out-of-range'));
      assert.ok(isProblem(await call(app, 'GET', '/api/processes?limit=0'), 400, 'out-of-range'));
      assert.ok(isProblem(await call(app, 'GET', '/api/processes?limit=-1'), 400, 'validation-failed'));
      assert.ok(isProblem(await call(app, 'GET', '/api/log/entries?limit=0'), 400, 'out-of-range'));
    });
  });
}
