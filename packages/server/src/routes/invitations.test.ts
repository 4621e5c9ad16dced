// Invitations over HTTP: a lead mediator invites, the link's holder inspects and accepts it (a newcomer leaves
// signed in), and a link works once, before it expires, unless withdrawn. The token is in the 201 answer only.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, invitationState, type Store } from '@concord/db';
import { createApp, DEFAULT_ORIGIN } from '../app.ts';
import {
  type Answer,
  type Caller,
  call,
  callAs,
  callWith,
  isProblem,
  memberToken,
  signedIn,
} from '../test-support.ts';
import { cookieFrom } from './people-test-app.ts';

const PASSWORD = 'correct horse battery staple';

for (const target of databaseTargets()) {
  describe(`invitations API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let lead: Caller & { accountId: string };
    let processId: string;
    let ukraineId: string;
    let handles = 0;

    before(async () => {
      store = await target.open();
      app = createApp({ store });
      lead = await signedIn(store, { name: 'Steve Witkoff' });
      // A confidential process: only its members know it exists.
      const process = await lead(app, 'POST', '/api/processes', {
        title: 'Russia–Ukraine 2025',
        audience: { kind: 'process' },
      });
      processId = process.body.id;
      ukraineId = (
        await lead(app, 'POST', `/api/processes/${processId}/parties`, { name: 'Ukraine', kind: 'party' })
      ).body.id;
    });
    after(() => store.close());

    const invite = (body: Record<string, unknown> = {}) =>
      lead(app, 'POST', `/api/processes/${processId}/invitations`, {
        role: 'delegate',
        partyId: ukraineId,
        name: 'Rustem Umerov',
        email: 'umerov@example.org',
        ...body,
      });
    const tokenOf = (issued: Answer): string => issued.body.link.split('#')[1];
    const newcomer = () => ({ name: 'Rustem Umerov', handle: `umerov-${++handles}`, password: PASSWORD });
    const accept = (body: unknown, headers: Record<string, string> = { origin: DEFAULT_ORIGIN }) =>
      callWith(app, headers, 'POST', '/api/invitations/accept', body);
    const listed = async () =>
      (await lead(app, 'GET', `/api/processes/${processId}/invitations`)).body.invitations as {
        id: string;
        state: string;
      }[];

    test('invite, inspect, accept as a newcomer: signed in, the membership logged as the newcomer’s', async () => {
      const issued = await invite();
      assert.equal(issued.status, 201);
      assert.match(issued.body.link, new RegExp(`^${DEFAULT_ORIGIN}/invite#ci_[A-Za-z0-9_-]{43}$`));
      assert.deepEqual(
        { ...issued.body, id: undefined, link: undefined, expiresAt: undefined },
        {
          id: undefined,
          link: undefined,
          expiresAt: undefined,
          role: 'delegate',
          rank: null,
          partyId: ukraineId,
          name: 'Rustem Umerov',
          email: 'umerov@example.org',
        },
      );
      const token = tokenOf(issued);
      const open = (await listed()).find((i) => i.id === issued.body.id);
      assert.equal(open?.state, 'open');

      const offer = await call(app, 'POST', '/api/invitations/inspect', { token });
      assert.equal(offer.status, 200);
      assert.deepEqual(offer.body, {
        processId,
        processTitle: 'Russia–Ukraine 2025',
        role: 'delegate',
        rank: null,
        partyId: ukraineId,
        partyName: 'Ukraine',
        name: 'Rustem Umerov',
        expiresAt: issued.body.expiresAt,
      });

      const size = await store.log.size();
      const accepted = await accept({ token, account: newcomer() });
      assert.equal(accepted.status, 200);
      assert.equal(await store.log.size(), size + 1, 'one entry: the membership');
      const cookie = cookieFrom(accepted.headers);
      assert.ok(cookie, 'a newcomer is signed in');
      const { principal, membershipId } = accepted.body;
      assert.equal(accepted.body.processId, processId);
      assert.equal(principal.via, 'session');
      assert.deepEqual(
        principal.memberships.map((m: { id: string; role: string; partyName: string }) => [
          m.id,
          m.role,
          m.partyName,
        ]),
        [[membershipId, 'delegate', 'Ukraine']],
      );

      const session = await callWith(app, { cookie }, 'GET', '/api/session');
      assert.equal(session.body.principal.accountId, principal.accountId);
      assert.deepEqual(
        session.body.principal.memberships.map((m: { id: string; processTitle: string }) => [
          m.id,
          m.processTitle,
        ]),
        [[membershipId, 'Russia–Ukraine 2025']],
      );
      // The newcomer now reads the confidential process.
      assert.equal((await callWith(app, { cookie }, 'GET', `/api/processes/${processId}`)).status, 200);

      const entry = await store.log.entry(size);
      assert.ok(entry);
      assert.equal(entry.type, 'membership.granted');
      assert.equal(entry.event.actor, `account:${principal.accountId}`);
      assert.equal((entry.event.data as { id: string }).id, membershipId);

      const used = (await listed()).find((i) => i.id === issued.body.id);
      assert.equal(used?.state, 'used');

      const again = await accept({ token, account: newcomer() });
      assert.ok(isProblem(again, 410, 'invitation-expired'), JSON.stringify(again.body));
      assert.equal(await store.log.size(), size + 1);
      const inspected = await call(app, 'POST', '/api/invitations/inspect', { token });
      assert.ok(isProblem(inspected, 410, 'invitation-expired'));

      // The token is nowhere but in the 201 answer: not in lists, problems or the log.
      const texts = [
        JSON.stringify((await lead(app, 'GET', `/api/processes/${processId}/invitations`)).body),
        JSON.stringify(again.body),
        JSON.stringify(inspected.body),
        ...(await store.log.entries(0, size + 1)).map((e) => e.canonical),
      ];
      for (const text of texts) assert.ok(!text.includes(token.slice(3)), 'the token leaked');
    });

    test('a signed-in person accepts as themself and keeps their session', async () => {
      const issued = await invite({ role: 'observer', partyId: null, name: 'Observer' });
      const person = await signedIn(store, { name: 'An observer' });
      const accepted = await person(app, 'POST', '/api/invitations/accept', { token: tokenOf(issued) });
      assert.equal(accepted.status, 200);
      assert.equal(cookieFrom(accepted.headers), null, 'no new session');
      assert.equal(accepted.body.principal.accountId, person.accountId);
      assert.equal(accepted.body.principal.memberships[0].role, 'observer');
      const session = await person(app, 'GET', '/api/session');
      assert.equal(session.body.principal.memberships[0].id, accepted.body.membershipId);
    });

    test('an expired invitation is 410 and writes nothing', async () => {
      const issued = await invite({ expiresInHours: 1 });
      const token = tokenOf(issued);
      const at = () => new Date(Date.now() + 2 * 3_600_000);
      const later = Object.assign(createApp({ store, clock: at }), { at });
      const size = await store.log.size();
      const account = newcomer();
      for (const answer of [
        await callWith(later, { origin: DEFAULT_ORIGIN }, 'POST', '/api/invitations/accept', {
          token,
          account,
        }),
        await call(later, 'POST', '/api/invitations/inspect', { token }),
      ])
        assert.ok(isProblem(answer, 410, 'invitation-expired'), JSON.stringify(answer.body));
      assert.equal(await store.log.size(), size);
      assert.equal(await store.accounts.byHandle(account.handle), null, 'no account was made');
      const stored = await store.invitations.get(issued.body.id);
      assert.ok(stored);
      assert.equal(invitationState(stored, later.at().toISOString()), 'expired');
      assert.equal(stored.usedAt, null);
    });

    test('a withdrawn invitation is 410; withdrawing twice is 409', async () => {
      const issued = await invite();
      const token = tokenOf(issued);
      const withdrawn = await lead(app, 'DELETE', `/api/invitations/${issued.body.id}`);
      assert.equal(withdrawn.status, 204);
      const size = await store.log.size();
      assert.ok(isProblem(await accept({ token, account: newcomer() }), 410, 'invitation-expired'));
      assert.ok(
        isProblem(await call(app, 'POST', '/api/invitations/inspect', { token }), 410, 'invitation-expired'),
      );
      assert.equal(await store.log.size(), size);
      assert.equal((await listed()).find((i) => i.id === issued.body.id)?.state, 'revoked');
      assert.ok(isProblem(await lead(app, 'DELETE', `/api/invitations/${issued.body.id}`), 409, 'conflict'));
    });

    test('an unknown or malformed token is 404 and never repeated', async () => {
      for (const token of ['ci_nothing', `ci_${'A'.repeat(43)}`]) {
        const answer = await call(app, 'POST', '/api/invitations/inspect', { token });
        assert.ok(isProblem(answer, 404, 'not-found'));
        assert.ok(!JSON.stringify(answer.body).includes(token));
      }
      assert.ok(isProblem(await call(app, 'POST', '/api/invitations/inspect', {}), 400, 'validation-failed'));
    });

    test('only who may manage members invites; strangers do not learn the process exists', async () => {
      const delegate = await memberToken(store, processId, 'delegate', { partyId: ukraineId });
      const path = `/api/processes/${processId}/invitations`;
      const body = { role: 'observer', name: 'Someone' };
      assert.ok(isProblem(await callAs(app, delegate.token, 'POST', path, body), 403, 'forbidden'));
      assert.ok(isProblem(await callAs(app, delegate.token, 'GET', path), 403, 'forbidden'));
      const staff = await memberToken(store, processId, 'mediator', { rank: 'staff' });
      assert.ok(isProblem(await callAs(app, staff.token, 'POST', path, body), 403, 'forbidden'));

      const stranger = await signedIn(store, { name: 'Stranger' });
      const issued = await invite();
      for (const answer of [await stranger(app, 'GET', path), await stranger(app, 'POST', path, body)])
        assert.ok(isProblem(answer, 404, 'not-found'), JSON.stringify(answer.body));
      // The public is asked to sign in before anything is looked up: a 401 whatever the process.
      assert.ok(isProblem(await call(app, 'GET', path), 401, 'unauthenticated'));
      // Withdrawing names only the invitation: its process stays unknown to whoever cannot see it.
      const withdraw = await stranger(app, 'DELETE', `/api/invitations/${issued.body.id}`);
      assert.ok(isProblem(withdraw, 404, 'not-found'));
      assert.ok(!JSON.stringify(withdraw.body).includes(processId), 'the 404 does not name the process');
      // Refused and still open.
      assert.equal((await listed()).find((i) => i.id === issued.body.id)?.state, 'open');
    });

    test('an invitation offers only what could be granted', async () => {
      const noParty = await invite({ partyId: null });
      assert.ok(isProblem(noParty, 400, 'validation-failed'), JSON.stringify(noParty.body));
      assert.deepEqual(
        noParty.body.errors.map((e: { path: string }) => e.path),
        ['partyId'],
        'a delegate acts for one party',
      );
      const foreign = await invite({ partyId: '01900000-0000-7000-8000-000000000000' });
      assert.ok(isProblem(foreign, 422, 'rule-broken'), JSON.stringify(foreign.body));
    });

    test('a cross-origin accept is refused (login CSRF) and leaves the link usable', async () => {
      const issued = await invite();
      const token = tokenOf(issued);
      const size = await store.log.size();
      for (const headers of [{ origin: 'https://evil.example' }, {}] as Record<string, string>[]) {
        const answer = await accept({ token, account: newcomer() }, headers);
        assert.ok(isProblem(answer, 403, 'csrf'), JSON.stringify(answer.body));
        assert.equal(cookieFrom(answer.headers), null);
      }
      assert.equal(await store.log.size(), size);
      assert.equal((await call(app, 'POST', '/api/invitations/inspect', { token })).status, 200);
    });

    test('the routes and their schemas are in the OpenAPI document', async () => {
      const doc = (await call(app, 'GET', '/openapi.json')).body;
      for (const path of [
        '/api/processes/{processId}/invitations',
        '/api/invitations/{invitationId}',
        '/api/invitations/inspect',
        '/api/invitations/accept',
      ])
        assert.ok(doc.paths[path], path);
      for (const id of ['IssuedInvitation', 'Invitation', 'InvitationOffer', 'InvitationCreate'])
        assert.ok(doc.components.schemas[id], id);
    });
  });
}
