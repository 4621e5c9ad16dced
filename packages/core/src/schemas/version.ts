import { z } from 'zod';
import { Id } from '../ids.ts';
import { IsoDate } from '../time.ts';
import { Audience } from './audience.ts';
import { CommitmentCreate } from './commitment.ts';
import type { Condition, Multilingual, Quantity } from './common.ts';
import {
  LIMITS,
  LogIndex,
  MULTILINE,
  Multilingual as MultilingualSchema,
  nonEmptyPatch,
  optionalText,
  text,
} from './common.ts';
import { type DerivationRequest, PointNumber, pointCollections } from './point.ts';

export const VERSION_STATUSES = ['draft', 'circulated', 'final'] as const;
export const VersionStatus = z.enum(VERSION_STATUSES);
export type VersionStatus = z.infer<typeof VersionStatus>;

/** One text of a plan. Versions form a tree: a counter-draft's parent is the version it answers. */
export const Version = z.strictObject({
  id: Id,
  planId: Id,
  parentVersionId: Id.nullable(),
  label: text(LIMITS.label),
  issuedOn: IsoDate.nullable(),
  status: VersionStatus,
  note: optionalText(LIMITS.longText, MULTILINE),
  /** Who may read the version, its points and commitments (within the plan's and the process's audience). */
  audience: Audience,
  logIndex: LogIndex,
});
export type Version = z.infer<typeof Version>;

/** A point as written in a new version: sub-points nest, commitments ride along, ids are minted later. */
export type PointDraft = {
  number?: string | undefined;
  /** Older form of `derivedFrom`: continue the parent version's point of this lineage. */
  lineageId?: string | undefined;
  /** The points of earlier versions of the plan it comes from; omitted or empty = inserted. */
  derivedFrom?: DerivationRequest[] | undefined;
  text: Multilingual;
  categories?: string[] | undefined;
  quantities?: Quantity[] | undefined;
  conditions?: Condition[] | undefined;
  note?: string | undefined;
  commitments?: CommitmentCreate[] | undefined;
  points?: PointDraft[] | undefined;
};

// Nesting is bounded by construction (no recursion at parse time), so a hostile 10,000-deep body is refused
// as an unknown key instead of exhausting the stack.
function pointDraft(depth: number): z.ZodType<PointDraft> {
  const base = {
    number: PointNumber.optional(),
    lineageId: Id.optional(),
    derivedFrom: pointCollections.DerivationRequests.optional(),
    text: MultilingualSchema,
    categories: pointCollections.Categories.optional(),
    quantities: pointCollections.Quantities.optional(),
    conditions: pointCollections.Conditions.optional(),
    note: pointCollections.PointNote.optional(),
    commitments: z.array(CommitmentCreate).max(LIMITS.commitmentsPerPoint).optional(),
  };
  if (depth <= 1) return z.strictObject(base);
  return z.strictObject({
    ...base,
    points: z
      .array(pointDraft(depth - 1))
      .max(LIMITS.pointsPerVersion)
      .optional(),
  });
}

export const PointDraft = pointDraft(LIMITS.pointDepth);
const PointDrafts = z.array(PointDraft).max(LIMITS.pointsPerVersion);

/** Counts every point and commitment of a draft tree. */
export function countDraft(points: PointDraft[]): { points: number; commitments: number } {
  let total = { points: 0, commitments: 0 };
  for (const point of points) {
    const below = countDraft(point.points ?? []);
    total = {
      points: total.points + 1 + below.points,
      commitments: total.commitments + (point.commitments?.length ?? 0) + below.commitments,
    };
  }
  return total;
}

export const VersionCreate = z
  .strictObject({
    label: text(LIMITS.label),
    parentVersionId: Id.nullable().default(null),
    issuedOn: IsoDate.nullable().default(null),
    status: VersionStatus.default('draft'),
    note: optionalText(LIMITS.longText, MULTILINE).default(''),
    /** Default: the plan's audience. */
    audience: Audience.optional(),
    points: PointDrafts.default([]),
  })
  .refine((v) => countDraft(v.points).points <= LIMITS.pointsPerVersion, {
    message: `a version holds at most ${LIMITS.pointsPerVersion} points`,
    path: ['points'],
  })
  .refine((v) => countDraft(v.points).commitments <= LIMITS.commitmentsPerVersion, {
    message: `a version holds at most ${LIMITS.commitmentsPerVersion} commitments`,
    path: ['points'],
  });
export type VersionCreate = z.infer<typeof VersionCreate>;
export type VersionCreateInput = z.input<typeof VersionCreate>;

export const VersionUpdate = nonEmptyPatch({
  label: text(LIMITS.label),
  issuedOn: IsoDate.nullable(),
  status: VersionStatus,
  note: optionalText(LIMITS.longText, MULTILINE),
});
export type VersionUpdate = z.infer<typeof VersionUpdate>;
