// The rules file: guarantee rules as data. A rule names what opens a case (its trigger), the timed steps a case
// runs through (each with the outcomes a body may decide and a default when nobody decides by the deadline) and
// the consequences it ends with. The schema is the format's single definition: the evaluator reads it, the CLI
// validates with it, and examples/rules/README.md is checked against it.
import { z } from 'zod';
import { LIMITS, MULTILINE, optionalText, text } from '../schemas/common.ts';
import { quoteKey, RULE_KEY, ruleProblems } from './check-rule.ts';
import { Instant } from './instant.ts';

export const RULES_FORMAT = 'concord.rules/1';
export const GUARANTEE_LIMITS = { rules: 100, steps: 30, outcomes: 20, names: 50, days: 3_650, count: 1_000 };

/** A rule's, step's or outcome's id: what a timeline's decisions refer to. */
export const RuleKey = z
  .string()
  .regex(RULE_KEY, 'must be 1–80 letters, digits, ".", "-" or "_", starting with a letter or digit');

const Names = z.array(text(LIMITS.name)).min(1).max(GUARANTEE_LIMITS.names);
const Days = z.number().int().min(0).max(GUARANTEE_LIMITS.days);

export const CONSEQUENCE_KINDS = [
  'sanctions-reinstated',
  'guarantee-void',
  'recognition-revoked',
  'benefits-revoked',
  'military-response',
  'commitments-suspended',
  'referred',
  'other',
] as const;

export const Consequence = z.strictObject({
  kind: z.enum(CONSEQUENCE_KINDS),
  detail: optionalText(LIMITS.shortText, MULTILINE).default(''),
  /** The consequence is open to a party ("may cease performing"), not automatic. */
  discretionary: z.boolean().default(false),
});
export type Consequence = z.infer<typeof Consequence>;

/** Where a step, a decision or a default leads: to another step, or to the case's end with its consequences. */
export const Transition = z.union([
  z.strictObject({ next: RuleKey }),
  z.strictObject({
    end: RuleKey,
    consequences: z.array(Consequence).max(GUARANTEE_LIMITS.outcomes).default([]),
  }),
  // A decision recorded in the case that changes nothing (a failed motion that would have changed the course).
  z.strictObject({ record: z.literal(true) }),
]);
export type Transition = z.infer<typeof Transition>;

// zod drops a `__proto__` key (JSON.parse makes it an own key) without a word; a rule silently missing an
// outcome would change what a decision does, so it is refused instead.
function refuseProto(value: unknown, ctx: z.RefinementCtx): unknown {
  if (value !== null && typeof value === 'object' && Object.hasOwn(value, '__proto__'))
    ctx.addIssue({ code: 'custom', path: ['__proto__'], message: 'is not a possible outcome name' });
  return value;
}

export const DEADLINE_ANCHORS = ['step', 'opening', 'previous-deadline'] as const;

export const Step = z.strictObject({
  id: RuleKey,
  title: text(LIMITS.title),
  body: optionalText(LIMITS.name).default(''),
  /** Days until the deadline, counted from `from`; without it the step waits for a decision however long. */
  days: Days.optional(),
  from: z.enum(DEADLINE_ANCHORS).default('step'),
  /** A decision may move the deadline (`extension` events), e.g. "unless extended by consensus". */
  extendable: z.boolean().default(false),
  outcomes: z.preprocess(refuseProto, z.record(RuleKey, Transition)).default({}),
  /** What happens at the deadline when no decision has moved the case on. */
  default: Transition.optional(),
  note: optionalText(LIMITS.shortText, MULTILINE).default(''),
});
export type Step = z.infer<typeof Step>;

export const VERIFICATION_STATUSES = [
  'reported',
  'corroborated',
  'verified',
  'disputed',
  'rejected',
] as const;

export const Trigger = z.discriminatedUnion('on', [
  z.strictObject({
    on: z.literal('incidents'),
    incidentTypes: Names,
    allegedParties: Names.optional(),
    areas: Names.optional(),
    /** Every tag must be on the incident ("without-cause"). */
    tags: Names.optional(),
    count: z.number().int().min(1).max(GUARANTEE_LIMITS.count).default(1),
    /** The counted incidents occurred within this many days of each other. */
    withinDays: z.number().int().min(1).max(GUARANTEE_LIMITS.days).optional(),
  }),
  z.strictObject({
    on: z.literal('commitment-overdue'),
    obligors: Names.optional(),
    commitments: Names.optional(),
    days: Days,
  }),
  z.strictObject({
    on: z.literal('notification'),
    /** The participants whose notification counts; any participant when absent. */
    from: Names.optional(),
  }),
]);
export type Trigger = z.infer<typeof Trigger>;

export const DAY_COUNTS = ['whole-days', 'elapsed'] as const;

export const Rule = z.strictObject({
  id: RuleKey,
  title: text(LIMITS.title),
  instrument: optionalText(LIMITS.title).default(''),
  /** whole-days: the day of the event is not counted, N days end at 00:00Z after the Nth; elapsed: N × 24 h. */
  dayCount: z.enum(DAY_COUNTS).default('whole-days'),
  /** Triggers at or after this time open no case (a sunset such as Termination Day). */
  inForceUntil: Instant.optional(),
  trigger: Trigger,
  /** What opening a case does: enter the first step, or end at once with consequences. */
  start: Transition,
  steps: z.array(Step).max(GUARANTEE_LIMITS.steps).default([]),
  note: optionalText(LIMITS.shortText, MULTILINE).default(''),
});
export type Rule = z.infer<typeof Rule>;

export const RulesFile = z
  .strictObject({
    format: z.literal(RULES_FORMAT),
    rules: z.array(Rule).min(1).max(GUARANTEE_LIMITS.rules),
  })
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    file.rules.forEach((rule, i) => {
      if (ids.has(rule.id))
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'id'],
          message: `rule ${quoteKey(rule.id)} is defined twice`,
        });
      ids.add(rule.id);
      for (const p of ruleProblems(rule))
        ctx.addIssue({ code: 'custom', path: ['rules', i, ...p.path], message: p.message });
    });
  });
export type RulesFile = z.infer<typeof RulesFile>;
