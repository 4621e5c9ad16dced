import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import { createApp } from '../app.ts';
import { type Caller, isProblem, signedIn } from '../test-support.ts';

for (const target of databaseTargets()) {
  describe(`processes API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let call: Caller & { accountId: string };
    before(async () => {
      store = await target.open();
      app = createApp({ store });
      call = await signedIn(store);
    });
    after(() => store.close());

    test('create, list, read and change a process; each write is one log entry', async () => {
      const size0 = await store.log.size();
      const created = await call(app, 'POST', '/api/processes', {
        title: '  Gaza 2025 ',
        description: 'ceasefire',
      });
      assert.equal(created.status, 201);
      assert.equal(created.body.title, 'Gaza 2025', 'validated input is trimmed by the schema');
      assert.equal(created.headers.get('location'), `/api/processes/${created.body.id}`);
      assert.equal(created.body.logIndex, size0);
      // Opening a process also makes its opener the lead mediator: two events, one transaction.
      assert.equal(await store.log.size(), size0 + 2);
      const lead = await call(app, 'GET', `/api/log/entries/${size0 + 1}`);
      assert.equal(lead.body.type, 'membership.granted');
      assert.equal(lead.body.event.data.accountId, call.accountId);
      assert.deepEqual([lead.body.event.data.role, lead.body.event.data.rank], ['mediator', 'lead']);

      const list = await call(app, 'GET', '/api/processes');
      assert.ok(list.body.items.some((p: { id: string }) => p.id === created.body.id));

      const read = await call(app, 'GET', `/api/processes/${created.body.id}`);
      assert.equal(read.status, 200);
      assert.deepEqual(
        { ...read.body, parties: undefined, plans: undefined },
        {
          ...created.body,
          parties: undefined,
          plans: undefined,
        },
      );
      assert.deepEqual(read.body.parties, []);
      assert.deepEqual(read.body.plans, []);

      const changed = await call(app, 'PATCH', `/api/processes/${created.body.id}`, {
        title: 'Gaza 2025–2026',
      });
      assert.equal(changed.status, 200);
      assert.equal(changed.body.title, 'Gaza 2025–2026');
      assert.equal(changed.body.description, 'ceasefire');
      assert.equal(changed.body.logIndex, size0 + 2);
      const entry = await call(app, 'GET', `/api/log/entries/${size0 + 2}`);
      assert.equal(entry.body.type, 'process.updated');
      // The change names the person and the membership it was made in.
      assert.equal(entry.body.event.actor, `account:${call.accountId}/membership:${lead.body.event.data.id}`);
    });

    test('the detail lists the parties and plans of the process', async () => {
      const process = (await call(app, 'POST', '/api/processes', { title: 'P' })).body;
      const party = (
        await call(app, 'POST', `/api/processes/${process.id}/parties`, {
          name: 'Qatar',
          kind: 'intermediary',
        })
      ).body;
      const plan = (await call(app, 'POST', `/api/processes/${process.id}/plans`, { title: 'Plan' })).body;
      const read = await call(app, 'GET', `/api/processes/${process.id}`);
      assert.deepEqual(read.body.parties, [party]);
      assert.deepEqual(read.body.plans, [plan]);
    });

    test('rejected requests are problems and write nothing', async () => {
      const process = (await call(app, 'POST', '/api/processes', { title: 'Kept' })).body;
      const size = await store.log.size();
      const missing = '0192f0c8-7d2a-7000-8000-000000000000';
      assert.ok(isProblem(await call(app, 'GET', `/api/processes/${missing}`), 404, 'not-found'));
      assert.ok(
        isProblem(await call(app, 'PATCH', `/api/processes/${missing}`, { title: 'x' }), 404, 'not-found'),
      );
      assert.ok(
        isProblem(await call(app, 'PATCH', `/api/processes/${process.id}`, {}), 400, 'validation-failed'),
      );
      assert.ok(
        isProblem(
          await call(app, 'POST', '/api/processes', { title: 'x'.repeat(301) }),
          400,
          'validation-failed',
        ),
      );
      assert.ok(isProblem(await call(app, 'POST', '/api/processes', '{"title":'), 400, 'malformed-request'));
      assert.ok(isProblem(await call(app, 'POST', '/api/processes', [1, 2]), 400, 'validation-failed'));
      assert.ok(
        isProblem(
          await call(app, 'POST', '/api/processes', { title: 'x', id: missing }),
          400,
          'validation-failed',
        ),
      );
      const big = { title: 'x', description: 'y'.repeat(1_100_000) };
      assert.ok(isProblem(await call(app, 'POST', '/api/processes', big), 413, 'body-too-large'));
      assert.equal(await store.log.size(), size);
      assert.equal((await call(app, 'GET', `/api/processes/${process.id}`)).body.title, 'Kept');
    });
  });
}
