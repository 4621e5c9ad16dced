// The reconstruction fund: ISO 4217 currencies in integer minor units, a pure double-entry ledger of pledges,
// payments, allocations and conditional disbursements with its invariants, and balances per donor, project and
// currency.
export {
  type CurrencyBalance,
  type DonorBalance,
  type FundBalances,
  fundBalances,
  type ProjectBalance,
} from './balances.ts';
export {
  CURRENCIES,
  CURRENCY_CODES,
  type Currency,
  exponentOf,
  formatMinor,
  parseMajor,
} from './currency.ts';
export {
  type Account,
  type AccountKind,
  type Applied,
  accountId,
  applyOperation,
  balanceOf,
  EMPTY_LEDGER,
  heldBy,
  INVARIANT_WORDS,
  type Invariant,
  isBalanced,
  type JournalEntry,
  type JournalLine,
  type LedgerState,
  type Operation,
  replay,
  toOperation,
} from './ledger.ts';
export { fundView } from './view.ts';
