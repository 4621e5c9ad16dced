// The fund's double-entry ledger, pure: each accepted operation posts one journal entry whose debits equal its
// credits in a single currency, and every refusal names the invariant it would have broken and changes nothing.
//
// Accounts (debit-normal: what the fund holds or has spent; credit-normal: what donors put in):
//   receivable:<donor>  pledged, not yet paid          pledged:<donor>    the donor's pledges
//   available           paid in, not yet allocated     unpledged:<donor>  paid above its pledges (flagged)
//   allocated:<project> earmarked, not yet disbursed   disbursed:<project> paid out to the project
// Allocation draws on money paid in, never on a pledge, so a disbursement (bounded by its project's allocation)
// can never exceed what donors have actually paid.
import type { FundOperationEntry } from '../schemas/fund.ts';
import type { Currency } from './currency.ts';

export type AccountKind = 'receivable' | 'pledged' | 'unpledged' | 'available' | 'allocated' | 'disbursed';
export const DEBIT_NORMAL: ReadonlySet<AccountKind> = new Set([
  'receivable',
  'available',
  'allocated',
  'disbursed',
]);

export type Account = { kind: AccountKind; key: string | null };
export type JournalLine = { account: Account; debit: number; credit: number };

type Base = { id: string; currency: Currency; amount: number; on: string };
export type Operation =
  | (Base & { kind: 'pledge'; donor: string; donorName: string })
  | (Base & { kind: 'payment'; donor: string })
  | (Base & { kind: 'allocation'; project: string; projectName: string })
  | (Base & {
      kind: 'disbursement';
      project: string;
      condition: { commitmentId: string; minStatus: number };
      /** The commitment's PAM status on the operation's day, as the caller found it (null: never rated). */
      statusFound: number | null;
    });

export type JournalEntry = {
  operationId: string;
  kind: Operation['kind'];
  on: string;
  currency: Currency;
  lines: JournalLine[];
  /** A payment above what the donor still owed: accepted, and shown as flagged. */
  flagged: boolean;
};

export type LedgerState = {
  /** Signed balance (debits minus credits) per `kind:key|currency`. */
  balances: ReadonlyMap<string, number>;
  journal: readonly JournalEntry[];
  donors: ReadonlyMap<string, string>;
  projects: ReadonlyMap<string, string>;
};

export type Invariant =
  | 'unknown-donor'
  | 'over-allocation'
  | 'over-disbursement'
  | 'condition-not-met'
  | 'unsafe-amount'
  | 'unbalanced-entry'
  | 'negative-balance';

export const INVARIANT_WORDS: Record<Invariant, string> = {
  'unknown-donor': 'a payment must come from a donor who has pledged to this fund',
  'over-allocation': 'nothing is allocated beyond what donors have paid in and is not yet allocated',
  'over-disbursement': 'nothing is disbursed beyond what is allocated to the project and not yet disbursed',
  'condition-not-met': "a disbursement waits until its commitment's status reaches the level it requires",
  'unsafe-amount': 'a balance would exceed the largest amount the ledger can count exactly',
  'unbalanced-entry': 'every journal entry has equal debits and credits in a single currency',
  'negative-balance': 'no account goes below zero on its normal side',
};

export type Applied =
  | { ok: true; state: LedgerState; entry: JournalEntry }
  | { ok: false; invariant: Invariant; message: string };

export const EMPTY_LEDGER: LedgerState = {
  balances: new Map(),
  journal: [],
  donors: new Map(),
  projects: new Map(),
};

export function accountId(account: Account, currency: Currency): string {
  return `${account.kind}:${account.key ?? ''}|${currency}`;
}

export function balanceOf(state: LedgerState, account: Account, currency: Currency): number {
  return state.balances.get(accountId(account, currency)) ?? 0;
}

/** The balance on the account's normal side (what it holds), which the ledger keeps at zero or above. */
export function heldBy(state: LedgerState, account: Account, currency: Currency): number {
  const b = balanceOf(state, account, currency);
  return DEBIT_NORMAL.has(account.kind) ? b : 0 - b;
}

const acc = (kind: AccountKind, key: string | null = null): Account => ({ kind, key });
const dr = (account: Account, amount: number): JournalLine => ({ account, debit: amount, credit: 0 });
const cr = (account: Account, amount: number): JournalLine => ({ account, debit: 0, credit: amount });
const refuse = (invariant: Invariant, detail: string): Applied => ({
  ok: false,
  invariant,
  message: `${INVARIANT_WORDS[invariant]} (${detail})`,
});

/** The journal lines an operation posts, or the invariant it breaks before any line is posted. */
function linesFor(state: LedgerState, op: Operation): { lines: JournalLine[]; flagged: boolean } | Applied {
  const held = (a: Account) => heldBy(state, a, op.currency);
  switch (op.kind) {
    case 'pledge':
      return {
        lines: [dr(acc('receivable', op.donor), op.amount), cr(acc('pledged', op.donor), op.amount)],
        flagged: false,
      };
    case 'payment': {
      if (!state.donors.has(op.donor)) return refuse('unknown-donor', op.donor);
      const owed = held(acc('receivable', op.donor));
      const against = Math.min(owed, op.amount);
      const excess = op.amount - against;
      const lines = [dr(acc('available'), op.amount)];
      if (against > 0) lines.push(cr(acc('receivable', op.donor), against));
      if (excess > 0) lines.push(cr(acc('unpledged', op.donor), excess));
      return { lines, flagged: excess > 0 };
    }
    case 'allocation': {
      const available = held(acc('available'));
      if (op.amount > available) return refuse('over-allocation', `${available} available in ${op.currency}`);
      return {
        lines: [dr(acc('allocated', op.project), op.amount), cr(acc('available'), op.amount)],
        flagged: false,
      };
    }
    case 'disbursement': {
      const { minStatus } = op.condition;
      if (op.statusFound === null || op.statusFound < minStatus) {
        return refuse(
          'condition-not-met',
          `status ${op.statusFound ?? 'none'} on ${op.on}, ${minStatus} required`,
        );
      }
      const allocated = held(acc('allocated', op.project));
      if (op.amount > allocated) {
        return refuse('over-disbursement', `${allocated} ${op.currency} allocated to ${op.project} remains`);
      }
      return {
        lines: [dr(acc('disbursed', op.project), op.amount), cr(acc('allocated', op.project), op.amount)],
        flagged: false,
      };
    }
  }
}

/** Checks an entry is balanced in one currency with positive safe amounts (every entry, whatever made it). */
export function isBalanced(lines: readonly JournalLine[]): boolean {
  let debits = 0;
  let credits = 0;
  for (const l of lines) {
    const one = l.debit > 0 !== l.credit > 0;
    if (!one || !Number.isSafeInteger(l.debit) || !Number.isSafeInteger(l.credit)) return false;
    debits += l.debit;
    credits += l.credit;
  }
  return lines.length >= 2 && Number.isSafeInteger(debits) && debits === credits;
}

/**
 * What donors have put in, in one currency (the credit-normal side; the debit-normal side sums to the same).
 * Every account and every total the fund reports is at most this, so while it is a safe integer all are exact.
 */
function contributed(balances: ReadonlyMap<string, number>, currency: Currency): number {
  let sum = 0;
  for (const [id, b] of balances) if (b < 0 && id.endsWith(`|${currency}`)) sum -= b;
  return sum;
}

/** Applies one operation: the new state and its entry, or the refusal (the state given is never changed). */
export function applyOperation(state: LedgerState, op: Operation): Applied {
  if (!Number.isSafeInteger(op.amount) || op.amount <= 0) return refuse('unsafe-amount', String(op.amount));
  const made = linesFor(state, op);
  if ('ok' in made) return made;
  if (!isBalanced(made.lines)) return refuse('unbalanced-entry', op.id);
  const balances = new Map(state.balances);
  for (const line of made.lines) {
    const id = accountId(line.account, op.currency);
    const next = (balances.get(id) ?? 0) + line.debit - line.credit;
    if (!Number.isSafeInteger(next)) return refuse('unsafe-amount', id);
    const normal = DEBIT_NORMAL.has(line.account.kind) ? next : -next;
    if (normal < 0) return refuse('negative-balance', id);
    balances.set(id, next);
  }
  if (!Number.isSafeInteger(contributed(balances, op.currency))) return refuse('unsafe-amount', op.currency);
  const entry: JournalEntry = {
    operationId: op.id,
    kind: op.kind,
    on: op.on,
    currency: op.currency,
    lines: made.lines,
    flagged: made.flagged,
  };
  return {
    ok: true,
    entry,
    state: {
      balances,
      journal: [...state.journal, entry],
      donors: op.kind === 'pledge' ? new Map(state.donors).set(op.donor, op.donorName) : state.donors,
      projects:
        op.kind === 'allocation' ? new Map(state.projects).set(op.project, op.projectName) : state.projects,
    },
  };
}

/** Replays operations in order; refused ones are skipped and returned with their invariant. */
export function replay(operations: readonly Operation[]): {
  state: LedgerState;
  refused: { operation: Operation; invariant: Invariant }[];
} {
  let state = EMPTY_LEDGER;
  const refused: { operation: Operation; invariant: Invariant }[] = [];
  for (const op of operations) {
    const r = applyOperation(state, op);
    if (r.ok) state = r.state;
    else refused.push({ operation: op, invariant: r.invariant });
  }
  return { state, refused };
}

/** An operation as the log keeps it (read back with its kind), in the ledger's terms. */
export function toOperation(entry: FundOperationEntry): Operation {
  const base = { id: entry.id, currency: entry.currency, amount: entry.amount, on: entry.on };
  switch (entry.kind) {
    case 'pledge':
      return { ...base, kind: 'pledge', donor: entry.donor, donorName: entry.donorName };
    case 'payment':
      return { ...base, kind: 'payment', donor: entry.donor };
    case 'allocation':
      return { ...base, kind: 'allocation', project: entry.project, projectName: entry.projectName };
    case 'disbursement': {
      const { project, condition, statusFound } = entry;
      return { ...base, kind: 'disbursement', project, condition, statusFound };
    }
  }
}
