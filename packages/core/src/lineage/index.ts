// Lineage and change sets: one module for where a point comes from and what changed between two versions.
// Imported by the web app as `@concord/core/lineage`, so it holds no schemas (no zod) at run time.
export { CHANGE_KINDS, type ChangeKind, type ChangeSet, changeSet, type PointDiff } from './change-set.ts';
export { type Derived, type DraftedPoint, deriveOperations } from './derive.ts';
export {
  LineageGraph,
  type LineagePoint,
  type LineageVersion,
  type PlanLineage,
  readingOrder,
} from './graph.ts';
export { formatAmount, quantityChanges } from './quantity-change.ts';
export {
  compareWording,
  contentOperation,
  type LanguageChanges,
  sameText,
  sameWording,
  type Wording,
  type WordingChange,
  wordingKey,
} from './wording.ts';
export {
  distinguishingSpan,
  excerpt,
  normaliseText,
  pairSpans,
  type RedlineRun,
  redline,
  type Span,
  spanLabel,
  wordsOf,
} from './words.ts';
