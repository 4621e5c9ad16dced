// The positions read table: one row per recording, read in history order, scoped in SQL so that a private
// position reaches its party's delegates and the mediators only, and a published one whoever reads its version.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  type Audience,
  type ConcordEvent,
  intersect,
  newEvent,
  type PositionRecord,
  PROCESS,
  type Principal,
  partiesAudience,
  uuidv7,
} from '@concord/core';
import type { Store } from '../store.ts';
import { databaseTargets } from '../testing.ts';

const AT = '2025-11-25T09:00:00.000Z';

async function buildWorld(store: Store) {
  const processId = uuidv7();
  const parties = { ukraine: uuidv7(), russia: uuidv7(), us: uuidv7() };
  const planId = uuidv7();
  const on = (subjectId: string, audience: Audience = PROCESS) => ({
    actor: 'operator',
    at: AT,
    scope: { processId, subjectId, audience },
  });
  const events: ConcordEvent[] = [
    newEvent(
      'process.created',
      { id: processId, title: 'Talks', description: '', createdAt: AT },
      on(processId),
    ),
    ...Object.entries(parties).map(([name, id]) =>
      newEvent('party.created', { id, processId, name, kind: 'party', aliases: [] }, on(processId)),
    ),
    newEvent(
      'plan.created',
      { id: planId, processId, title: 'Framework', mediatorPartyId: null, languages: [] },
      on(planId),
    ),
  ];
  const versions = { open: uuidv7(), usRussia: uuidv7() };
  const audiences = { open: PROCESS, usRussia: partiesAudience([parties.us, parties.russia]) };
  const points = { open: uuidv7(), usRussia: uuidv7() };
  for (const key of ['open', 'usRussia'] as const)
    events.push(
      newEvent(
        'version.created',
        {
          version: {
            id: versions[key],
            planId,
            parentVersionId: null,
            label: key,
            issuedOn: null,
            status: 'draft',
            note: '',
          },
          points: [
            {
              id: points[key],
              versionId: versions[key],
              lineageId: points[key],
              parentPointId: null,
              derivedFrom: [],
              note: '',
              ordinal: 0,
              number: '6',
              text: { en: 'The army is capped at 600,000.' },
              categories: [],
              quantities: [],
              conditions: [],
            },
          ],
          commitments: [],
        },
        on(versions[key], audiences[key]),
      ),
    );
  const accounts = { lead: uuidv7(), ukraine: uuidv7(), russia: uuidv7(), observer: uuidv7() };
  for (const [handle, id] of Object.entries(accounts))
    await store.accounts.create({ name: handle, handle: `${handle}-${id.slice(-6)}` }, { id, at: AT });
  const grants = [
    { accountId: accounts.lead, role: 'mediator', rank: 'lead', partyId: null },
    { accountId: accounts.ukraine, role: 'delegate', rank: null, partyId: parties.ukraine },
    { accountId: accounts.russia, role: 'delegate', rank: null, partyId: parties.russia },
    // Acting for Ukraine, but not its delegation: never reads Ukraine's private positions.
    { accountId: accounts.observer, role: 'observer', rank: null, partyId: parties.ukraine },
  ] as const;
  for (const grant of grants) {
    const id = uuidv7();
    events.push(
      newEvent('membership.granted', { id, processId, ...grant, name: grant.role, status: 'active' }, on(id)),
    );
  }
  const position = (
    key: 'open' | 'usRussia',
    party: keyof typeof parties,
    fields: Partial<PositionRecord> = {},
  ): PositionRecord => ({
    id: uuidv7(),
    processId,
    planId,
    versionId: versions[key],
    pointId: points[key],
    lineageId: points[key],
    partyId: parties[party],
    stance: 'rejects',
    conditions: '',
    rationale: '',
    source: { kind: 'statement', reference: '', url: '' },
    takenOn: '2025-11-22',
    published: false,
    recordedBy: 'party',
    ...fields,
  });
  const recorded = {
    ukrainePrivate: position('open', 'ukraine', { rationale: 'Too small an army', takenOn: '2025-11-22' }),
    ukrainePublished: position('open', 'ukraine', {
      stance: 'red-line',
      published: true,
      takenOn: '2022-04-15',
    }),
    // Recorded by a mediator for Ukraine on a version Ukraine is not shown: the mediators alone read it.
    ukraineUnshown: position('usRussia', 'ukraine', { recordedBy: 'mediator' }),
    russiaPrivate: position('usRussia', 'russia', { stance: 'supports' }),
  };
  for (const record of Object.values(recorded)) {
    const versionAudience = record.versionId === versions.open ? audiences.open : audiences.usRussia;
    const audience = record.published
      ? versionAudience
      : intersect(versionAudience, partiesAudience([record.partyId]));
    events.push(newEvent('position.recorded', record, on(record.id, audience)));
  }
  await store.transact(async (tx) => {
    for (const event of events) await tx.appendEvent(event);
  });
  const memberships = await store.memberships.listByProcess(processId);
  const principal = (who: keyof typeof accounts): Principal => ({
    kind: 'account',
    accountId: accounts[who],
    name: who,
    mayOpenProcesses: false,
    memberships: memberships.filter((m) => m.accountId === accounts[who]),
    via: { kind: 'session', id: uuidv7() },
  });
  return { planId, recorded, principal };
}

for (const target of databaseTargets()) {
  describe(`positions on ${target.name}`, () => {
    let store: Store;
    let world: Awaited<ReturnType<typeof buildWorld>>;
    before(async () => {
      store = await target.open();
      world = await buildWorld(store);
    });
    after(() => store.close());

    test('every recording is a row, read back as logged with its actor and time, in history order', async () => {
      const all = await store.positions.listByPlan(world.planId);
      const { ukrainePublished, ukrainePrivate } = world.recorded;
      // The 2022 red line comes first though it was recorded second: the day taken orders the history.
      assert.deepEqual(all.map((p) => p.id).slice(0, 2), [ukrainePublished.id, ukrainePrivate.id]);
      assert.equal(all.length, 4);
      const read = await store.positions.get(ukrainePrivate.id);
      assert.deepEqual(read, {
        ...ukrainePrivate,
        actor: 'operator',
        recordedAt: AT,
        logIndex: read?.logIndex,
      });
      assert.equal(await store.positions.get('not-an-id'), null);
      assert.deepEqual(await store.positions.listByPlan('not-an-id'), []);
    });

    test('scoped in SQL: private to the party’s delegates and the mediators, published to the version’s readers', async () => {
      const { ukrainePrivate, ukrainePublished, ukraineUnshown, russiaPrivate } = world.recorded;
      const expected: [string, Principal | null, string[]][] = [
        [
          'lead',
          world.principal('lead'),
          [ukrainePublished, ukrainePrivate, ukraineUnshown, russiaPrivate].map((p) => p.id),
        ],
        ['ukraine', world.principal('ukraine'), [ukrainePublished.id, ukrainePrivate.id]],
        ['russia', world.principal('russia'), [ukrainePublished.id, russiaPrivate.id]],
        ['observer for Ukraine', world.principal('observer'), [ukrainePublished.id]],
        ['public', null, []],
      ];
      for (const [who, principal, ids] of expected) {
        const reader = store.readAs(principal);
        const listed = (await reader.positions.listByPlan(world.planId)).map((p) => p.id);
        assert.deepEqual(listed.sort(), [...ids].sort(), who);
        for (const p of Object.values(world.recorded))
          assert.equal((await reader.positions.get(p.id)) !== null, ids.includes(p.id), `${who} get ${p.id}`);
      }
    });

    test('the day each version was created, for the versions the reader may read', async () => {
      const days = await store.readAs(world.principal('ukraine')).positions.versionDays(world.planId);
      assert.deepEqual([...days.values()], ['2025-11-25']);
      assert.equal((await store.positions.versionDays(world.planId)).size, 2);
      assert.equal((await store.readAs(null).positions.versionDays(world.planId)).size, 0);
    });

    test('the table rebuilt from the log equals the stored one', async () => {
      assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
    });
  });
}
