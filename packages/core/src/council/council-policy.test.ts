// The council's policy: mediators set it up and record votes from the minutes; its chair (an account holding the
// chair's seat, in a council membership) opens and closes motions; a seat votes through its own account only,
// and an observer's never; everything under a council is read like the council.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { uuidv7 } from '../ids.ts';
import { can } from '../policies/policy.ts';
import { PROCESS, PUBLIC } from '../schemas/audience.ts';
import type { Membership, Rank, Role } from '../schemas/membership.ts';
import type { Principal } from '../schemas/principal.ts';

const processId = uuidv7();

function person(
  role: Role,
  rank: Rank | null,
  partyId: string | null = null,
  process = processId,
): Principal {
  const accountId = uuidv7();
  const m: Membership = {
    id: uuidv7(),
    accountId,
    processId: process,
    role,
    rank,
    partyId,
    name: role,
    status: 'active',
    logIndex: 0,
  };
  return {
    kind: 'account',
    accountId,
    name: role,
    mayOpenProcesses: false,
    memberships: [m],
    via: { kind: 'session', id: 'x' },
  };
}

const account = (p: Principal) => (p.kind === 'account' ? p.accountId : '');
const mediator = person('mediator', 'staff');
const chair = person('council', 'chair');
const member = person('council', 'member');
const observer = person('council', 'observer');
const delegate = person('delegate', null, uuidv7());
const foreignCouncil = person('council', 'member', null, uuidv7());

const council = (audience = PUBLIC) => ({ processId, audience, chairAccounts: [account(chair)] });
const seat = (holder: Principal, role: 'chair' | 'member' | 'observer' = 'member') => ({
  processId,
  audience: PUBLIC,
  accountId: account(holder),
  role,
});

test('a mediator sets up a council and records votes; nobody else', () => {
  const process = { processId, audience: PUBLIC };
  assert.ok(can(mediator, 'create-council', 'process', process));
  for (const p of [chair, member, delegate, null])
    assert.equal(can(p, 'create-council', 'process', process), false);
  assert.ok(can(mediator, 'record-vote', 'council', council()));
  assert.equal(can(chair, 'record-vote', 'council', council()), false);
});

test('the chair and the mediators open and close motions; a member does not', () => {
  for (const action of ['open-motion', 'close-motion'] as const) {
    assert.ok(can(chair, action, 'council', council()));
    assert.ok(can(mediator, action, 'council', council()));
    assert.equal(can(member, action, 'council', council()), false);
    // Holding the chair's seat counts only with a council membership in the process.
    const chairElsewhere = { ...council(), chairAccounts: [account(foreignCouncil)] };
    assert.equal(can(foreignCouncil, action, 'council', chairElsewhere), false);
  }
});

test("a seat votes through its own account, in a council membership; never another's, never an observer's", () => {
  assert.ok(can(member, 'vote', 'council-seat', seat(member)));
  assert.ok(can(chair, 'vote', 'council-seat', seat(chair, 'chair')));
  assert.equal(can(member, 'vote', 'council-seat', seat(chair, 'chair')), false);
  assert.equal(can(observer, 'vote', 'council-seat', seat(observer, 'observer')), false);
  assert.equal(can(mediator, 'vote', 'council-seat', seat(member)), false);
  assert.equal(can(delegate, 'vote', 'council-seat', seat(delegate)), false);
  assert.equal(can(null, 'vote', 'council-seat', { ...seat(member), accountId: null }), false);
});

test('a public council is read by anyone; a council for the process by its members only', () => {
  assert.ok(can(null, 'read', 'council', council()));
  assert.equal(can(null, 'read', 'council', council(PROCESS)), false);
  assert.ok(can(delegate, 'read', 'council', council(PROCESS)));
  assert.equal(can(foreignCouncil, 'read', 'council', council(PROCESS)), false);
});
