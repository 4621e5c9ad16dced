export type { EventData, EventOf, EventType } from './events.ts';
export { Actor, ConcordEvent, EVENT_TYPES, newEvent } from './events.ts';
export { defaultNumber, expandVersionDraft, unknownLineages } from './expand-version-draft.ts';
export { Id, isUuid, uuidv7, uuidv7Time } from './ids.ts';
export {
  type Audience,
  analysisScope,
  canRead,
  canRecordValuation,
  eventAudience,
  PUBLIC,
} from './policies/visibility.ts';
export {
  AcceptableCount,
  ChangeDescription,
  DISAGREEMENTS,
  Disagreement,
  DomainIssue,
  DomainOption,
  FullAnalysis,
  IncompleteValuation,
  OPTION_KINDS,
  OwnAnalysis,
  PackageCount,
  PartyRef,
  PartyUtility,
  PlanAnalysis,
  PlanDomainAnswer,
  PlanSmallestChange,
  PlanSolution,
  PointChange,
  SOLUTION_NAMES,
  SolutionName,
  VersionAnalysis,
} from './schemas/analysis.ts';
export type { CommitmentCreateInput } from './schemas/commitment.ts';
export { Commitment, CommitmentCreate, CommitmentUpdate, Due } from './schemas/commitment.ts';
export {
  Category,
  Condition,
  Language,
  LIMITS,
  LogIndex,
  Multilingual,
  Quantity,
} from './schemas/common.ts';
export { PARTY_KINDS, Party, PartyCreate, PartyKind, PartyUpdate } from './schemas/party.ts';
export { Plan, PlanCreate, PlanUpdate } from './schemas/plan.ts';
export { Ordinal, Point, PointCreate, PointNumber, PointUpdate } from './schemas/point.ts';
export { actorOf, Principal } from './schemas/principal.ts';
export { Process, ProcessCreate, ProcessUpdate } from './schemas/process.ts';
export {
  CommitmentRecord,
  PartyRecord,
  PlanRecord,
  PointRecord,
  ProcessRecord,
  VersionBundle,
} from './schemas/records.ts';
export {
  PointValuation,
  UnitInterval,
  VALUATION_AUTHORS,
  VALUATION_LIMITS,
  Valuation,
  ValuationInput,
  ValuationRecord,
} from './schemas/valuation.ts';
export type { VersionCreateInput } from './schemas/version.ts';
export {
  countDraft,
  PointDraft,
  VERSION_STATUSES,
  Version,
  VersionCreate,
  VersionStatus,
  VersionUpdate,
} from './schemas/version.ts';
export { IsoDate, IsoUtc, isIsoDate, isIsoUtc, nowIso } from './time.ts';
