import { z } from 'zod';
import { Id } from '../ids.ts';
import {
  Category,
  Condition,
  LIMITS,
  LogIndex,
  MULTILINE,
  Multilingual,
  nonEmptyPatch,
  optionalText,
  Quantity,
  text,
} from './common.ts';

/** Display number as printed in the text: "6", "6.a", "12bis". */
export const PointNumber = text(20);
export const Ordinal = z.number().int().nonnegative().max(LIMITS.pointsPerVersion);

const Categories = z.array(Category).max(LIMITS.categories, `at most ${LIMITS.categories} categories`);
const Quantities = z.array(Quantity).max(LIMITS.quantities, `at most ${LIMITS.quantities} quantities`);
const Conditions = z.array(Condition).max(LIMITS.conditions, `at most ${LIMITS.conditions} conditions`);

/**
 * How a point was derived from a point of an earlier version of the same plan. A point with no derivation was
 * inserted. `restore` brings back a point its parent version had dropped; a point taken from another branch
 * says how its wording relates to the point it was taken from (keep, renumber or amend).
 */
export const DERIVATION_OPERATIONS = ['keep', 'renumber', 'amend', 'split', 'merge', 'restore'] as const;
export const DerivationOperation = z.enum(DERIVATION_OPERATIONS);
export type DerivationOperation = z.infer<typeof DerivationOperation>;

export const Derivation = z.strictObject({ pointId: Id, operation: DerivationOperation });
export type Derivation = z.infer<typeof Derivation>;

/** Edges to the points this one comes from; several for a merge. Events written before edges existed have none. */
export const Derivations = z
  .array(Derivation)
  .max(LIMITS.derivations, `at most ${LIMITS.derivations} points merged into one`)
  .refine(
    (ds) => new Set(ds.map((d) => d.pointId)).size === ds.length,
    'a point is derived from another once',
  );

/**
 * A numbered point of one version. `derivedFrom` is its place in the plan's lineage graph (see lineage/ for how
 * it is read). `lineageId` is the identity it keeps across versions: its first source's lineage (the first
 * point of a lineage uses its own id), so a split's parts share the lineage and a merge keeps its first source's.
 */
const PointNote = optionalText(LIMITS.shortText, MULTILINE);

export const Point = z.strictObject({
  id: Id,
  versionId: Id,
  lineageId: Id,
  parentPointId: Id.nullable(),
  derivedFrom: Derivations.default([]),
  ordinal: Ordinal,
  number: PointNumber,
  text: Multilingual,
  categories: Categories,
  quantities: Quantities,
  conditions: Conditions,
  /** An editor's remark about the point (what a source leaves unclear), kept apart from its wording. */
  note: PointNote.default(''),
  logIndex: LogIndex,
});
export type Point = z.infer<typeof Point>;

/**
 * A derivation as an author writes it: the source point, and optionally the operation meant. The server names
 * the operation from the graph and the wordings and refuses a stated one the content contradicts.
 */
export const DerivationRequest = z.strictObject({ pointId: Id, operation: DerivationOperation.optional() });
export type DerivationRequest = z.infer<typeof DerivationRequest>;
export const DerivationRequests = z
  .array(DerivationRequest)
  .max(LIMITS.derivations, `at most ${LIMITS.derivations} points merged into one`)
  .refine(
    (ds) => new Set(ds.map((d) => d.pointId)).size === ds.length,
    'a point is derived from another once',
  );

/** Adds one point to an existing version; without `number`/`ordinal` it goes last among its siblings. */
export const PointCreate = z.strictObject({
  number: PointNumber.optional(),
  /** Older form of `derivedFrom`: continue the parent version's point of this lineage. */
  lineageId: Id.optional(),
  derivedFrom: DerivationRequests.optional(),
  parentPointId: Id.nullable().default(null),
  ordinal: Ordinal.optional(),
  text: Multilingual,
  categories: Categories.default([]),
  quantities: Quantities.default([]),
  conditions: Conditions.default([]),
  note: PointNote.default(''),
});
export type PointCreate = z.infer<typeof PointCreate>;

export const PointUpdate = nonEmptyPatch({
  number: PointNumber,
  ordinal: Ordinal,
  text: Multilingual,
  categories: Categories,
  quantities: Quantities,
  conditions: Conditions,
  note: PointNote,
  derivedFrom: DerivationRequests,
});
export type PointUpdate = z.infer<typeof PointUpdate>;

/** What a `point.updated` event records: the patch as named by the server (operations filled in, lineage set). */
export const PointChanges = nonEmptyPatch({
  number: PointNumber,
  ordinal: Ordinal,
  text: Multilingual,
  categories: Categories,
  quantities: Quantities,
  conditions: Conditions,
  note: PointNote,
  derivedFrom: Derivations,
  lineageId: Id,
});
export type PointChanges = z.infer<typeof PointChanges>;

export const pointCollections = {
  Categories,
  Quantities,
  Conditions,
  Derivations,
  DerivationRequests,
  PointNote,
};
