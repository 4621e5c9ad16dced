// Lineage proposals: each point of a new version with the derivation Concord proposes, for a person to confirm.
export { proposeLineage } from './propose-lineage.ts';
export type { CandidatePoint, LineageProposal, ProposeLineageInput } from './types.ts';
