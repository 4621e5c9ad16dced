// Lineage proposals: each point of a new version with the derivation Concord proposes, for a person to confirm.
// The other exports are pieces that precedents (../../precedents) reuses to align plans of different processes.
export { assignOneToOne } from './assign.ts';
export { fullTexts } from './full-text.ts';
export { proposeLineage } from './propose-lineage.ts';
export { categoryKey, compareQuantities, quantityLabel } from './signals.ts';
export { cosineMatrix, type TextVectors, vectorise } from './tf-idf.ts';
export { termsOf } from './tokens.ts';
export type { CandidatePoint, LineageProposal, ProposeLineageInput } from './types.ts';
