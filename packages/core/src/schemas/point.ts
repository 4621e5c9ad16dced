import { z } from 'zod';
import { Id } from '../ids.ts';
import {
  Category,
  Condition,
  LIMITS,
  LogIndex,
  Multilingual,
  nonEmptyPatch,
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
 * A numbered point of one version. `lineageId` is the identity a point keeps across versions (renumbered,
 * amended, moved): the first point of a lineage uses its own id; later versions continue it.
 */
export const Point = z.strictObject({
  id: Id,
  versionId: Id,
  lineageId: Id,
  parentPointId: Id.nullable(),
  ordinal: Ordinal,
  number: PointNumber,
  text: Multilingual,
  categories: Categories,
  quantities: Quantities,
  conditions: Conditions,
  logIndex: LogIndex,
});
export type Point = z.infer<typeof Point>;

/** Adds one point to an existing version; without `number`/`ordinal` it goes last among its siblings. */
export const PointCreate = z.strictObject({
  number: PointNumber.optional(),
  lineageId: Id.optional(),
  parentPointId: Id.nullable().default(null),
  ordinal: Ordinal.optional(),
  text: Multilingual,
  categories: Categories.default([]),
  quantities: Quantities.default([]),
  conditions: Conditions.default([]),
});
export type PointCreate = z.infer<typeof PointCreate>;

export const PointUpdate = nonEmptyPatch({
  number: PointNumber,
  ordinal: Ordinal,
  text: Multilingual,
  categories: Categories,
  quantities: Quantities,
  conditions: Conditions,
});
export type PointUpdate = z.infer<typeof PointUpdate>;

export const pointCollections = { Categories, Quantities, Conditions };
