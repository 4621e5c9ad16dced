import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store, tableDigest } from '@concord/db';
import { createApp } from '../app.ts';
import { type Caller, isProblem, memberToken, seedProcess, signedIn } from '../test-support.ts';

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

    test('a commitment is taken off a working draft in one entry, and the removal replays from the log', async () => {
      const created = (
        await call(app, 'POST', `/api/points/${pointId}/commitments`, { obligor: 'Russia', action: 'to go' })
      ).body;
      const size = await store.log.size();
      const removed = await call(app, 'DELETE', `/api/commitments/${created.id}`);
      assert.equal(removed.status, 204, JSON.stringify(removed.body));
      assert.equal(await store.log.size(), size + 1);
      assert.equal((await store.log.entry(size))?.event.type, 'commitment.removed');
      assert.ok(isProblem(await call(app, 'GET', `/api/commitments/${created.id}`), 404, 'not-found'));
      const version = await call(app, 'GET', `/api/versions/${created.versionId}`);
      assert.ok(!version.body.commitments.some((c: { id: string }) => c.id === created.id));
      assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
    });

    test('removing: a malformed or missing id, a frozen version, a delegate: a problem and nothing written', async () => {
      const circulated = (
        await call(app, 'POST', `/api/plans/${seed.plan.id}/versions`, {
          label: 'handed over',
          status: 'circulated',
          points: [{ text: { en: 'p' }, commitments: [{ obligor: 'Russia', action: 'stay' }] }],
        })
      ).body;
      const kept = (
        await call(app, 'POST', `/api/points/${pointId}/commitments`, { obligor: 'Russia', action: 'keep' })
      ).body;
      const delegate = await memberToken(store, seed.process.id, 'delegate', { partyId: seed.ukraine.id });
      const size = await store.log.size();
      const digest = await tableDigest(store);
      const remove = (id: string) => call(app, 'DELETE', `/api/commitments/${id}`);
      assert.ok(isProblem(await remove('not-a-uuid'), 400, 'validation-failed'));
      assert.ok(isProblem(await remove('0192f0c8-7d2a-7000-8000-000000000000'), 404, 'not-found'));
      const frozen = await remove(circulated.commitments[0].id);
      assert.ok(isProblem(frozen, 409, 'conflict'));
      assert.match(frozen.body.detail, /was circulated .* start a new version from it/);
      const asDelegate = (id: string) =>
        app.request(`/api/commitments/${id}`, {
          method: 'DELETE',
          headers: { authorization: `Bearer ${delegate.token}` },
        });
      assert.equal((await asDelegate(circulated.commitments[0].id)).status, 403);
      assert.equal((await asDelegate(kept.id)).status, 404, 'a draft the delegate cannot read stays unknown');
      assert.equal(await store.log.size(), size);
      assert.deepEqual(await tableDigest(store), digest);
    });
  });
}
