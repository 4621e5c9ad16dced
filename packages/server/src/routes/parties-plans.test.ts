import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import { createApp } from '../app.ts';
import { type Caller, isProblem, seedProcess, signedIn } from '../test-support.ts';

for (const target of databaseTargets()) {
  describe(`parties and plans API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let call: Caller;
    before(async () => {
      store = await target.open();
      app = createApp({ store });
      call = await signedIn(store);
    });
    after(() => store.close());

    test('parties: create with aliases, read, change', async () => {
      const { process } = await seedProcess(app, call);
      const created = await call(app, 'POST', `/api/processes/${process.id}/parties`, {
        name: 'Russia',
        kind: 'party',
        aliases: ['RF', 'the Russian side'],
      });
      assert.equal(created.status, 201);
      assert.equal(created.body.processId, process.id);
      assert.deepEqual(created.body.aliases, ['RF', 'the Russian side']);
      const changed = await call(app, 'PATCH', `/api/parties/${created.body.id}`, { aliases: ['RF'] });
      assert.deepEqual(changed.body.aliases, ['RF']);
      assert.equal(changed.body.name, 'Russia');
      assert.deepEqual((await call(app, 'GET', `/api/parties/${created.body.id}`)).body, changed.body);
    });

    test('plans: create with a mediator of the process, read with versions, change', async () => {
      const { process, us, plan } = await seedProcess(app, call);
      assert.equal(plan.mediatorPartyId, us.id);
      assert.equal(plan.processId, process.id);
      const read = await call(app, 'GET', `/api/plans/${plan.id}`);
      assert.deepEqual(read.body, { ...plan, versions: [] });
      const changed = await call(app, 'PATCH', `/api/plans/${plan.id}`, {
        mediatorPartyId: null,
        title: 'Framework',
      });
      assert.equal(changed.body.mediatorPartyId, null);
      assert.equal(changed.body.title, 'Framework');
    });

    test('refused: unknown kinds, foreign mediators, missing processes; nothing written', async () => {
      const a = await seedProcess(app, call);
      const b = await seedProcess(app, call);
      const size = await store.log.size();
      const missing = '0192f0c8-7d2a-7000-8000-000000000000';
      assert.ok(
        isProblem(
          await call(app, 'POST', `/api/processes/${a.process.id}/parties`, { name: 'X', kind: 'king' }),
          400,
          'validation-failed',
        ),
      );
      assert.ok(
        isProblem(
          await call(app, 'POST', `/api/processes/${a.process.id}/parties`, {
            name: 'X',
            kind: 'party',
            aliases: Array(51).fill('a'),
          }),
          400,
          'validation-failed',
        ),
      );
      assert.ok(
        isProblem(
          await call(app, 'POST', `/api/processes/${missing}/parties`, { name: 'X', kind: 'party' }),
          404,
          'not-found',
        ),
      );
      assert.ok(
        isProblem(
          await call(app, 'POST', `/api/processes/${a.process.id}/plans`, {
            title: 'P',
            mediatorPartyId: b.us.id,
          }),
          422,
          'rule-broken',
        ),
      );
      assert.ok(
        isProblem(
          await call(app, 'POST', `/api/processes/${a.process.id}/plans`, {
            title: 'P',
            mediatorPartyId: missing,
          }),
          422,
          'rule-broken',
        ),
      );
      assert.ok(
        isProblem(
          await call(app, 'PATCH', `/api/plans/${a.plan.id}`, { mediatorPartyId: b.us.id }),
          422,
          'rule-broken',
        ),
      );
      assert.ok(
        isProblem(await call(app, 'PATCH', `/api/parties/${missing}`, { name: 'Y' }), 404, 'not-found'),
      );
      assert.ok(
        isProblem(
          await call(app, 'PATCH', `/api/parties/${a.ukraine.id}`, { processId: b.process.id }),
          400,
          'validation-failed',
        ),
      );
      assert.ok(isProblem(await call(app, 'GET', `/api/plans/${missing}`), 404, 'not-found'));
      assert.equal(await store.log.size(), size);
    });
  });
}
