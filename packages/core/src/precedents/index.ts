// Precedents: the points of two plans from different processes aligned by category and key terms.
export {
  ALIGN_THRESHOLD,
  ALIGN_WEIGHTS,
  type AlignedPair,
  type AlignOptions,
  alignPlans,
  type PlanAlignment,
} from './align-plans.ts';
export { CONCEPTS, foldConcepts } from './concepts.ts';
export { type NamedParty, neutraliser, PLACEHOLDER_LABELS, PLACEHOLDERS } from './neutralise.ts';
