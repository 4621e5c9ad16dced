// Guarantees: rules as data (a trigger, timed steps, consequences) evaluated over a timeline into cases.

export { caseStates, type LoggedCase } from './case-states.ts';
export { type Problem, ruleProblems } from './check-rule.ts';
export { type Anchor, DAY_MS, deadlineAfter } from './day-count.ts';
export { type EvaluateOptions, evaluateRules } from './evaluate-rules.ts';
export { CaseChange, Evaluation, GuaranteeCase, UnplacedEvent } from './guarantee-case.ts';
export { Instant } from './instant.ts';
export {
  type DatedNotification,
  type Divergence,
  type LoggedChange,
  type NewChange,
  type PlatformFacts,
  platformTimeline,
  type Reconciliation,
  reconcileCases,
} from './live-cases.ts';
export {
  CaseChangeRecord,
  FindingInput,
  type FindingInputBody,
  FindingRecord,
  GuaranteeRulesRecord,
  NotificationInput,
  type NotificationInputBody,
  NotificationRecord,
} from './live-records.ts';
export { formatPath, type Read, readRulesFile, readTimelineFile } from './read-guarantee-files.ts';
export {
  CONSEQUENCE_KINDS,
  Consequence,
  DAY_COUNTS,
  DEADLINE_ANCHORS,
  GUARANTEE_LIMITS,
  RULES_FORMAT,
  Rule,
  RuleKey,
  RulesFile,
  Step,
  Transition,
  Trigger,
  VERIFICATION_STATUSES,
} from './rules-file.ts';
export { CaseId, TIMELINE_FORMAT, TIMELINE_LIMITS, TimelineEvent, TimelineFile } from './timeline-file.ts';
