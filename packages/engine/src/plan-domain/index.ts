export {
  ABSENT_LABEL,
  buildPlanDomain,
  DELETED_LABEL,
  PlanDomainError,
  type PlanDomainInput,
} from './build-plan-domain.ts';
export {
  type ChangeDescription,
  describeChange,
  outcomeFromLabels,
  type PointChange,
} from './describe-change.ts';
export type { IssueMeta, OptionMeta, PlanDomain } from './types.ts';
