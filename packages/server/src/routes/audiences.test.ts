// Audiences over HTTP: a lead mediator widens who may read a process, a plan or a version; what was shared with a
// party is readable by its delegates from that entry on; narrowing, or reaching beyond what contains the object,
// is a 422, and nothing is written.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import { createApp } from '../app.ts';
import { type Caller, call, callAs, isProblem, memberToken, seedProcess, signedIn } from '../test-support.ts';

const MEDIATORS_ONLY = { kind: 'parties', partyIds: [] };

for (const target of databaseTargets()) {
  describe(`audiences API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let lead: Caller & { accountId: string };
    let seeded: Awaited<ReturnType<typeof seedProcess>>;
    let ukraine: string;
    let staff: string;

    before(async () => {
      store = await target.open();
      app = createApp({ store });
      lead = await signedIn(store, { name: 'Steve Witkoff' });
      seeded = await seedProcess(app, lead);
      ukraine = (await memberToken(store, seeded.process.id, 'delegate', { partyId: seeded.ukraine.id }))
        .token;
      staff = (await memberToken(store, seeded.process.id, 'mediator', { rank: 'staff' })).token;
    });
    after(() => store.close());

    async function draft() {
      const plan = (
        await lead(app, 'POST', `/api/processes/${seeded.process.id}/plans`, {
          title: '28-point framework',
          mediatorPartyId: seeded.us.id,
          audience: MEDIATORS_ONLY,
        })
      ).body;
      const version = (await lead(app, 'POST', `/api/plans/${plan.id}/versions`, { label: '28-point draft' }))
        .body;
      assert.deepEqual(version.audience, MEDIATORS_ONLY);
      return { plan, version };
    }
    const toUkraine = () => ({ kind: 'parties', partyIds: [seeded.ukraine.id] });

    test('a version shared with a party is readable by its delegate from that entry on', async () => {
      const { plan, version } = await draft();
      const read = () => callAs(app, ukraine, 'GET', `/api/versions/${version.id}`);
      assert.ok(isProblem(await read(), 404, 'not-found'));

      const size = await store.log.size();
      // A version stays within its plan: the plan is shared first.
      const tooWide = await lead(app, 'PUT', `/api/versions/${version.id}/audience`, {
        audience: toUkraine(),
        reason: 'handed over',
      });
      assert.ok(isProblem(tooWide, 422, 'rule-broken'), JSON.stringify(tooWide.body));
      assert.equal(await store.log.size(), size);

      const sharedPlan = await lead(app, 'PUT', `/api/plans/${plan.id}/audience`, {
        audience: toUkraine(),
        reason: 'handed to the Ukrainian president',
      });
      assert.equal(sharedPlan.status, 200, JSON.stringify(sharedPlan.body));
      assert.deepEqual(sharedPlan.body.audience, toUkraine());
      assert.equal(sharedPlan.body.abilities.share, true);
      assert.ok(isProblem(await read(), 404, 'not-found'), 'the plan is shared, the version not yet');

      const shared = await lead(app, 'PUT', `/api/versions/${version.id}/audience`, {
        audience: toUkraine(),
        reason: 'handed to the Ukrainian president on 20 Nov',
      });
      assert.equal(shared.status, 200, JSON.stringify(shared.body));
      assert.equal(shared.body.id, version.id);
      assert.deepEqual(shared.body.audience, toUkraine());
      assert.equal(shared.body.abilities.share, true);
      assert.equal(await store.log.size(), size + 2);
      const entry = await store.log.entry(size + 1);
      assert.ok(entry);
      assert.equal(entry.type, 'audience.changed');
      assert.deepEqual(entry.event.data, {
        subject: 'version',
        id: version.id,
        audience: toUkraine(),
        reason: 'handed to the Ukrainian president on 20 Nov',
      });
      assert.match(entry.event.actor, new RegExp(`^account:${lead.accountId}/membership:`));

      const now = await read();
      assert.equal(now.status, 200);
      assert.deepEqual(now.body.abilities.share, false);
    });

    test('narrowing, or repeating the same audience, writes nothing', async () => {
      const { plan, version } = await draft();
      await lead(app, 'PUT', `/api/plans/${plan.id}/audience`, { audience: toUkraine(), reason: 'shared' });
      await lead(app, 'PUT', `/api/versions/${version.id}/audience`, {
        audience: toUkraine(),
        reason: 'shared',
      });
      const size = await store.log.size();
      const narrower = await lead(app, 'PUT', `/api/versions/${version.id}/audience`, {
        audience: MEDIATORS_ONLY,
        reason: 'take it back',
      });
      assert.ok(isProblem(narrower, 422, 'rule-broken'), JSON.stringify(narrower.body));
      const same = await lead(app, 'PUT', `/api/plans/${plan.id}/audience`, {
        audience: toUkraine(),
        reason: 'x',
      });
      assert.ok(isProblem(same, 409, 'conflict'));
      const unsorted = await lead(app, 'PUT', `/api/plans/${plan.id}/audience`, {
        audience: { kind: 'parties', partyIds: [seeded.us.id, seeded.ukraine.id].sort().reverse() },
        reason: 'x',
      });
      assert.ok(isProblem(unsorted, 400, 'validation-failed'), 'one written form: party ids sorted');
      const stranger = await lead(app, 'PUT', `/api/plans/${plan.id}/audience`, {
        audience: { kind: 'parties', partyIds: ['01900000-0000-7000-8000-000000000000'] },
        reason: 'x',
      });
      assert.ok(isProblem(stranger, 422, 'rule-broken'));
      assert.equal(await store.log.size(), size);
    });

    test('only the lead mediator shares; who cannot see the object gets 404', async () => {
      const { plan, version } = await draft();
      const body = { audience: toUkraine(), reason: 'x' };
      const byStaff = await callAs(app, staff, 'PUT', `/api/plans/${plan.id}/audience`, body);
      assert.ok(isProblem(byStaff, 403, 'forbidden'), JSON.stringify(byStaff.body));
      const byDelegate = await callAs(app, ukraine, 'PUT', `/api/versions/${version.id}/audience`, body);
      assert.ok(isProblem(byDelegate, 404, 'not-found'), 'the version does not exist for Ukraine yet');
      // The public is told to sign in before anything is looked up.
      const byPublic = await call(app, 'PUT', `/api/versions/${version.id}/audience`, body);
      assert.ok(isProblem(byPublic, 401, 'unauthenticated'));
    });

    test('a confidential process made public', async () => {
      const closed = (
        await lead(app, 'POST', '/api/processes', { title: 'Back channel', audience: { kind: 'process' } })
      ).body;
      assert.ok(isProblem(await call(app, 'GET', `/api/processes/${closed.id}`), 404, 'not-found'));
      const opened = await lead(app, 'PUT', `/api/processes/${closed.id}/audience`, {
        audience: { kind: 'public' },
        reason: 'talks announced',
      });
      assert.equal(opened.status, 200);
      assert.deepEqual(opened.body.audience, { kind: 'public' });
      assert.equal(opened.body.abilities['manage-members'], true);
      assert.equal((await call(app, 'GET', `/api/processes/${closed.id}`)).status, 200);
      const back = await lead(app, 'PUT', `/api/processes/${closed.id}/audience`, {
        audience: { kind: 'process' },
        reason: 'closed again',
      });
      assert.ok(isProblem(back, 422, 'rule-broken'));
    });

    test('the routes are in the OpenAPI document', async () => {
      const doc = (await call(app, 'GET', '/openapi.json')).body;
      for (const path of [
        '/api/processes/{processId}/audience',
        '/api/plans/{planId}/audience',
        '/api/versions/{versionId}/audience',
      ])
        assert.ok(doc.paths[path]?.put, path);
      assert.ok(doc.components.schemas.AudienceChange);
    });
  });
}
