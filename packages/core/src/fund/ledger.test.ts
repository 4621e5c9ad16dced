// The operations' journal lines and each invariant, on a small fund in two currencies.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fundBalances } from './balances.ts';
import {
  applyOperation,
  EMPTY_LEDGER,
  isBalanced,
  type LedgerState,
  type Operation,
  replay,
} from './ledger.ts';

const C = '00000000-0000-7000-8000-000000000001';
const on = '2026-01-10';
const pledge = (donor: string, amount: number, currency: 'USD' | 'EUR' = 'USD'): Operation => ({
  kind: 'pledge',
  id: `p-${donor}-${amount}`,
  donor,
  donorName: donor.toUpperCase(),
  currency,
  amount,
  on,
});
const pay = (donor: string, amount: number, currency: 'USD' | 'EUR' = 'USD'): Operation => ({
  kind: 'payment',
  id: `m-${donor}-${amount}`,
  donor,
  currency,
  amount,
  on,
});
const allocate = (project: string, amount: number, currency: 'USD' | 'EUR' = 'USD'): Operation => ({
  kind: 'allocation',
  id: `a-${project}-${amount}`,
  project,
  projectName: project,
  currency,
  amount,
  on,
});
const disburse = (project: string, amount: number, statusFound: number | null, minStatus = 2): Operation => ({
  kind: 'disbursement',
  id: `d-${project}-${amount}`,
  project,
  currency: 'USD',
  amount,
  on,
  condition: { commitmentId: C, minStatus },
  statusFound,
});

function ok(state: LedgerState, op: Operation): LedgerState {
  const r = applyOperation(state, op);
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.state;
}

describe('the operations post balanced entries', () => {
  test('pledge, payment, allocation and disbursement, each debit equal to its credit in one currency', () => {
    const { state, refused } = replay([
      pledge('eu', 1000),
      pay('eu', 600),
      allocate('housing', 500),
      disburse('housing', 200, 2),
    ]);
    assert.deepEqual(refused, []);
    assert.equal(state.journal.length, 4);
    for (const e of state.journal) assert.ok(isBalanced(e.lines));
    assert.deepEqual(
      state.journal[0]?.lines.map((l) => [l.account.kind, l.debit, l.credit]),
      [
        ['receivable', 1000, 0],
        ['pledged', 0, 1000],
      ],
    );
    const b = fundBalances(state);
    assert.deepEqual(b.donors, [
      { donor: 'eu', name: 'EU', currency: 'USD', pledged: 1000, paid: 600, outstanding: 400, overpaid: 0 },
    ]);
    assert.deepEqual(b.projects, [
      {
        project: 'housing',
        name: 'housing',
        currency: 'USD',
        allocated: 500,
        disbursed: 200,
        remaining: 300,
      },
    ]);
    assert.deepEqual(b.currencies, [
      { currency: 'USD', pledged: 1000, paid: 600, available: 100, allocated: 300, disbursed: 200 },
    ]);
  });

  test('a payment above its pledge is accepted and flagged, the excess credited to the donor as unpledged', () => {
    const s = ok(ok(EMPTY_LEDGER, pledge('us', 100)), pay('us', 150));
    const entry = s.journal.at(-1);
    assert.equal(entry?.flagged, true);
    assert.deepEqual(
      entry?.lines.map((l) => [l.account.kind, l.debit, l.credit]),
      [
        ['available', 150, 0],
        ['receivable', 0, 100],
        ['unpledged', 0, 50],
      ],
    );
    assert.deepEqual(fundBalances(s).donors[0], {
      donor: 'us',
      name: 'US',
      currency: 'USD',
      pledged: 100,
      paid: 150,
      outstanding: 0,
      overpaid: 50,
    });
    assert.equal(ok(ok(EMPTY_LEDGER, pledge('us', 100)), pay('us', 100)).journal.at(-1)?.flagged, false);
  });

  test('currencies never mix: a pledge in EUR is not paid by USD, and USD paid in is not allocated as EUR', () => {
    const s = ok(ok(EMPTY_LEDGER, pledge('eu', 100, 'EUR')), pay('eu', 100, 'USD'));
    assert.equal(s.journal.at(-1)?.flagged, true);
    const r = applyOperation(s, allocate('housing', 1, 'EUR'));
    assert.equal(r.ok ? null : r.invariant, 'over-allocation');
    for (const e of s.journal) assert.equal(new Set(e.lines.map(() => e.currency)).size, 1);
  });
});

describe('refusals name their invariant and change nothing', () => {
  const base = replay([pledge('eu', 1000), pay('eu', 500), allocate('housing', 400)]).state;
  const cases: [string, Operation, string][] = [
    ['a payment by a donor who never pledged', pay('nobody', 10), 'unknown-donor'],
    ['an allocation beyond what is paid in and unallocated', allocate('water', 101), 'over-allocation'],
    ['a disbursement beyond the project’s allocation', disburse('housing', 401, 3), 'over-disbursement'],
    ['a disbursement to a project with no allocation', disburse('water', 1, 3), 'over-disbursement'],
    [
      'a disbursement whose commitment is below the status required',
      disburse('housing', 10, 1),
      'condition-not-met',
    ],
    [
      'a disbursement whose commitment was never rated',
      disburse('housing', 10, null, 0),
      'condition-not-met',
    ],
    ['an amount that is not a positive safe integer', { ...pledge('eu', 1), amount: 0.5 }, 'unsafe-amount'],
    ['a pledge that would overflow the exact range', pledge('eu', Number.MAX_SAFE_INTEGER), 'unsafe-amount'],
  ];
  for (const [name, op, invariant] of cases) {
    test(name, () => {
      const before = structuredClone(base);
      const r = applyOperation(base, op);
      assert.equal(r.ok ? null : r.invariant, invariant);
      assert.deepEqual(base, before);
    });
  }

  test('the condition is met at exactly the status required', () => {
    assert.ok(applyOperation(base, disburse('housing', 400, 2)).ok);
  });

  test('an unbalanced or two-sided line is never an entry', () => {
    const acc = { kind: 'available' as const, key: null };
    assert.equal(
      isBalanced([
        { account: acc, debit: 5, credit: 0 },
        { account: acc, debit: 0, credit: 4 },
      ]),
      false,
    );
    assert.equal(
      isBalanced([
        { account: acc, debit: 5, credit: 5 },
        { account: acc, debit: 0, credit: 0 },
      ]),
      false,
    );
    assert.equal(
      isBalanced([
        { account: acc, debit: 5, credit: 0 },
        { account: acc, debit: 0, credit: 5 },
      ]),
      true,
    );
  });
});
