// The reconstruction fund: currencies, donors' pledges and payments, allocations to projects and disbursements
// tied to a condition on a tracked commitment. Amounts are integer minor units (cents) held as JavaScript safe
// integers, not bigint: they travel as JSON in the log and over HTTP (bigint does not serialise), and the largest
// sums a fund plausibly holds — $100 bn is 10^13 cents — are about 900 times below 2^53; every sum the ledger
// makes is checked to stay safe (fund/ledger.ts), so an amount that could lose precision is refused, not rounded.
import { z } from 'zod';
import { CURRENCY_CODES } from '../fund/currency.ts';
import { Id } from '../ids.ts';
import { IsoDate, IsoUtc } from '../time.ts';
import { LIMITS, LogIndex, MULTILINE, optionalText, text } from './common.ts';
import { PamScore } from './tracking.ts';

export const CurrencyCode = z.enum(CURRENCY_CODES);
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/** Minor units (cents for USD): a positive safe integer. */
export const MinorUnits = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A donor or a project as the fund names it: lower-case letters, digits and hyphens (`eu`, `gaza-housing`). */
export const FundKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'must be lower-case letters, digits and hyphens, like gaza-housing');

export const FundInput = z.strictObject({
  name: text(LIMITS.title),
  purpose: optionalText(LIMITS.shortText, MULTILINE).default(''),
  /** Marks a fund whose figures are illustrative (the demo's), shown as such on every page. */
  illustrative: z.boolean().default(false),
});
export type FundInputBody = z.input<typeof FundInput>;

/** `fund.created`. */
export const FundRecord = FundInput.extend({ id: Id, processId: Id });
export type FundRecord = z.infer<typeof FundRecord>;

const common = {
  currency: CurrencyCode,
  amount: MinorUnits,
  /** The day the operation took effect (a payment may be recorded later than it arrived); today by default. */
  on: IsoDate.optional(),
  note: optionalText(LIMITS.shortText, MULTILINE).default(''),
};

export const PledgeInput = z.strictObject({
  ...common,
  donor: FundKey,
  donorName: text(LIMITS.name),
});
export const PaymentInput = z.strictObject({ ...common, donor: FundKey });
export const AllocationInput = z.strictObject({
  ...common,
  project: FundKey,
  projectName: text(LIMITS.name),
});

/** A disbursement waits on a tracked commitment: paid only while its PAM status on the day is at least `minStatus`. */
export const DisbursementCondition = z.strictObject({ commitmentId: Id, minStatus: PamScore });
export type DisbursementCondition = z.infer<typeof DisbursementCondition>;

export const DisbursementInput = z.strictObject({
  ...common,
  project: FundKey,
  condition: DisbursementCondition,
});

/** An operation as the log keeps it (`fund.pledged` and the rest): its id, its fund and what was asked. */
const op = { id: Id, fundId: Id, on: IsoDate };
export const PledgeRecord = PledgeInput.extend(op);
export const PaymentRecord = PaymentInput.extend({
  ...op,
  /** Set when the payment exceeded what the donor still owed on its pledges: recorded, and shown as flagged. */
  flagged: z.boolean(),
});
export const AllocationRecord = AllocationInput.extend(op);
export const DisbursementRecord = DisbursementInput.extend({
  ...op,
  /** The commitment's PAM status on the day, as the command found it (null: never rated by then). */
  statusFound: PamScore.nullable(),
});
export type PledgeRecord = z.infer<typeof PledgeRecord>;
export type PaymentRecord = z.infer<typeof PaymentRecord>;
export type AllocationRecord = z.infer<typeof AllocationRecord>;
export type DisbursementRecord = z.infer<typeof DisbursementRecord>;
export type PledgeInputBody = z.input<typeof PledgeInput>;
export type PaymentInputBody = z.input<typeof PaymentInput>;
export type AllocationInputBody = z.input<typeof AllocationInput>;
export type DisbursementInputBody = z.input<typeof DisbursementInput>;

/** An operation as read back: its kind, its record, who recorded it and when it was logged. */
const read = { actor: text(LIMITS.name), recordedAt: IsoUtc, logIndex: LogIndex };
export const FundOperationEntry = z.discriminatedUnion('kind', [
  PledgeRecord.extend({ kind: z.literal('pledge'), ...read }),
  PaymentRecord.extend({ kind: z.literal('payment'), ...read }),
  AllocationRecord.extend({ kind: z.literal('allocation'), ...read }),
  DisbursementRecord.extend({ kind: z.literal('disbursement'), ...read }),
]);
export type FundOperationEntry = z.infer<typeof FundOperationEntry>;
export type FundOperationKind = FundOperationEntry['kind'];

/** A fund as stored: the record, who set it up and when, and its operations in log order. */
export const FundEntry = FundRecord.extend({
  actor: read.actor,
  createdAt: IsoUtc,
  logIndex: LogIndex,
  operations: z.array(FundOperationEntry),
});
export type FundEntry = z.infer<typeof FundEntry>;

// The answers over HTTP (the web page reads them): each fund with its operations, its balances and its journal
// as the ledger derives them from the accepted operations, and what the caller may do.
const Amount = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export const DonorBalanceAnswer = z.strictObject({
  donor: FundKey,
  name: text(LIMITS.name),
  currency: CurrencyCode,
  pledged: Amount,
  paid: Amount,
  outstanding: Amount,
  overpaid: Amount,
});
export const ProjectBalanceAnswer = z.strictObject({
  project: FundKey,
  name: text(LIMITS.name),
  currency: CurrencyCode,
  allocated: Amount,
  disbursed: Amount,
  remaining: Amount,
});
export const CurrencyBalanceAnswer = z.strictObject({
  currency: CurrencyCode,
  pledged: Amount,
  paid: Amount,
  available: Amount,
  allocated: Amount,
  disbursed: Amount,
});
export const JournalLineAnswer = z.strictObject({
  account: z.enum(['receivable', 'pledged', 'unpledged', 'available', 'allocated', 'disbursed']),
  key: FundKey.nullable(),
  debit: Amount,
  credit: Amount,
});
export const JournalEntryAnswer = z.strictObject({
  operationId: Id,
  kind: z.enum(['pledge', 'payment', 'allocation', 'disbursement']),
  on: IsoDate,
  currency: CurrencyCode,
  lines: z.array(JournalLineAnswer),
  flagged: z.boolean(),
});
export const FundAnswer = FundEntry.extend({
  balances: z.strictObject({
    donors: z.array(DonorBalanceAnswer),
    projects: z.array(ProjectBalanceAnswer),
    currencies: z.array(CurrencyBalanceAnswer),
  }),
  journal: z.array(JournalEntryAnswer),
});
export type FundAnswer = z.infer<typeof FundAnswer>;
export const FundsAnswer = z.strictObject({
  items: z.array(FundAnswer),
  mayCreate: z.boolean(),
  mayRecord: z.boolean(),
});
export type FundsAnswer = z.infer<typeof FundsAnswer>;
