// Sealed acceptability: each negotiating party marks, privately, which wordings of each contested point of a
// version it could accept. Nobody but the party's own delegates reads its marks (not the mediators); everyone in
// the process reads only what every party accepts (`CommonAcceptability`), and the packages built from it.
//
// A wording is named as in a valuation: by a version that carries it (or, for the point's absence, a version
// that lacks it). A party's answer on a point covers the wordings it answered; a wording it never answered (a
// later version added it) leaves the point unmarked by that party until it does.
import { z } from 'zod';
import { Id } from '../ids.ts';
import { PackageCount, PointChange } from './analysis.ts';
import { LogIndex } from './common.ts';

export const ACCEPTABILITY_LIMITS = { points: 1_000, wordingsPerPoint: 200 } as const;

/** One point as a party marks it: for each wording (named by a version), whether it could accept it. */
export const PointMarks = z.strictObject({
  lineageId: Id,
  wordings: z
    .record(Id, z.boolean())
    .refine((w) => Object.keys(w).length > 0, 'mark at least one wording')
    .refine(
      (w) => Object.keys(w).length <= ACCEPTABILITY_LIMITS.wordingsPerPoint,
      `at most ${ACCEPTABILITY_LIMITS.wordingsPerPoint} wordings per point`,
    ),
});
export type PointMarks = z.infer<typeof PointMarks>;

/** A party's marks on a version, replaced whole on every save; a point left out is unmarked. */
export const AcceptabilityInput = z
  .strictObject({ points: z.array(PointMarks).max(ACCEPTABILITY_LIMITS.points) })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.points.forEach((p, i) => {
      if (seen.has(p.lineageId))
        ctx.addIssue({
          code: 'custom',
          path: ['points', i],
          message: `point ${p.lineageId} is marked twice`,
        });
      seen.add(p.lineageId);
    });
  });
export type AcceptabilityInput = z.infer<typeof AcceptabilityInput>;

/** What the log records (read by the party's delegates only): each answer under every version giving the wording. */
const recordFields = {
  id: Id,
  processId: Id,
  planId: Id,
  versionId: Id,
  partyId: Id,
  points: z.array(PointMarks).max(ACCEPTABILITY_LIMITS.points),
};
export const AcceptabilityRecord = z.strictObject(recordFields);
export type AcceptabilityRecord = z.infer<typeof AcceptabilityRecord>;

export const Acceptability = z.strictObject({ ...recordFields, logIndex: LogIndex });
export type Acceptability = z.infer<typeof Acceptability>;

// ---- answers (plain objects, as the analysis answers) ----

/** A wording as the marking page shows it; `key` is the version id that names it in marks. */
export const MarkableWording = z.object({
  key: z.string(),
  label: z.string(),
  /** Null for the point's absence. */
  text: z.string().nullable(),
  kind: z.enum(['variant', 'deleted', 'absent']),
  /** The versions that carry it (the first is `key`), or for the point's absence those that lack it. */
  versionIds: z.array(z.string()),
  versionLabels: z.array(z.string()),
  /** Whether this version carries it. */
  inDraft: z.boolean(),
});
export type MarkableWording = z.infer<typeof MarkableWording>;

const pointHead = {
  lineageId: z.string(),
  /** "Point 6", or "Point 6 of <version>" when the version does not carry it. */
  name: z.string(),
  number: z.string(),
  title: z.string(),
  inTarget: z.boolean(),
};

/** The caller's own marks on a version, point by point, beside every wording it can mark. */
export const OwnAcceptability = z
  .object({
    versionId: z.string(),
    partyId: z.string(),
    partyName: z.string(),
    /** False once the version is final: marks can no longer change. */
    open: z.boolean(),
    points: z.array(
      z.object({
        ...pointHead,
        wordings: z.array(MarkableWording),
        /** Keys of the wordings the party said it could accept. */
        accepted: z.array(z.string()),
        /** True when the party has answered every wording of the point (a new wording unmarks it). */
        marked: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'OwnAcceptability' });
export type OwnAcceptability = z.infer<typeof OwnAcceptability>;

/**
 * What everyone in the process reads: per point, the wordings every party accepts once every party has marked
 * the point, else only that it is waiting (no count, no names); and the packages made of those wordings.
 */
export const CommonAcceptability = z
  .object({
    versionId: z.string(),
    open: z.boolean(),
    /** The parties whose marks count: the negotiating parties the version is shared with (not who marked). */
    parties: z.array(z.object({ partyId: z.string(), name: z.string() })),
    points: z.array(
      z.discriminatedUnion('status', [
        z.object({ ...pointHead, status: z.literal('waiting') }),
        z.object({ ...pointHead, status: z.literal('revealed'), common: z.array(MarkableWording) }),
      ]),
    ),
    packages: z.object({
      /** Points whose common wordings are known; the packages choose among them only. */
      revealed: z.number().int(),
      waiting: z.number().int(),
      /** Packages of revealed points made of common wordings only (0 when some revealed point has none). */
      count: PackageCount,
      /** The common package closest to this version: the fewest points reworded (null when there is none). */
      closest: z
        .object({
          changed: z.number().int(),
          changes: z.array(PointChange),
          text: z.string(),
          /** Other packages with as few changes. */
          alternatives: z.number().int(),
        })
        .nullable(),
    }),
  })
  .meta({ id: 'CommonAcceptability' });
export type CommonAcceptability = z.infer<typeof CommonAcceptability>;
