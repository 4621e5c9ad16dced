// Members over HTTP: the list is read through the caller's scope and allowed by the policy ('read-members'), and
// suspending, reinstating or ending a membership is one logged `membership.changed` that takes effect at once.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import { createApp } from '../app.ts';
import {
  type Caller,
  call,
  callAs,
  callWith,
  isProblem,
  memberToken,
  sessionHeaders,
  signedIn,
} from '../test-support.ts';

type Member = {
  id: string;
  accountId: string;
  name: string;
  role: string;
  rank: string | null;
  partyId: string | null;
  partyName: string | null;
  status: string;
  since: string;
  abilities: Record<string, boolean>;
};

for (const target of databaseTargets()) {
  describe(`members API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let lead: Caller & { accountId: string };
    let processId: string;
    let ukraineId: string;
    let delegate: Awaited<ReturnType<typeof memberToken>>;
    let staff: Awaited<ReturnType<typeof memberToken>>;
    let staffSession: Record<string, string>;

    before(async () => {
      store = await target.open();
      app = createApp({ store });
      lead = await signedIn(store, { name: 'Steve Witkoff' });
      processId = (
        await lead(app, 'POST', '/api/processes', {
          title: 'Confidential talks',
          audience: { kind: 'process' },
        })
      ).body.id;
      ukraineId = (
        await lead(app, 'POST', `/api/processes/${processId}/parties`, { name: 'Ukraine', kind: 'party' })
      ).body.id;
      delegate = await memberToken(store, processId, 'delegate', {
        partyId: ukraineId,
        name: 'Rustem Umerov',
      });
      staff = await memberToken(store, processId, 'mediator', { rank: 'staff', name: 'Dan Driscoll' });
      staffSession = await sessionHeaders(store, staff.accountId);
    });
    after(() => store.close());

    const members = async (caller: Caller) =>
      (await caller(app, 'GET', `/api/processes/${processId}/members`)).body.members as Member[];
    const change = (membershipId: string, body: unknown) =>
      lead(app, 'PATCH', `/api/memberships/${membershipId}`, body);

    test('members see who takes part; only the lead may manage', async () => {
      const seen = await members(lead);
      assert.deepEqual(
        seen.map((m) => [m.name, m.role, m.rank, m.partyName, m.status]),
        [
          ['Steve Witkoff', 'mediator', 'lead', null, 'active'],
          ['Rustem Umerov', 'delegate', null, 'Ukraine', 'active'],
          ['Dan Driscoll', 'mediator', 'staff', null, 'active'],
        ],
      );
      assert.ok(seen.every((m) => m.abilities.manage === true));
      assert.ok(seen.every((m) => !Number.isNaN(Date.parse(m.since))));
      assert.equal(seen[1]?.accountId, delegate.accountId);

      const byDelegate = (await callAs(app, delegate.token, 'GET', `/api/processes/${processId}/members`))
        .body;
      assert.equal(byDelegate.members.length, 3);
      assert.ok(byDelegate.members.every((m: Member) => m.abilities.manage === false));
    });

    test('a process one cannot see is 404; a visible one whose members one may not list is 401/403', async () => {
      const stranger = await signedIn(store, { name: 'Stranger' });
      for (const answer of [
        await stranger(app, 'GET', `/api/processes/${processId}/members`),
        await call(app, 'GET', `/api/processes/${processId}/members`),
        await lead(app, 'GET', '/api/processes/01900000-0000-7000-8000-000000000000/members'),
      ])
        assert.ok(isProblem(answer, 404, 'not-found'), JSON.stringify(answer.body));
      const open = (await lead(app, 'POST', '/api/processes', { title: 'Public talks' })).body.id;
      assert.ok(isProblem(await stranger(app, 'GET', `/api/processes/${open}/members`), 403, 'forbidden'));
      assert.ok(isProblem(await call(app, 'GET', `/api/processes/${open}/members`), 401, 'unauthenticated'));
    });

    test('suspend: logged, and the member may no longer act; reinstate: they may again', async () => {
      const path = `/api/processes/${processId}`;
      assert.equal(
        (await callWith(app, staffSession, 'PATCH', path, { description: 'round 1' })).status,
        200,
      );

      const size = await store.log.size();
      const suspended = await change(staff.membership.id, { status: 'suspended', reason: 'leak inquiry' });
      assert.equal(suspended.status, 200, JSON.stringify(suspended.body));
      assert.equal(suspended.body.status, 'suspended');
      assert.equal(suspended.body.abilities.manage, true);
      assert.equal(await store.log.size(), size + 1);
      const entry = await store.log.entry(size);
      assert.ok(entry);
      assert.equal(entry.type, 'membership.changed');
      assert.deepEqual(entry.event.data, {
        id: staff.membership.id,
        status: 'suspended',
        reason: 'leak inquiry',
      });
      assert.match(entry.event.actor, new RegExp(`^account:${lead.accountId}/membership:`));
      assert.equal(suspended.body.since, entry.event.at);

      // The session no longer holds the role: the confidential process does not exist for it.
      const bySession = await callWith(app, staffSession, 'PATCH', path, { description: 'round 2' });
      assert.ok(isProblem(bySession, 404, 'not-found'), JSON.stringify(bySession.body));
      // The API token acted for that one membership: it is refused outright.
      const byToken = await callAs(app, staff.token, 'PATCH', path, { description: 'round 2' });
      assert.ok(isProblem(byToken, 401, 'unauthenticated'), JSON.stringify(byToken.body));
      assert.equal(await store.log.size(), size + 1);
      assert.equal((await members(lead)).find((m) => m.id === staff.membership.id)?.status, 'suspended');

      const twice = await change(staff.membership.id, { status: 'suspended', reason: 'again' });
      assert.ok(isProblem(twice, 409, 'conflict'));

      const reinstated = await change(staff.membership.id, { status: 'active', reason: 'cleared' });
      assert.equal(reinstated.status, 200);
      assert.equal(reinstated.body.status, 'active');
      assert.equal((await store.log.entry(size + 1))?.type, 'membership.changed');
      assert.equal(
        (await callWith(app, staffSession, 'PATCH', path, { description: 'round 3' })).status,
        200,
      );
    });

    test('only the lead manages memberships; the last lead cannot leave; an ended one stays ended', async () => {
      const byDelegate = await callAs(
        app,
        delegate.token,
        'PATCH',
        `/api/memberships/${staff.membership.id}`,
        {
          status: 'suspended',
          reason: 'no',
        },
      );
      assert.ok(isProblem(byDelegate, 403, 'forbidden'));
      const byStaff = await callWith(
        app,
        staffSession,
        'PATCH',
        `/api/memberships/${delegate.membership.id}`,
        {
          status: 'suspended',
          reason: 'no',
        },
      );
      assert.ok(isProblem(byStaff, 403, 'forbidden'));
      const stranger = await signedIn(store, { name: 'Stranger' });
      const byStranger = await stranger(app, 'PATCH', `/api/memberships/${staff.membership.id}`, {
        status: 'suspended',
        reason: 'no',
      });
      assert.ok(isProblem(byStranger, 404, 'not-found'));

      const own = (await members(lead)).find((m) => m.accountId === lead.accountId);
      assert.ok(own);
      const size = await store.log.size();
      for (const status of ['ended', 'suspended']) {
        const answer = await change(own.id, { status, reason: 'stepping down' });
        assert.ok(isProblem(answer, 422, 'rule-broken'), JSON.stringify(answer.body));
      }
      assert.equal(await store.log.size(), size);

      const ended = await change(delegate.membership.id, { status: 'ended', reason: 'replaced' });
      assert.equal(ended.body.status, 'ended');
      const back = await change(delegate.membership.id, { status: 'active', reason: 'return' });
      assert.ok(isProblem(back, 409, 'conflict'));
      assert.ok(
        isProblem(
          await change(delegate.membership.id, { status: 'paused', reason: 'x' }),
          400,
          'validation-failed',
        ),
      );
    });

    test('the routes and their schemas are in the OpenAPI document', async () => {
      const doc = (await call(app, 'GET', '/openapi.json')).body;
      assert.ok(doc.paths['/api/processes/{processId}/members']?.get);
      assert.ok(doc.paths['/api/memberships/{membershipId}']?.patch);
      for (const id of ['Member', 'MembershipChange']) assert.ok(doc.components.schemas[id], id);
    });
  });
}
