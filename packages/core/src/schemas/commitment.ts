import { z } from 'zod';
import { Id } from '../ids.ts';
import { IsoDate } from '../time.ts';
import { LIMITS, LogIndex, MULTILINE, nonEmptyPatch, optionalText, text } from './common.ts';

/** When a commitment falls due: a calendar date, or an event ("within 100 days of signing"). */
export const Due = z
  .union([z.strictObject({ date: IsoDate }), z.strictObject({ event: text(LIMITS.shortText, MULTILINE) })])
  .nullable();
export type Due = z.infer<typeof Due>;

/** Party id or, when the obligor is not a registered party, its name as written. */
const Actor = text(LIMITS.name);

const fields = {
  obligor: Actor,
  beneficiary: Actor.nullable(),
  action: text(LIMITS.longText, MULTILINE),
  due: Due,
  verification: optionalText(LIMITS.shortText, MULTILINE).nullable(),
};

/** Who is obliged to do what for whom, by when, and how anyone would know it was done. */
export const Commitment = z.strictObject({
  id: Id,
  versionId: Id,
  pointId: Id,
  ...fields,
  logIndex: LogIndex,
});
export type Commitment = z.infer<typeof Commitment>;

export const CommitmentCreate = z.strictObject({
  obligor: fields.obligor,
  beneficiary: fields.beneficiary.default(null),
  action: fields.action,
  due: fields.due.default(null),
  verification: fields.verification.default(null),
});
export type CommitmentCreate = z.infer<typeof CommitmentCreate>;
export type CommitmentCreateInput = z.input<typeof CommitmentCreate>;

export const CommitmentUpdate = nonEmptyPatch(fields);
export type CommitmentUpdate = z.infer<typeof CommitmentUpdate>;
