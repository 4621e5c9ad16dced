// Implementation: commitments of an agreed version tracked on the Peace Accords Matrix scale (0–3), due rules
// resolved against milestones, progress rolled up from weighted sub-commitments, compliance per party over time.
export {
  type ComplianceNode,
  type CompliancePoint,
  type ComplianceSeries,
  complianceSeries,
} from './compliance.ts';
export { describeDue, isOverdue, type ResolvedDue, resolveDue } from './due.ts';
export { type ProgressNode, progressOn, scoreOn, statusOn, weightedMean } from './progress.ts';
export {
  type CommitmentState,
  commitmentTimeline,
  type ImplementationView,
  implementationView,
} from './view.ts';
