// Properties over random operation sequences (a seeded generator, the same 500 sequences on every run; fast-check
// is not a dependency and the implementation tests' own seeded trees set the precedent): the ledger always
// balances, every account stays on its normal side, a refused operation changes nothing, an independent model of
// running sums predicts every acceptance and every balance, and the state equals the replay of the accepted ones.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fundBalances } from './balances.ts';
import type { Currency } from './currency.ts';
import {
  applyOperation,
  DEBIT_NORMAL,
  EMPTY_LEDGER,
  isBalanced,
  type LedgerState,
  type Operation,
  replay,
} from './ledger.ts';

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DONORS = ['us', 'eu', 'qatar'];
const PROJECTS = ['housing', 'water', 'power'];
const CURRENCIES: Currency[] = ['USD', 'EUR'];

function operation(next: () => number, i: number): Operation {
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)] as T;
  // Mostly small amounts so that sequences reach their limits; now and then a huge one to try the exact range.
  const amount =
    next() < 0.03 ? Number.MAX_SAFE_INTEGER - Math.floor(next() * 10) : 1 + Math.floor(next() * 1_000);
  const base = { id: `op-${i}`, currency: pick(CURRENCIES), amount, on: '2026-03-01' };
  const kind = pick([
    'pledge',
    'payment',
    'payment',
    'allocation',
    'allocation',
    'disbursement',
    'disbursement',
  ]);
  const donor = pick([...DONORS, 'stranger']);
  const project = pick(PROJECTS);
  if (kind === 'pledge') return { ...base, kind, donor, donorName: donor };
  if (kind === 'payment') return { ...base, kind, donor };
  if (kind === 'allocation') return { ...base, kind, project, projectName: project };
  const statusFound = pick([null, 0, 1, 2, 3]);
  return {
    ...base,
    kind: 'disbursement',
    project,
    statusFound,
    condition: { commitmentId: 'c', minStatus: pick([0, 1, 2, 3]) },
  };
}

/** Running sums kept without the ledger, to predict what it must accept. */
function model() {
  const sums = new Map<string, number>();
  const get = (k: string) => sums.get(k) ?? 0;
  const add = (k: string, v: number) => sums.set(k, get(k) + v);
  const donors = new Set<string>();
  return {
    get,
    accepts(op: Operation): boolean {
      const c = op.currency;
      const safe = Number.isSafeInteger;
      // What donors put in (pledges and amounts paid above them) must stay exact: every figure is at most it.
      if (op.kind === 'pledge') return safe(get(`in:${c}`) + op.amount);
      if (op.kind === 'payment') {
        const excess = Math.max(0, op.amount - get(`owed:${op.donor}:${c}`));
        return donors.has(op.donor) && safe(get(`in:${c}`) + excess);
      }
      if (op.kind === 'allocation') return op.amount <= get(`paid:${c}`) - get(`allocated:${c}`);
      const left = get(`allocated:${op.project}:${c}`) - get(`disbursed:${op.project}:${c}`);
      return op.statusFound !== null && op.statusFound >= op.condition.minStatus && op.amount <= left;
    },
    apply(op: Operation) {
      const c = op.currency;
      const both = (key: string) => {
        add(`${key}:${c}`, op.amount);
        add(`${key.split(':')[0]}:${c}`, op.amount);
      };
      if (op.kind === 'pledge') {
        donors.add(op.donor);
        add(`pledged:${op.donor}:${c}`, op.amount);
        add(`owed:${op.donor}:${c}`, op.amount);
        add(`in:${c}`, op.amount);
      } else if (op.kind === 'payment') {
        const against = Math.min(op.amount, get(`owed:${op.donor}:${c}`));
        add(`owed:${op.donor}:${c}`, -against);
        add(`over:${op.donor}:${c}`, op.amount - against);
        add(`in:${c}`, op.amount - against);
        both(`paid:${op.donor}`);
      } else if (op.kind === 'allocation') both(`allocated:${op.project}`);
      else both(`disbursed:${op.project}`);
    },
  };
}

function assertSound(state: LedgerState) {
  const perCurrency = new Map<string, number>();
  for (const [id, b] of state.balances) {
    const currency = id.slice(id.indexOf('|') + 1);
    perCurrency.set(currency, (perCurrency.get(currency) ?? 0) + b);
    const kind = id.slice(0, id.indexOf(':')) as Parameters<typeof DEBIT_NORMAL.has>[0];
    assert.ok(DEBIT_NORMAL.has(kind) ? b >= 0 : b <= 0, `${id} on its normal side`);
  }
  for (const [currency, sum] of perCurrency) assert.equal(sum, 0, `${currency} balances`);
  for (const e of state.journal) assert.ok(isBalanced(e.lines), e.operationId);
}

test('500 random sequences: balanced, refusals change nothing, the model agrees, replay is equal', () => {
  let refusals = 0;
  let flagged = 0;
  for (let seed = 1; seed <= 500; seed++) {
    const next = random(seed);
    const m = model();
    let state = EMPTY_LEDGER;
    const accepted: Operation[] = [];
    for (let i = 0; i < 60; i++) {
      const op = operation(next, i);
      const before = structuredClone(state);
      const r = applyOperation(state, op);
      assert.equal(r.ok, m.accepts(op), `seed ${seed} op ${i} ${op.kind}`);
      if (!r.ok) {
        refusals++;
        assert.deepEqual(state, before, 'a refusal changes nothing');
        continue;
      }
      if (r.entry.flagged) flagged++;
      m.apply(op);
      accepted.push(op);
      state = r.state;
      assertSound(state);
    }
    const replayed = replay(accepted);
    assert.deepEqual(replayed.refused, []);
    assert.deepEqual(replayed.state, state);
    const b = fundBalances(state);
    for (const d of b.donors) {
      assert.equal(d.pledged, m.get(`pledged:${d.donor}:${d.currency}`));
      assert.equal(d.paid, m.get(`paid:${d.donor}:${d.currency}`));
      assert.equal(d.outstanding, m.get(`owed:${d.donor}:${d.currency}`));
      assert.equal(d.overpaid, m.get(`over:${d.donor}:${d.currency}`));
      assert.equal(d.outstanding - d.overpaid, d.pledged - d.paid);
    }
    for (const p of b.projects) {
      assert.equal(p.allocated, m.get(`allocated:${p.project}:${p.currency}`));
      assert.equal(p.disbursed, m.get(`disbursed:${p.project}:${p.currency}`));
    }
    for (const c of b.currencies) {
      assert.equal(c.available, m.get(`paid:${c.currency}`) - m.get(`allocated:${c.currency}`));
      assert.ok(c.disbursed <= c.paid, 'nothing disbursed beyond what was paid in');
    }
  }
  // The generator must reach both sides of every invariant, or the property says little.
  assert.ok(refusals > 1_000 && flagged > 100, `${refusals} refusals, ${flagged} flagged`);
});
