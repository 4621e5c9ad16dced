// Guarantees in the platform: what the log records of them. A process's rules are set whole (the same
// `concord.rules/1` file `concord rules simulate` reads); a participant's notification is a fact the rules may
// count; a council's finding on a case's step names the motion whose outcome decided it; and every change of a
// case's state is its own entry, numbered within the case so that the store refuses a second copy of one.
import { z } from 'zod';
import { Id } from '../ids.ts';
import { LIMITS, MULTILINE, optionalText, text } from '../schemas/common.ts';
import { IsoUtc } from '../time.ts';
import { CaseChange } from './guarantee-case.ts';
import { RuleKey, RulesFile } from './rules-file.ts';
import { CaseId } from './timeline-file.ts';

/** `guarantee.rules-set`: the process's rules, replacing any before them (cases already opened keep running). */
export const GuaranteeRulesRecord = z.strictObject({
  processId: Id,
  rules: RulesFile,
  reason: optionalText(LIMITS.shortText, MULTILINE),
});
export type GuaranteeRulesRecord = z.infer<typeof GuaranteeRulesRecord>;

export const NotificationInput = z.strictObject({
  /** The notifying party; a delegate notifies for its own party only, a mediator records one for any party. */
  partyId: Id.optional(),
  against: optionalText(LIMITS.name).optional(),
  note: optionalText(LIMITS.shortText, MULTILINE).default(''),
});
export type NotificationInputBody = z.input<typeof NotificationInput>;

/** `guarantee.notified`: a party's notification (of a violation, of non-performance) as the rules read it. */
export const NotificationRecord = z.strictObject({
  id: Id,
  processId: Id,
  partyId: Id,
  /** The party's name as it was when it notified: what a rule's `from` list names. */
  by: text(LIMITS.name),
  against: optionalText(LIMITS.name),
  note: optionalText(LIMITS.shortText, MULTILINE),
});
export type NotificationRecord = z.infer<typeof NotificationRecord>;

export const FindingInput = z.strictObject({
  case: CaseId,
  step: RuleKey,
  /** The closed motion whose outcome this is. */
  motionId: Id,
  /** The step's outcome the council's decision stands for (e.g. `delay-found` when the motion passed). */
  outcome: RuleKey,
});
export type FindingInputBody = z.input<typeof FindingInput>;

/** `guarantee.finding-recorded`: a council's decision entered on a case's step, linked to its motion. */
export const FindingRecord = FindingInput.extend({
  id: Id,
  processId: Id,
  /** The motion's computed result when it closed (passed, failed, …), as its own entry logged it. */
  result: text(LIMITS.label),
  /** When the finding was entered on the case: the rules count it from then (the motion's entry has its own time). */
  decidedAt: IsoUtc,
});
export type FindingRecord = z.infer<typeof FindingRecord>;

/** `guarantee.case-changed`: one change of a case's state, the `seq`th of its case (1 = opened). */
export const CaseChangeRecord = z.strictObject({
  processId: Id,
  case: CaseId,
  rule: RuleKey,
  seq: z.number().int().min(1).max(10_000),
  change: CaseChange,
});
export type CaseChangeRecord = z.infer<typeof CaseChangeRecord>;
