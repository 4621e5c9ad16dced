export {
  type AnalyzePlanOptions,
  analyzePlan,
  CHART_SAMPLE_SIZE,
  DEFAULT_CHART_FRONTIER_LIMIT,
  PLAN_FRONTIER_BUDGET,
} from './analyze-plan.ts';
export {
  ABSENT_LABEL,
  buildPlanDomain,
  DELETED_LABEL,
  PlanDomainError,
  type PlanDomainInput,
  type WordingGroup,
  wordingGroups,
} from './build-plan-domain.ts';
export {
  type CommonPackages,
  commonPackages,
  directClosest,
  directCount,
} from './common-packages.ts';
export {
  type ChangeDescription,
  describeChange,
  outcomeFromLabels,
  type PointChange,
} from './describe-change.ts';
export {
  NO_CHANGE_TEXT,
  type PlanAnalysis,
  type PlanSmallestChange,
  type PlanSolution,
  type SolutionName,
} from './plan-analysis.ts';
export { type PlanParty, type PlanScenario, planScenario, type ValuationLike } from './plan-scenario.ts';
export type { IssueMeta, OptionMeta, PlanDomain } from './types.ts';
export { weighedDomain } from './weighed-domain.ts';
