// The reconstruction fund: currencies, donors' pledges and payments, allocations to projects and disbursements
// tied to a condition on a tracked commitment. Amounts are integer minor units (cents) held as JavaScript safe
// integers, not bigint: they travel as JSON in the log and over HTTP (bigint does not serialise), and the largest
// sums a fund plausibly holds — $100 bn is 10^13 cents — are about 900 times below 2^53; every sum the ledger
// makes is checked to stay safe (fund/ledger.ts), so an amount that could lose precision is refused, not rounded.
import { z } from 'zod';
import { CURRENCY_CODES } from '../fund/currency.ts';
import { Id } from '../ids.ts';
import { IsoDate } from '../time.ts';
import { LIMITS, MULTILINE, optionalText, text } from './common.ts';
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
  /** The day the operation took effect (a payment may be recorded later than it arrived). */
  on: IsoDate,
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
const op = { id: Id, fundId: Id };
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
