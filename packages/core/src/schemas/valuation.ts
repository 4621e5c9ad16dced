// A party's valuation of a plan's contested points: how much each point matters to it (weight) and how much it
// values each wording a point has across the plan's versions, plus its reservation value (the utility below which
// it prefers no agreement). Valuations are confidential: only the party and the process's mediator read them.
//
// A wording is named by a version that carries it (`values[versionId]`): the value of the text that version gives
// the point, or of the point's absence when that version lacks it. Versions are stable where labels are not: a new
// counter-draft adds wordings but never renames the old ones.
import { z } from 'zod';
import { Id } from '../ids.ts';
import { LIMITS, LogIndex, MULTILINE, optionalText } from './common.ts';

export const VALUATION_LIMITS = { points: 1_000, versionsPerPoint: 200 } as const;

/** A number in [0, 1]: utilities, values and reservations are on one scale. */
export const UnitInterval = z.number().finite().min(0, 'must be at least 0').max(1, 'must be at most 1');

export const PointValuation = z.strictObject({
  lineageId: Id,
  /** Relative importance; weights are normalised to sum to 1 when the analysis runs. */
  weight: z.number().finite().min(0, 'must be at least 0').max(1_000_000),
  /** versionId → value of the wording that version carries (or of the point's absence in it). */
  values: z
    .record(Id, UnitInterval)
    .refine(
      (v) => Object.keys(v).length <= VALUATION_LIMITS.versionsPerPoint,
      `at most ${VALUATION_LIMITS.versionsPerPoint} versions per point`,
    ),
});
export type PointValuation = z.infer<typeof PointValuation>;

export const ValuationInput = z
  .strictObject({
    reservation: UnitInterval,
    points: z.array(PointValuation).max(VALUATION_LIMITS.points),
    note: optionalText(LIMITS.shortText, MULTILINE).default(''),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.points.forEach((p, i) => {
      if (seen.has(p.lineageId))
        ctx.addIssue({
          code: 'custom',
          path: ['points', i],
          message: `point ${p.lineageId} is valued twice`,
        });
      seen.add(p.lineageId);
    });
    if (v.points.length > 0 && v.points.every((p) => p.weight === 0))
      ctx.addIssue({
        code: 'custom',
        path: ['points'],
        message: 'at least one point needs a weight above 0',
      });
  });
export type ValuationInput = z.infer<typeof ValuationInput>;

export const VALUATION_AUTHORS = ['mediator', 'party'] as const;

const valuationFields = {
  id: Id,
  processId: Id,
  planId: Id,
  partyId: Id,
  /** Who entered it: the process's mediator or the party itself. */
  enteredBy: z.enum(VALUATION_AUTHORS),
  reservation: UnitInterval,
  points: z.array(PointValuation).max(VALUATION_LIMITS.points),
  note: optionalText(LIMITS.shortText, MULTILINE),
};

export const ValuationRecord = z.strictObject(valuationFields);
export type ValuationRecord = z.infer<typeof ValuationRecord>;

export const Valuation = z.strictObject({ ...valuationFields, logIndex: LogIndex });
export type Valuation = z.infer<typeof Valuation>;
