// A guarantor council ("Board of Peace", "Peace Council"): its seats, the rule it decides by, its motions and
// the votes on them. The rule is data, so the outcome of a motion is computed (council/decide-motion.ts), never
// typed in. Everything under a council shares the council's audience, set when it is created: public by default,
// because a guarantor council's composition and decisions are what the parties and the public hold it to.
import { z } from 'zod';
import { Id } from '../ids.ts';
import { IsoUtc } from '../time.ts';
import { Audience } from './audience.ts';
import { LIMITS, LogIndex, MULTILINE, optionalText, text } from './common.ts';

export const COUNCIL_LIMITS = { seats: 200, motionsRead: 500 } as const;

/** A fraction of whole numbers (2/3), so thresholds compare exactly, without floating point. */
export const Fraction = z
  .strictObject({
    numerator: z.number().int().min(0).max(1000),
    denominator: z.number().int().min(1).max(1000),
  })
  .refine((f) => f.numerator <= f.denominator, 'must be at most 1 (numerator ≤ denominator)');
export type Fraction = z.infer<typeof Fraction>;

export const DECISION_KINDS = [
  'consensus',
  'simple-majority',
  'qualified-majority',
  'majority-with-chair-approval',
] as const;
export const DecisionKind = z.enum(DECISION_KINDS);
export type DecisionKind = z.infer<typeof DecisionKind>;

/**
 * How a council decides. `abstentions`: 'ignored' leaves them out of the count (consensus is then "nobody
 * objects"), 'counted' keeps them in it (an abstention then weighs like a vote against). `quorum`: the share of
 * voting seats (chair and members, never observers) that must take part, abstaining included.
 */
export const DecisionRule = z
  .strictObject({
    kind: DecisionKind,
    /** Only for a qualified majority: the share of the votes counted that must be for (2/3). */
    threshold: Fraction.nullable().default(null),
    /** Seats whose vote against defeats a motion whatever the count. */
    vetoHolders: z.array(Id).max(COUNCIL_LIMITS.seats).default([]),
    abstentions: z.enum(['ignored', 'counted']).default('ignored'),
    quorum: Fraction.default({ numerator: 1, denominator: 2 }),
  })
  .superRefine((rule, ctx) => {
    if (rule.kind === 'qualified-majority' && rule.threshold === null)
      ctx.addIssue({
        code: 'custom',
        path: ['threshold'],
        message: 'a qualified majority needs a threshold',
      });
    if (rule.kind !== 'qualified-majority' && rule.threshold !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['threshold'],
        message: 'only a qualified majority has a threshold',
      });
    if (new Set(rule.vetoHolders).size !== rule.vetoHolders.length)
      ctx.addIssue({ code: 'custom', path: ['vetoHolders'], message: 'names a seat twice' });
  });
export type DecisionRule = z.infer<typeof DecisionRule>;
export type DecisionRuleInput = z.input<typeof DecisionRule>;

export const SEAT_ROLES = ['chair', 'member', 'observer'] as const;
export const SeatRole = z.enum(SEAT_ROLES);
export type SeatRole = z.infer<typeof SeatRole>;

/** A seat: held by a person or for a party, and (when it votes in Concord itself) by an account. */
export const CouncilMemberInput = z.strictObject({
  /** "Donald J. Trump, Chairman", "Qatar". */
  name: text(LIMITS.name),
  role: SeatRole,
  /** The party the seat is held for, when it is one of the process's parties. */
  partyId: Id.nullable().default(null),
  /** The account that votes for this seat (it must hold a council membership of the process), if any. */
  accountId: Id.nullable().default(null),
});
export type CouncilMemberInput = z.infer<typeof CouncilMemberInput>;
export type CouncilMemberInputBody = z.input<typeof CouncilMemberInput>;

export const CouncilMemberRecord = z.strictObject({
  id: Id,
  councilId: Id,
  name: text(LIMITS.name),
  role: SeatRole,
  partyId: Id.nullable(),
  accountId: Id.nullable(),
});
export type CouncilMemberRecord = z.infer<typeof CouncilMemberRecord>;

/** A founding seat: a seat, and whether its vote against defeats a motion (a veto). */
export const FoundingSeat = CouncilMemberInput.extend({ veto: z.boolean().default(false) });
export type FoundingSeat = z.infer<typeof FoundingSeat>;

export const CouncilCreate = z.strictObject({
  name: text(LIMITS.title),
  /** Its mandate in a sentence: "monitors and guarantees the implementation of the plan". */
  mandate: optionalText(LIMITS.shortText, MULTILINE).default(''),
  /**
   * The rule as the founding text has it. Its veto holders are named on the founding seats (`veto`), since a
   * seat has no id before the council is founded; `rule.vetoHolders` itself is left empty.
   */
  rule: DecisionRule,
  /** The seats the council is founded with (more can be added later, without a veto). */
  seats: z.array(FoundingSeat).max(COUNCIL_LIMITS.seats).default([]),
  audience: Audience.default({ kind: 'public' }),
});
export type CouncilCreate = z.infer<typeof CouncilCreate>;
export type CouncilCreateBody = z.input<typeof CouncilCreate>;

export const CouncilRecord = z.strictObject({
  id: Id,
  processId: Id,
  name: text(LIMITS.title),
  mandate: optionalText(LIMITS.shortText, MULTILINE),
  rule: DecisionRule,
  /** The founding seats (absent: founded without seats); the rule's veto holders are among them. */
  seats: z.array(CouncilMemberRecord).max(COUNCIL_LIMITS.seats).optional(),
});
export type CouncilRecord = z.infer<typeof CouncilRecord>;

export const MOTION_KINDS = [
  'finding-of-violation',
  'activate-consequence',
  'amend',
  'allocate-funds',
] as const;
export const MotionKind = z.enum(MOTION_KINDS);
export type MotionKind = z.infer<typeof MotionKind>;

export const MotionInput = z.strictObject({
  kind: MotionKind,
  title: text(LIMITS.title),
  text: text(LIMITS.shortText, MULTILINE),
  /** Votes are taken until then; the motion is closed by the chair or a mediator at or after it. */
  closesAt: IsoUtc,
});
export type MotionInput = z.infer<typeof MotionInput>;
export type MotionInputBody = z.input<typeof MotionInput>;

export const MotionRecord = z.strictObject({
  id: Id,
  councilId: Id,
  kind: MotionKind,
  title: text(LIMITS.title),
  text: text(LIMITS.shortText, MULTILINE),
  openedAt: IsoUtc,
  closesAt: IsoUtc,
});
export type MotionRecord = z.infer<typeof MotionRecord>;

export const VOTE_CHOICES = ['for', 'against', 'abstain'] as const;
export const VoteChoice = z.enum(VOTE_CHOICES);
export type VoteChoice = z.infer<typeof VoteChoice>;

export const VoteInput = z.strictObject({
  /** The seat voted for; a member votes only for its own seat. */
  memberId: Id,
  choice: VoteChoice,
  reason: optionalText(LIMITS.shortText, MULTILINE).default(''),
});
export type VoteInput = z.infer<typeof VoteInput>;
export type VoteInputBody = z.input<typeof VoteInput>;

/** One vote, once: a second vote for the same seat on a motion is refused, not a change of mind. */
export const VoteRecord = z.strictObject({
  id: Id,
  motionId: Id,
  memberId: Id,
  choice: VoteChoice,
  reason: optionalText(LIMITS.shortText, MULTILINE),
  /** Cast by the seat's own account in Concord, or recorded by a mediator from the council's own minutes. */
  recordedBy: z.enum(['member', 'mediator']),
});
export type VoteRecord = z.infer<typeof VoteRecord>;

export const OUTCOME_RESULTS = ['passed', 'failed', 'no-quorum', 'vetoed', 'pending'] as const;
export const OutcomeResult = z.enum(OUTCOME_RESULTS);
export type OutcomeResult = z.infer<typeof OutcomeResult>;

export const Tally = z.strictObject({
  for: z.number().int().nonnegative(),
  against: z.number().int().nonnegative(),
  abstain: z.number().int().nonnegative(),
  notVoted: z.number().int().nonnegative(),
  /** Seats that vote: the chair and the members. */
  eligible: z.number().int().nonnegative(),
});
export type Tally = z.infer<typeof Tally>;

export const MotionOutcome = z.strictObject({
  result: OutcomeResult,
  tally: Tally,
  vetoedBy: z.array(Id),
  /** Why, in words, step by step. */
  reasons: z.array(z.string()),
});
export type MotionOutcome = z.infer<typeof MotionOutcome>;

export const MotionClosedRecord = z.strictObject({ id: Id, closedAt: IsoUtc, outcome: MotionOutcome });
export type MotionClosedRecord = z.infer<typeof MotionClosedRecord>;

export const MotionClose = z.strictObject({}).default({});

// What the API answers (the server fills them; the web app reads them).

export const CouncilMember = CouncilMemberRecord.extend({ logIndex: LogIndex });
export type CouncilMember = z.infer<typeof CouncilMember>;

export const Vote = VoteRecord.extend({ actor: z.string(), castAt: IsoUtc, logIndex: LogIndex });
export type Vote = z.infer<typeof Vote>;

export const Motion = MotionRecord.extend({
  votes: z.array(Vote),
  /** The outcome as recorded at closing, or, while open, as the votes so far stand. */
  outcome: MotionOutcome,
  closedAt: IsoUtc.nullable(),
  logIndex: LogIndex,
});
export type Motion = z.infer<typeof Motion>;

export const Council = CouncilRecord.extend({
  members: z.array(CouncilMember),
  motions: z.array(Motion),
  audience: Audience,
  logIndex: LogIndex,
});
export type Council = z.infer<typeof Council>;

/** A council as the caller may use it: which seat it votes for and what it may do. */
export const CouncilView = Council.extend({
  abilities: z.strictObject({
    addMember: z.boolean(),
    openMotion: z.boolean(),
    closeMotion: z.boolean(),
    recordVotes: z.boolean(),
  }),
  /** The seats the caller holds (it votes for these), by id. */
  mySeats: z.array(Id),
});
export type CouncilView = z.infer<typeof CouncilView>;
