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
      ['version', 'withdraw'],
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

  test('a position: recorded by the party’s delegates and any mediator, on a point they read; published by the party alone', () => {
    const onPublic = { processId, audience: PUBLIC, partyId: ukraine, published: false };
    assert.deepEqual(allowed('position', 'record', onPublic), [...MEDIATORS, 'ukraine']);
    // An observer or intermediary acting for a party is not its delegation: it neither records nor publishes.
    assert.deepEqual(allowed('position', 'record', { ...onPublic, partyId: e3 }), MEDIATORS);
    assert.deepEqual(allowed('position', 'record', { ...onPublic, partyId: qatar }), MEDIATORS);
    // Publishing is the party's own decision: not a mediator's, not another party's.
    assert.deepEqual(allowed('position', 'publish', onPublic), ['ukraine']);
    assert.deepEqual(allowed('position', 'publish', { ...onPublic, partyId: e3 }), []);
    // On a version the party's delegates may not read, only the mediators record for it, and nobody publishes.
    const onRussian = { ...onPublic, audience: partiesAudience([russia]) };
    assert.deepEqual(allowed('position', 'record', onRussian), MEDIATORS);
    assert.deepEqual(allowed('position', 'publish', onRussian), []);
  });

  test('a private position reaches its party’s delegates and the mediators; a published one whoever reads its point', () => {
    const shared = partiesAudience([ukraine, russia, e3]);
    const private_ = { processId, audience: shared, partyId: ukraine, published: false };
    assert.deepEqual(allowed('position', 'read', private_), [...MEDIATORS, 'ukraine']);
    assert.deepEqual(
      allowed('position', 'read', { ...private_, partyId: e3 }),
      MEDIATORS,
      'not its observer',
    );
    assert.deepEqual(allowed('position', 'read', { ...private_, published: true }), [
      'operator',
      ...MEDIATORS,
      'ukraine',
      'russia',
      'e3',
    ]);
    assert.deepEqual(
      allowed('position', 'read', { ...private_, audience: PUBLIC, published: true }),
      ALL,
      'published on a public version: everyone',
    );
    // A refused recording says 404 to whom the position is private (it does not exist for them), like a valuation.
    assert.deepEqual(authorize(CALLERS.russia ?? null, 'record', 'position', private_), {
      allowed: false,
      visible: false,
    });
  });

  test('sealed acceptability: a party’s marks are its own delegates’ alone; the common result every member who reads the version', () => {
    const onShared = { processId, audience: partiesAudience([ukraine, russia]), partyId: ukraine };
    // Not a mediator, not the operator, not another party: the marks reach no one but the party's delegates.
    assert.deepEqual(allowed('acceptability', 'mark', onShared), ['ukraine']);
    assert.deepEqual(allowed('acceptability', 'read-own', onShared), ['ukraine']);
    assert.deepEqual(allowed('acceptability', 'read-own', { ...onShared, partyId: russia }), ['russia']);
    // An observer or intermediary acting for a party does not mark for it, nor read its marks.
    const forE3 = { processId, audience: PROCESS, partyId: e3 };
    assert.deepEqual(allowed('acceptability', 'mark', forE3), []);
    assert.deepEqual(allowed('acceptability', 'read-own', { ...forE3, partyId: qatar }), []);
    // A party that may not read the version marks nothing on it.
    const hidden = { processId, audience: partiesAudience([russia]), partyId: ukraine };
    assert.deepEqual(allowed('acceptability', 'mark', hidden), []);
    assert.deepEqual(allowed('acceptability', 'mark', { ...onShared, partyId: null }), []);
    // What every party accepts: every member who reads the version (the public and other processes not).
    assert.deepEqual(allowed('acceptability', 'read', { ...onShared, partyId: null }), [
      'operator',
      ...MEDIATORS,
      'ukraine',
      'russia',
    ]);
    assert.deepEqual(allowed('acceptability', 'read', { processId, audience: PUBLIC, partyId: null }), [
      'operator',
      ...MEMBERS,
    ]);
    // A mediator asking for a party's marks may see the version: refused with 403, not 404.
    assert.deepEqual(authorize(CALLERS.lead ?? null, 'read-own', 'acceptability', onShared), {
      allowed: false,
      visible: true,
    });
  });

  test('opening a process: the operator and accounts the operator allowed', () => {
    assert.deepEqual(allowed('platform', 'open-process', {}), ['operator', 'opener']);
  });

  test('registering a witness of the log: the operator and the active mediators', () => {
    // A mediator of another process too: a witness watches the deployment's one log, not a process.
    assert.deepEqual(allowed('platform', 'register-witness', {}), ['operator', ...MEDIATORS, 'foreign']);
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
    assert.deepEqual(staff, {
      read: true,
      update: true,
      share: false,
      edit: true,
      withdraw: true,
      deliver: true,
      'track-commitment': true,
      'set-commitment-status': true,
      sign: false,
    });
  });

  test('an agreed text is signed by the delegates of the parties who read it, for their own party only', () => {
    const all = { processId, audience: PROCESS };
    assert.deepEqual(allowed('version', 'sign', all), ['ukraine', 'russia']);
    const ukraineOnly = { processId, audience: partiesAudience([ukraine]) };
    assert.deepEqual(allowed('version', 'sign', ukraineOnly), ['ukraine']);
    const decision = authorize(CALLERS.ukraine ?? null, 'sign', 'version', all);
    assert.ok(decision.allowed);
    assert.equal(decision.grant.membership?.partyId, ukraine);
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

  test('a private position’s entry: the mediators and that party’s delegates; a published one reads like its point', () => {
    const privateEntry = { processId, audience: partiesAudience([ukraine]), positionOf: ukraine };
    assert.deepEqual(allowed('log-entry', 'read', privateEntry), [...MEDIATORS, 'ukraine']);
    assert.deepEqual(allowed('log-entry', 'read', { ...privateEntry, positionOf: e3 }), MEDIATORS);
    // Recorded for Ukraine on a version Ukraine may not read (its audience then names none): the mediators only.
    assert.deepEqual(allowed('log-entry', 'read', { ...privateEntry, audience: MEDIATOR_ONLY }), MEDIATORS);
    const published = { processId, audience: partiesAudience([ukraine, russia]), positionOf: null };
    assert.deepEqual(allowed('log-entry', 'read', published), [
      'operator',
      ...MEDIATORS,
      'ukraine',
      'russia',
    ]);
  });
});

describe('log entries of sealed marks', () => {
  test('a party’s marks entry is read by that party’s delegates only: no mediator, no operator, no observer', () => {
    const entry = { processId, audience: partiesAudience([ukraine]), marksOf: ukraine };
    assert.deepEqual(allowed('log-entry', 'read', entry), ['ukraine']);
    assert.deepEqual(allowed('log-entry', 'read', { ...entry, marksOf: e3 }), []);
    // Even if the entry's audience were widened, the marks stay sealed.
    assert.deepEqual(allowed('log-entry', 'read', { ...entry, audience: PUBLIC }), ['ukraine']);
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

describe('deliveries, consultations, statements and deadlines', () => {
  test('the mediators record them; a deadline is read like what it is shared with and changed by the mediators', () => {
    const version = { processId, audience: partiesAudience([russia]) };
    assert.deepEqual(allowed('version', 'deliver', version), MEDIATORS);
    for (const action of ['record-consultation', 'record-statement', 'set-deadline'])
      assert.deepEqual(allowed('process', action, { processId, audience: PUBLIC }), MEDIATORS, action);
    const deadline = { processId, audience: partiesAudience([ukraine]) };
    assert.deepEqual(allowed('deadline', 'read', deadline), ['operator', ...MEDIATORS, 'ukraine']);
    assert.deepEqual(allowed('deadline', 'update', deadline), MEDIATORS);
  });
});

describe('implementation tracking', () => {
  test('the operator and the mediators who read the version track and rate its commitments; no party, monitor or council', () => {
    for (const action of ['track-commitment', 'set-commitment-status']) {
      assert.deepEqual(allowed('version', action, { processId, audience: PUBLIC }), [
        'operator',
        ...MEDIATORS,
      ]);
      assert.deepEqual(allowed('version', action, { processId, audience: MEDIATOR_ONLY }), [
        'operator',
        ...MEDIATORS,
      ]);
    }
    assert.deepEqual(allowed('process', 'record-milestone', { processId, audience: PUBLIC }), [
      'operator',
      ...MEDIATORS,
    ]);
  });
});

describe('the reconstruction fund', () => {
  test('the operator and the mediators set funds up and record operations; no party, monitor, council or donor', () => {
    for (const action of ['create-fund', 'record-fund-operation']) {
      assert.deepEqual(allowed('process', action, { processId, audience: PUBLIC }), [
        'operator',
        ...MEDIATORS,
      ]);
    }
  });
});
