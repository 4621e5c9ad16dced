import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import { createApp } from '../app.ts';
import { type Caller, isProblem, seedProcess, signedIn } from '../test-support.ts';

for (const target of databaseTargets()) {
  describe(`points API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let call: Caller;
    let seed: Awaited<ReturnType<typeof seedProcess>>;
    let version: { id: string; points: { id: string; lineageId: string }[] };
    before(async () => {
      store = await target.open();
      app = createApp({ store });
      call = await signedIn(store);
      seed = await seedProcess(app, call);
      version = (
        await call(app, 'POST', `/api/plans/${seed.plan.id}/versions`, {
          label: 'v1',
          points: [{ text: { en: 'one' } }, { text: { en: 'two' } }],
        })
      ).body;
    });
    after(() => store.close());

    test('adds a point last with a default number, a sub-point below it, and amends it', async () => {
      const added = await call(app, 'POST', `/api/versions/${version.id}/points`, { text: { en: 'three' } });
      assert.equal(added.status, 201, JSON.stringify(added.body));
      assert.equal(added.body.ordinal, 2);
      assert.equal(added.body.number, '3');
      assert.equal(added.body.lineageId, added.body.id);
      assert.equal(added.headers.get('location'), `/api/points/${added.body.id}`);
      const sub = await call(app, 'POST', `/api/versions/${version.id}/points`, {
        parentPointId: added.body.id,
        text: { en: 'three a' },
      });
      assert.equal(sub.body.number, '3.a');
      assert.equal(sub.body.parentPointId, added.body.id);
      const amended = await call(app, 'PATCH', `/api/points/${added.body.id}`, {
        text: { en: 'three', uk: 'три' },
        quantities: [{ value: 100, unit: 'days', text: '100 days' }],
      });
      assert.equal(amended.status, 200);
      assert.deepEqual(amended.body.text, { en: 'three', uk: 'три' });
      assert.equal(amended.body.lineageId, added.body.lineageId);
      const read = await call(app, 'GET', `/api/versions/${version.id}`);
      assert.deepEqual(
        read.body.points.map((p: { number: string }) => p.number),
        ['1', '2', '3', '3.a'],
      );
      assert.deepEqual((await call(app, 'GET', `/api/points/${added.body.id}`)).body, amended.body);
    });

    test('a point in a branch continues a lineage of the parent version; continuing it twice is a split', async () => {
      const branch = (
        await call(app, 'POST', `/api/plans/${seed.plan.id}/versions`, {
          label: 'v2',
          parentVersionId: version.id,
        })
      ).body;
      const lineageId = version.points[0]?.lineageId;
      const continued = await call(app, 'POST', `/api/versions/${branch.id}/points`, {
        lineageId,
        text: { en: '1′' },
      });
      assert.equal(continued.status, 201);
      assert.equal(continued.body.lineageId, lineageId);
      const again = await call(app, 'POST', `/api/versions/${branch.id}/points`, {
        lineageId,
        text: { en: '1″' },
      });
      assert.equal(again.status, 201);
      assert.deepEqual(again.body.derivedFrom, [{ pointId: version.points[0]?.id, operation: 'split' }]);
      const elsewhere = await call(app, 'POST', `/api/versions/${branch.id}/points`, {
        lineageId: '0192f0c8-7d2a-7000-8000-000000000000',
        text: { en: 'x' },
      });
      assert.ok(isProblem(elsewhere, 422, 'rule-broken'));
    });

    test('concurrent additions get distinct ordinals and numbers (rules are checked under the writer lock)', async () => {
      const v = (await call(app, 'POST', `/api/plans/${seed.plan.id}/versions`, { label: 'busy' })).body;
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          call(app, 'POST', `/api/versions/${v.id}/points`, { text: { en: `p${i}` } }),
        ),
      );
      assert.deepEqual(
        answers.map((a) => a.status),
        Array(8).fill(201),
      );
      assert.deepEqual(
        answers.map((a) => a.body.ordinal).sort((a, b) => a - b),
        [0, 1, 2, 3, 4, 5, 6, 7],
      );
      const read = await call(app, 'GET', `/api/versions/${v.id}`);
      assert.deepEqual(
        read.body.points.map((p: { number: string }) => p.number),
        ['1', '2', '3', '4', '5', '6', '7', '8'],
      );
    });

    test('refuses points that do not fit, and writes nothing', async () => {
      const other = (
        await call(app, 'POST', `/api/plans/${seed.plan.id}/versions`, {
          label: 'other',
          points: [{ text: { en: 'x' } }],
        })
      ).body;
      const size = await store.log.size();
      const post = (body: unknown) => call(app, 'POST', `/api/versions/${version.id}/points`, body);
      assert.ok(
        isProblem(await post({ parentPointId: other.points[0].id, text: { en: 'x' } }), 422, 'rule-broken'),
      );
      assert.ok(
        isProblem(
          await post({ lineageId: other.points[0].lineageId, text: { en: 'x' } }),
          422,
          'rule-broken',
        ),
      );
      assert.ok(isProblem(await post({ ordinal: 0, text: { en: 'taken' } }), 409, 'conflict'));
      assert.ok(isProblem(await post({ text: { en: '' } }), 400, 'validation-failed'));
      const missing = '0192f0c8-7d2a-7000-8000-000000000000';
      assert.ok(
        isProblem(
          await call(app, 'POST', `/api/versions/${missing}/points`, { text: { en: 'x' } }),
          404,
          'not-found',
        ),
      );
      assert.ok(
        isProblem(
          await call(app, 'PATCH', `/api/points/${version.points[0]?.id}`, { ordinal: 1 }),
          409,
          'conflict',
        ),
      );
      assert.ok(
        isProblem(await call(app, 'PATCH', `/api/points/${missing}`, { number: '9' }), 404, 'not-found'),
      );
      assert.ok(
        isProblem(
          await call(app, 'PATCH', `/api/points/${version.points[0]?.id}`, { lineageId: missing }),
          400,
          'validation-failed',
        ),
      );
      // Four levels is the limit: a fifth is refused.
      let parentPointId: string | null = null;
      for (let depth = 0; depth < 4; depth++) {
        const created = await post({ parentPointId, text: { en: `level ${depth}` } });
        assert.equal(created.status, 201);
        parentPointId = created.body.id;
      }
      const sizeBeforeDeep = await store.log.size();
      assert.ok(isProblem(await post({ parentPointId, text: { en: 'too deep' } }), 422, 'rule-broken'));
      assert.equal(await store.log.size(), sizeBeforeDeep);
      assert.equal(sizeBeforeDeep, size + 4);
    });
  });
}
