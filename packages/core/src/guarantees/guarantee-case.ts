// What evaluation produces: cases, each a list of its changes of state (each one an event with its time), and the
// timeline entries that placed nowhere with the reason. This is what `concord rules simulate --json` prints.
import { z } from 'zod';
import { IsoUtc } from '../time.ts';
import { Consequence, RuleKey } from './rules-file.ts';

const at = IsoUtc;
/** Timeline events (by id) that caused the change. */
const cause = z.array(RuleKey);

export const CaseChange = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('opened'), at, cause, summary: z.string() }),
  z.strictObject({
    kind: z.literal('step-entered'),
    at,
    step: RuleKey,
    title: z.string(),
    deadline: IsoUtc.nullable(),
  }),
  z.strictObject({ kind: z.literal('decided'), at, cause, step: RuleKey, outcome: RuleKey }),
  z.strictObject({ kind: z.literal('recorded'), at, cause, step: RuleKey, outcome: RuleKey }),
  z.strictObject({ kind: z.literal('extended'), at, cause, step: RuleKey, deadline: IsoUtc }),
  z.strictObject({ kind: z.literal('defaulted'), at, step: RuleKey }),
  z.strictObject({ kind: z.literal('consequence'), at, consequence: Consequence }),
  z.strictObject({ kind: z.literal('closed'), at, outcome: RuleKey }),
]);
export type CaseChange = z.infer<typeof CaseChange>;

export const GuaranteeCase = z.strictObject({
  id: z.string(),
  rule: RuleKey,
  title: z.string(),
  openedAt: IsoUtc,
  status: z.enum(['open', 'closed']),
  /** The open step and its deadline, while the case is open. */
  pending: z.strictObject({ step: RuleKey, deadline: IsoUtc.nullable() }).nullable(),
  outcome: RuleKey.nullable(),
  changes: z.array(CaseChange),
});
export type GuaranteeCase = z.infer<typeof GuaranteeCase>;

export const UnplacedEvent = z.strictObject({ event: RuleKey, at: IsoUtc, reason: z.string() });
export type UnplacedEvent = z.infer<typeof UnplacedEvent>;

export const Evaluation = z.strictObject({
  /** The moment evaluated to, or null when every deadline was run to its end. */
  clock: IsoUtc.nullable(),
  cases: z.array(GuaranteeCase),
  unplaced: z.array(UnplacedEvent),
});
export type Evaluation = z.infer<typeof Evaluation>;
