// The answer to "what does this plan share with a plan of another process" (core's precedents/align-plans.ts
// computes it): each side's version and points, the aligned pairs with why, and each side's points alone.
import { z } from 'zod';
import { Id } from '../ids.ts';
import { Point } from './point.ts';

export const PrecedentSide = z.strictObject({
  processId: Id,
  processTitle: z.string(),
  planId: Id,
  planTitle: z.string(),
  versionId: Id,
  versionLabel: z.string(),
  /** Every point of the version the reader may read, in reading order (sub-points after their point). */
  points: z.array(Point),
});
export type PrecedentSide = z.infer<typeof PrecedentSide>;

export const PrecedentPair = z.strictObject({
  /** A top-level point of the plan asked about, and its counterpart in the other plan. */
  pointId: Id,
  otherPointId: Id,
  score: z.number().min(0).max(1),
  /** Category keys both carry. */
  categories: z.array(z.string()),
  /** Key terms both use, in words. */
  keyTerms: z.array(z.string()),
  /** Units of quantities both give. */
  units: z.array(z.string()),
  /** Cosine of the texts with party names set aside, 0–1. */
  textSimilarity: z.number().min(0).max(1),
});
export type PrecedentPair = z.infer<typeof PrecedentPair>;

export const PlanPrecedent = z.strictObject({
  plan: PrecedentSide,
  other: PrecedentSide,
  pairs: z.array(PrecedentPair),
  /** Top-level points with no counterpart, in each plan's order. */
  onlyPlan: z.array(Id),
  onlyOther: z.array(Id),
});
export type PlanPrecedent = z.infer<typeof PlanPrecedent>;
