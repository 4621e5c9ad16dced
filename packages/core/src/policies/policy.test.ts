import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { uuidv7 } from '../ids.ts';
import { type Audience, MEDIATOR_ONLY, PROCESS, PUBLIC, partiesAudience } from '../schemas/audience.ts';
import type { Membership, Rank, Role } from '../schemas/membership.ts';
import { OPERATOR, type Principal } from '../schemas/principal.ts';
import { abilities, authorize, can, POLICY, type ResourceKind } from './policy.ts';
import { admits, readScope } from './read-scope.ts';
import { sees } from './rules.ts';

const processId = uuidv7();
const elsewhere = uuidv7();
const ukraine = uuidv7();
const russia = uuidv7();
const qatar = uuidv7();
const e3 = uuidv7();

function membership(role: Role, rank: Rank | null, partyId: string | null, process = processId): Membership {
  return {
    id: uuidv7(),
    accountId: uuidv7(),
    processId: process,
    role,
    rank,
    partyId,
    name: role,
    status: 'active',
    logIndex: 0,
  };
}

function person(...memberships: Membership[]): Principal {
  return {
    kind: 'account',
    accountId: memberships[0]?.accountId ?? uuidv7(),
    name: 'someone',
    mayOpenProcesses: false,
    memberships,
    via: { kind: 'session', id: uuidv7() },
  };
}

const suspended = { ...membership('mediator', 'lead', null), status: 'suspended' as const };

/** Every kind of caller, by the name the expectations below use. */
const CALLERS: Record<string, Principal | null> = {
  public: null,
  operator: OPERATOR,
  lead: person(membership('mediator', 'lead', null)),
  staff: person(membership('mediator', 'staff', null)),
  ukraine: person(membership('delegate', null, ukraine)),
  russia: person(membership('delegate', null, russia)),
  qatar: person(membership('intermediary', null, qatar)),
  e3: person(membership('observer', null, e3)),
  chair: person(membership('council', 'chair', null)),
  monitor: person(membership('monitor', null, null)),
  donor: person(membership('donor', null, null)),
  foreign: person(membership('mediator', 'lead', null, elsewhere)),
  suspended: person(suspended),
  opener: { ...(person() as Extract<Principal, { kind: 'account' }>), mayOpenProcesses: true },
};
const ALL = Object.keys(CALLERS);
const MEDIATORS = ['lead', 'staff'];
const MEMBERS = ['lead', 'staff', 'ukraine', 'russia', 'qatar', 'e3', 'chair', 'monitor', 'donor'];

const AUDIENCES: Record<string, Audience> = {
  public: PUBLIC,
  process: PROCESS,
  'ukraine+russia': partiesAudience([ukraine, russia]),
  'qatar routed': partiesAudience([qatar]),
  'mediator only': MEDIATOR_ONLY,
};

/** Who may read something shared with each audience, written out by hand (the policy must agree). */
const READERS: Record<string, string[]> = {
  public: ALL,
  process: ['operator', ...MEMBERS],
  'ukraine+russia': ['operator', ...MEDIATORS, 'ukraine', 'russia'],
  'qatar routed': ['operator', ...MEDIATORS, 'qatar'],
  'mediator only': ['operator', ...MEDIATORS],
};

function allowed(kind: ResourceKind, action: string, resource: object): string[] {
  return ALL.filter((name) => can(CALLERS[name] ?? null, action as never, kind, resource as never));
}

describe('policy', () => {
  for (const [name, audience] of Object.entries(AUDIENCES))
    test(`reading what is shared with: ${name}`, () => {
      for (const kind of ['process', 'party', 'plan', 'version', 'log-entry'] as const)
        assert.deepEqual(allowed(kind, 'read', { processId, audience }), READERS[name], kind);
    });

  test('content of a process is written by its mediators only, whoever can read it', () => {
    const resource = { processId, audience: PUBLIC };
    for (const [kind, action] of [
      ['process', 'update'],
      ['process', 'add-party'],
      ['process', 'create-plan'],
      ['party', 'update'],
      ['plan', 'update'],
      ['plan', 'create-version'],
      ['version', 'update'],
      ['version', 'edit'],
    ] as const)
      assert.deepEqual(allowed(kind, action, resource), MEDIATORS, `${kind} ${action}`);
  });

  test('sharing and membership are the lead mediator’s (and the operator’s for members)', () => {
    const resource = { processId, audience: PROCESS };
    for (const kind of ['process', 'plan', 'version'] as const)
      assert.deepEqual(allowed(kind, 'share', resource), ['lead'], kind);
    assert.deepEqual(allowed('process', 'manage-members', resource), ['operator', 'lead']);
    assert.deepEqual(allowed('membership', 'manage', { processId, accountId: uuidv7() }), [
      'operator',
      'lead',
    ]);
    const staff = CALLERS.staff as Extract<Principal, { kind: 'account' }>;
    assert.deepEqual(allowed('membership', 'issue-token', { processId, accountId: staff.accountId }), [
      'operator',
      'staff',
    ]);
    assert.deepEqual(allowed('membership', 'revoke-token', { processId, accountId: staff.accountId }), [
      'operator',
      'staff',
    ]);
    assert.deepEqual(allowed('membership', 'read', { processId, accountId: uuidv7() }), [
      'operator',
      ...MEMBERS,
    ]);
  });

  test('a valuation: the mediators and that party’s delegates; analyses: full for mediators, own for delegates', () => {
    assert.deepEqual(allowed('valuation', 'read', { processId, partyId: ukraine }), [
      ...MEDIATORS,
      'ukraine',
    ]);
    assert.deepEqual(allowed('valuation', 'record', { processId, partyId: russia }), [
      ...MEDIATORS,
      'russia',
    ]);
    // An intermediary or observer acting for a party is not its delegation: it does not value for it.
    assert.deepEqual(allowed('valuation', 'record', { processId, partyId: qatar }), MEDIATORS);
    assert.deepEqual(allowed('valuation', 'read', { processId, partyId: e3 }), MEDIATORS, 'nor reads it');
    assert.deepEqual(allowed('analysis', 'read-full', { processId }), MEDIATORS);
    assert.deepEqual(allowed('analysis', 'read-own', { processId }), [...MEDIATORS, 'ukraine', 'russia']);
  });

  test('opening a process: the operator and accounts the operator allowed', () => {
    assert.deepEqual(allowed('platform', 'open-process', {}), ['operator', 'opener']);
  });

  test('a refusal says whether the caller may see the object (403) or not (404)', () => {
    const secret = { processId, audience: partiesAudience([russia]) };
    assert.deepEqual(authorize(CALLERS.ukraine ?? null, 'update', 'version', secret), {
      allowed: false,
      visible: false,
    });
    assert.deepEqual(authorize(CALLERS.russia ?? null, 'update', 'version', secret), {
      allowed: false,
      visible: true,
    });
  });

  test('an allowed action names the membership it is done in', () => {
    const lead = CALLERS.lead as Extract<Principal, { kind: 'account' }>;
    const decision = authorize(lead, 'edit', 'version', { processId, audience: PROCESS });
    assert.ok(decision.allowed);
    assert.equal(decision.grant.membership?.id, lead.memberships[0]?.id);
  });

  test('abilities list every action of the table', () => {
    const staff = abilities(CALLERS.staff ?? null, 'version', { processId, audience: PROCESS });
    assert.deepEqual(Object.keys(staff).sort(), Object.keys(POLICY.version).sort());
    assert.deepEqual(staff, { read: true, update: true, share: false, edit: true });
  });

  test('an unknown action is refused', () => {
    assert.equal(can(OPERATOR, 'delete' as never, 'version', { processId, audience: PUBLIC }), false);
  });
});

describe('log entries', () => {
  test('an entry is read like its object; a valuation entry only by the mediators and that party’s delegates', () => {
    const sharedWithE3 = { processId, audience: partiesAudience([e3]) };
    assert.deepEqual(allowed('log-entry', 'read', sharedWithE3), ['operator', ...MEDIATORS, 'e3']);
    assert.deepEqual(allowed('log-entry', 'read', { ...sharedWithE3, valuationOf: e3 }), MEDIATORS);
    const ukraineValuation = { processId, audience: partiesAudience([ukraine]), valuationOf: ukraine };
    assert.deepEqual(allowed('log-entry', 'read', ukraineValuation), [...MEDIATORS, 'ukraine']);
  });
});

describe('read scope', () => {
  test('delegates only: a party’s own positions reach its delegates and the mediators, not its observer', () => {
    // The operator's scope is every row (the CLI on the store); every account is held to the valuation rule.
    for (const [who, principal] of Object.entries(CALLERS).filter(([who]) => who !== 'operator'))
      for (const party of [ukraine, russia, qatar, e3])
        assert.equal(
          admits(readScope(principal), processId, partiesAudience([party]), { delegatesOnly: true }),
          can(principal, 'read', 'valuation', { processId, partyId: party }),
          `${who} reading the valuation of ${party}`,
        );
  });

  test('admits exactly what `sees` allows, for every caller and audience', () => {
    for (const [who, principal] of Object.entries(CALLERS))
      for (const [name, audience] of Object.entries(AUDIENCES))
        for (const process of [processId, elsewhere])
          assert.equal(
            admits(readScope(principal), process, audience),
            sees(principal, process, audience) !== null,
            `${who} reading ${name} in ${process === processId ? 'its' : 'another'} process`,
          );
  });

  test('suspended and ended memberships count for nothing', () => {
    assert.deepEqual(readScope(CALLERS.suspended ?? null), {
      all: false,
      mediatorOf: [],
      memberOf: [],
      partyIds: [],
      delegateOf: [],
    });
    assert.deepEqual((readScope(CALLERS.e3 ?? null) as { delegateOf: string[] }).delegateOf, []);
    assert.deepEqual((readScope(CALLERS.ukraine ?? null) as { delegateOf: string[] }).delegateOf, [ukraine]);
  });
});
