import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import { createApp } from '../app.ts';
import { type Caller, isProblem, seedProcess, signedIn } from '../test-support.ts';

for (const target of databaseTargets()) {
  describe(`commitments API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let call: Caller;
    let seed: Awaited<ReturnType<typeof seedProcess>>;
    let pointId: string;
    before(async () => {
      store = await target.open();
      app = createApp({ store });
      call = await signedIn(store);
      seed = await seedProcess(app, call);
      const version = (
        await call(app, 'POST', `/api/plans/${seed.plan.id}/versions`, {
          label: 'v',
          points: [{ text: { en: 'p' } }],
        })
      ).body;
      pointId = version.points[0].id;
    });
    after(() => store.close());

    test('records a commitment under a point and changes it', async () => {
      const created = await call(app, 'POST', `/api/points/${pointId}/commitments`, {
        obligor: seed.ukraine.id,
        beneficiary: 'Russia',
        action: 'withdraw from the line of contact',
        due: { event: 'within 30 days of signing' },
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.pointId, pointId);
      assert.equal(created.body.verification, null);
      const changed = await call(app, 'PATCH', `/api/commitments/${created.body.id}`, {
        due: { date: '2026-01-01' },
        verification: 'monitoring mission',
      });
      assert.equal(changed.status, 200);
      assert.deepEqual(changed.body.due, { date: '2026-01-01' });
      assert.equal(changed.body.action, 'withdraw from the line of contact');
      assert.deepEqual((await call(app, 'GET', `/api/commitments/${created.body.id}`)).body, changed.body);
      const version = await call(app, 'GET', `/api/versions/${created.body.versionId}`);
      assert.deepEqual(version.body.commitments, [changed.body]);
    });

    test('refuses a party of another process, bad dates, missing points; writes nothing', async () => {
      const other = await seedProcess(app, call);
      const created = (
        await call(app, 'POST', `/api/points/${pointId}/commitments`, { obligor: 'Russia', action: 'a' })
      ).body;
      const size = await store.log.size();
      const post = (body: unknown) => call(app, 'POST', `/api/points/${pointId}/commitments`, body);
      assert.ok(isProblem(await post({ obligor: other.ukraine.id, action: 'a' }), 422, 'rule-broken'));
      assert.ok(
        isProblem(await post({ obligor: 'x', beneficiary: other.us.id, action: 'a' }), 422, 'rule-broken'),
      );
      assert.ok(
        isProblem(
          await post({ obligor: 'x', action: 'a', due: { date: '2025-13-01' } }),
          400,
          'validation-failed',
        ),
      );
      assert.ok(
        isProblem(
          await post({ obligor: 'x', action: 'a', due: { date: '2025-01-01', event: 'y' } }),
          400,
          'validation-failed',
        ),
      );
      assert.ok(isProblem(await post({ action: 'a' }), 400, 'validation-failed'));
      const patch = (body: unknown) => call(app, 'PATCH', `/api/commitments/${created.id}`, body);
      assert.ok(isProblem(await patch({ obligor: other.ukraine.id }), 422, 'rule-broken'));
      assert.ok(isProblem(await patch({ pointId }), 400, 'validation-failed'));
      const missing = '0192f0c8-7d2a-7000-8000-000000000000';
      assert.ok(
        isProblem(
          await call(app, 'POST', `/api/points/${missing}/commitments`, { obligor: 'x', action: 'a' }),
          404,
          'not-found',
        ),
      );
      assert.ok(isProblem(await call(app, 'GET', `/api/commitments/${missing}`), 404, 'not-found'));
      assert.equal(await store.log.size(), size);
    });
  });
}
