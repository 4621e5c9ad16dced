// Audiences as data: rows and log entries take their audience from the event's scope, `audience.changed` widens
// a subject with what follows it, and `readAs` holds exactly the rows core's `admits` allows, on both stores.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  type Audience,
  admits,
  type ConcordEvent,
  type EventScope,
  type Membership,
  newEvent,
  PROCESS,
  type Principal,
  PUBLIC,
  partiesAudience,
  readScope,
  uuidv7,
} from '@concord/core';
import type { Store } from '../store.ts';
import { databaseTargets } from '../testing.ts';

const AT = '2025-11-20T09:00:00.000Z';
const actor = 'operator';

type World = {
  processId: string;
  parties: { ukraine: string; russia: string; us: string };
  planId: string;
  versions: Record<'open' | 'usRussia' | 'mediator' | 'public', string>;
  accounts: Record<'lead' | 'ukraine' | 'russia' | 'observer', string>;
  memberships: Membership[];
};

const scope = (processId: string, subjectId: string, audience: Audience): EventScope => ({
  processId,
  subjectId,
  audience,
});

async function append(store: Store, events: ConcordEvent[]) {
  return store.transact(async (tx) => {
    for (const event of events) await tx.appendEvent(event);
  });
}

async function buildWorld(store: Store): Promise<World> {
  const processId = uuidv7();
  const parties = { ukraine: uuidv7(), russia: uuidv7(), us: uuidv7() };
  const planId = uuidv7();
  const inProcess = (subjectId: string, audience: Audience = PROCESS) => ({
    actor,
    at: AT,
    scope: scope(processId, subjectId, audience),
  });
  const events: ConcordEvent[] = [
    newEvent(
      'process.created',
      { id: processId, title: 'Confidential talks', description: '', createdAt: AT },
      inProcess(processId),
    ),
    ...Object.entries(parties).map(([name, id]) =>
      newEvent('party.created', { id, processId, name, kind: 'party', aliases: [] }, inProcess(processId)),
    ),
    newEvent(
      'plan.created',
      { id: planId, processId, title: 'Framework', mediatorPartyId: null, languages: [] },
      inProcess(planId),
    ),
  ];
  const versions = { open: uuidv7(), usRussia: uuidv7(), mediator: uuidv7(), public: uuidv7() };
  const audiences: Record<keyof typeof versions, Audience> = {
    open: PROCESS,
    usRussia: partiesAudience([parties.us, parties.russia]),
    mediator: partiesAudience([]),
    public: PUBLIC,
  };
  for (const [key, id] of Object.entries(versions) as [keyof typeof versions, string][]) {
    const pointId = uuidv7();
    events.push(
      newEvent(
        'version.created',
        {
          version: {
            id,
            planId,
            parentVersionId: null,
            label: key,
            issuedOn: null,
            status: 'draft',
            note: '',
          },
          points: [
            {
              id: pointId,
              versionId: id,
              lineageId: pointId,
              parentPointId: null,
              derivedFrom: [],
              note: '',
              ordinal: 0,
              number: '1',
              text: { en: `secret-${key}` },
              categories: [],
              quantities: [],
              conditions: [],
            },
          ],
          commitments: [],
        },
        inProcess(id, audiences[key]),
      ),
    );
  }
  const accounts = { lead: uuidv7(), ukraine: uuidv7(), russia: uuidv7(), observer: uuidv7() };
  for (const [handle, id] of Object.entries(accounts))
    await store.accounts.create({ name: handle, handle: `${handle}-${id.slice(-6)}` }, { id, at: AT });
  const grants = [
    { accountId: accounts.lead, role: 'mediator', rank: 'lead', partyId: null },
    { accountId: accounts.ukraine, role: 'delegate', rank: null, partyId: parties.ukraine },
    { accountId: accounts.russia, role: 'delegate', rank: null, partyId: parties.russia },
    { accountId: accounts.observer, role: 'observer', rank: null, partyId: null },
  ] as const;
  for (const grant of grants) {
    const id = uuidv7();
    events.push(
      newEvent(
        'membership.granted',
        { id, processId, ...grant, name: grant.role, status: 'active' },
        inProcess(id),
      ),
    );
  }
  await append(store, events);
  const memberships = await store.memberships.listByProcess(processId);
  return { processId, parties, planId, versions, accounts, memberships };
}

function principalOf(world: World, who: keyof World['accounts']): Principal {
  const accountId = world.accounts[who];
  return {
    kind: 'account',
    accountId,
    name: who,
    mayOpenProcesses: false,
    memberships: world.memberships.filter((m) => m.accountId === accountId),
    via: { kind: 'session', id: uuidv7() },
  };
}

for (const target of databaseTargets()) {
  describe(`audiences and scoped reads on ${target.name}`, () => {
    let store: Store;
    let world: World;
    before(async () => {
      store = await target.open();
      world = await buildWorld(store);
    });
    after(() => store.close());

    test('rows take their audience from the event scope', async () => {
      const usRussia = await store.versions.get(world.versions.usRussia);
      assert.deepEqual(usRussia?.audience, partiesAudience([world.parties.us, world.parties.russia]));
      assert.deepEqual((await store.processes.get(world.processId))?.audience, PROCESS);
      const entries = await store.log.entries(0, 100);
      const created = entries.find(
        (e) => e.event.type === 'version.created' && e.event.data.version.id === world.versions.mediator,
      );
      assert.deepEqual(created?.audience, partiesAudience([]));
      assert.equal(created?.processId, world.processId);
    });

    test('readAs holds exactly the versions and points core admits, for every caller', async () => {
      const callers: [string, Principal | null][] = [
        ['public', null],
        ['lead', principalOf(world, 'lead')],
        ['ukraine', principalOf(world, 'ukraine')],
        ['russia', principalOf(world, 'russia')],
        ['observer', principalOf(world, 'observer')],
      ];
      for (const [who, principal] of callers) {
        const reader = store.readAs(principal);
        const versions = await reader.versions.listByPlan(world.planId);
        const expected = (await store.versions.listByPlan(world.planId)).filter((v) =>
          admits(readScope(principal), world.processId, v.audience),
        );
        assert.deepEqual(versions.map((v) => v.label).sort(), expected.map((v) => v.label).sort(), who);
        for (const [key, id] of Object.entries(world.versions)) {
          const seen = expected.some((v) => v.id === id);
          assert.equal((await reader.versions.get(id)) !== null, seen, `${who} get ${key}`);
          assert.equal(
            (await reader.points.listByVersion(id)).length,
            seen ? 1 : 0,
            `${who} points of ${key}`,
          );
        }
        const process = await reader.processes.get(world.processId);
        assert.equal(process !== null, principal !== null, `${who} sees the confidential process`);
        assert.equal((await reader.parties.listByProcess(world.processId)).length, principal ? 3 : 0);
        assert.equal((await reader.memberships.listByProcess(world.processId)).length, principal ? 4 : 0);
      }
      assert.deepEqual(
        (await store.readAs(principalOf(world, 'ukraine')).versions.listByPlan(world.planId))
          .map((v) => v.label)
          .sort(),
        ['open', 'public'],
      );
    });

    test('audience.changed widens the version, its points and its log entries, in the same transaction too', async () => {
      const ukraine = principalOf(world, 'ukraine');
      const id = world.versions.usRussia;
      assert.equal(await store.readAs(ukraine).versions.get(id), null);
      const widened = partiesAudience([world.parties.us, world.parties.russia, world.parties.ukraine]);
      await append(store, [
        newEvent(
          'audience.changed',
          { subject: 'version', id, audience: widened, reason: 'handed to Ukraine on 20 November' },
          { actor, at: AT, scope: scope(world.processId, id, widened) },
        ),
      ]);
      const seen = await store.readAs(ukraine).versions.get(id);
      assert.deepEqual(seen?.audience, widened);
      assert.equal((await store.readAs(ukraine).points.listByVersion(id)).length, 1);
      const entries = (await store.log.entries(0, 100)).filter(
        (e) =>
          (e.event.type === 'version.created' && e.event.data.version.id === id) ||
          e.type === 'audience.changed',
      );
      assert.equal(entries.length, 2);
      for (const entry of entries) assert.deepEqual(entry.audience, widened);
      // Russia still sees it; the observer (no party named) still does not.
      assert.ok(await store.readAs(principalOf(world, 'russia')).versions.get(id));
      assert.equal(await store.readAs(principalOf(world, 'observer')).versions.get(id), null);
    });

    test('a suspended membership reads as the public', async () => {
      const russia = principalOf(world, 'russia');
      const membership = russia.kind === 'account' ? russia.memberships[0] : undefined;
      assert.ok(membership);
      await append(store, [
        newEvent(
          'membership.changed',
          { id: membership.id, status: 'suspended', reason: 'test' },
          { actor, at: AT, scope: scope(world.processId, membership.id, PROCESS) },
        ),
      ]);
      const reloaded = await store.memberships.listByAccount(world.accounts.russia);
      assert.equal(reloaded[0]?.status, 'suspended');
      const suspended: Principal = { ...russia, memberships: reloaded } as Principal;
      assert.equal(await store.readAs(suspended).processes.get(world.processId), null);
    });

    test('the read tables still equal a replay of the log, audiences and memberships included', async () => {
      assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
    });

    test('accounts: handles are unique and case-folded; tokens resolve by hash until revoked', async () => {
      const id = uuidv7();
      const account = await store.accounts.create(
        { name: 'Dan', handle: `Dan.D-${id.slice(-6)}`, email: `Dan.${id.slice(-6)}@Example.org` },
        { id, at: AT },
      );
      assert.equal(account.handle, `dan.d-${id.slice(-6)}`);
      assert.equal((await store.accounts.byHandle(account.handle.toUpperCase()))?.id, id);
      assert.equal((await store.accounts.byLogin(` ${account.handle.toUpperCase()} `))?.id, id, 'by handle');
      assert.equal((await store.accounts.byLogin(`DAN.${id.slice(-6)}@example.ORG`))?.id, id, 'by e-mail');
      assert.equal(await store.accounts.byLogin(`${account.handle}@example.org`), null);
      assert.equal(await store.accounts.byLogin(''), null);
      await assert.rejects(
        store.accounts.create({ name: 'Other', handle: account.handle }, { id: uuidv7(), at: AT }),
        /already exists/,
      );
      await assert.rejects(
        store.accounts.create({ name: 'x', handle: 'a' }, { id: uuidv7(), at: AT }),
        /handle/,
      );
      const membership = world.memberships[0] as Membership;
      const token = { id: uuidv7(), accountId: id, membershipId: membership.id, label: 'cli', createdAt: AT };
      const hash = 'ab'.repeat(32);
      await store.apiTokens.add({ ...token, tokenHash: hash });
      assert.deepEqual(await store.apiTokens.resolve(hash), { ...token, revokedAt: null });
      assert.equal(await store.apiTokens.resolve('not a hash'), null);
      assert.equal(await store.apiTokens.revoke(token.id, AT), true);
      assert.equal(await store.apiTokens.resolve(hash), null);
      assert.deepEqual(
        await store.apiTokens.get(token.id),
        { ...token, revokedAt: AT },
        'found by id, revoked',
      );
      assert.equal(await store.apiTokens.get('not an id'), null);
      assert.equal(await store.apiTokens.revoke(token.id, AT), false);
    });
  });
}
