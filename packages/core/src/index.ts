export * from './briefing/index.ts';
export * from './council/index.ts';
export type { EventData, EventOf, EventType } from './events.ts';
export {
  Actor,
  ConcordEvent,
  EVENT_TYPES,
  EventScope,
  eventToAppend,
  newEvent,
  SHARED_SUBJECTS,
  SharedSubject,
} from './events.ts';
export {
  type DraftSources,
  defaultNumber,
  expandDraft,
  expandVersionDraft,
  unknownLineages,
} from './expand-version-draft.ts';
export { Id, isUuid, uuidv7, uuidv7Time } from './ids.ts';
export * from './implementation/index.ts';
export * from './lineage/index.ts';
export * from './lineage/propose/index.ts';
export {
  countParsed,
  type FoundCondition,
  type FoundQuantity,
  findConditions,
  findQuantities,
  ParsedLine,
  ParsedPlan,
  ParsedPoint,
  type ParseOptions,
  PartyNames,
  PLAIN_TEXT_LIMITS,
  parsePlan,
  partyMatcher,
} from './plain-text/index.ts';
export {
  type Action,
  abilities,
  authorize,
  can,
  type Decision,
  POLICY,
  type ResourceKind,
  type Resources,
} from './policies/policy.ts';
export { admits, PUBLIC_SCOPE, type ReadScope, readScope } from './policies/read-scope.ts';
export type { Grant } from './policies/rules.ts';
export { type EventVisibility, eventVisibility } from './policies/visibility.ts';
export * from './positions/index.ts';
export * from './precedents/index.ts';
export {
  ACCEPTABILITY_LIMITS,
  Acceptability,
  AcceptabilityInput,
  AcceptabilityRecord,
  CommonAcceptability,
  MarkableWording,
  OwnAcceptability,
  PointMarks,
} from './schemas/acceptability.ts';
export { Account, AccountCreate, type AccountCreateInput, Email, Handle } from './schemas/account.ts';
export * from './schemas/account-key.ts';
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
export {
  AUDIENCE_KINDS,
  Audience,
  AudienceChange,
  type AudienceKind,
  covers,
  describeAudience,
  intersect,
  MAX_AUDIENCE_PARTIES,
  MEDIATOR_ONLY,
  PROCESS,
  PUBLIC,
  partiesAudience,
  sameAudience,
} from './schemas/audience.ts';
export {
  CONSULTATION_KINDS,
  Consultation,
  ConsultationCreate,
  type ConsultationCreateInput,
  ConsultationKind,
  ConsultationRecord,
  DELIVERY_FORMS,
  Delivery,
  DeliveryCreate,
  type DeliveryCreateInput,
  DeliveryForm,
  DeliveryRecord,
  SourceUrl,
  STATEMENT_KINDS,
  Statement,
  StatementCreate,
  type StatementCreateInput,
  StatementKind,
  StatementRecord,
} from './schemas/briefing.ts';
export type { CommitmentCreateInput } from './schemas/commitment.ts';
export { Commitment, CommitmentCreate, CommitmentUpdate, Due } from './schemas/commitment.ts';
export {
  Category,
  Condition,
  Language,
  LIMITS,
  LogIndex,
  Multilingual,
  optionalText,
  Quantity,
  text,
} from './schemas/common.ts';
export * from './schemas/council.ts';
export {
  DEADLINE_OUTCOMES,
  Deadline,
  DeadlineClose,
  DeadlineCreate,
  type DeadlineCreateInput,
  DeadlineMove,
  DeadlineMoveRecord,
  DeadlineOutcome,
  DeadlineOutcomeKind,
  DeadlineRecord,
} from './schemas/deadline.ts';
export { DiffEntry, VersionDiff } from './schemas/diff.ts';
export * from './schemas/fund.ts';
// The monitoring forms' schemas, for the browser: '@concord/core/monitoring' also holds the CSV reader (Node's Buffer).
export {
  ACLED_EVENT_TYPES,
  IncidentInput,
  OBSERVATIONS,
  RESTRICTION_KINDS,
  ReportInput,
  RestrictionInput,
} from './schemas/incident.ts';
export {
  leadsProcess,
  MEMBERSHIP_STATUSES,
  Membership,
  MembershipChange,
  MembershipGrant,
  MembershipRecord,
  MembershipStatus,
  PARTY_ROLES,
  RANKS,
  Rank,
  ROLES,
  Role,
  valuationEnteredBy,
} from './schemas/membership.ts';
export { PARTY_KINDS, Party, PartyCreate, PartyKind, PartyUpdate } from './schemas/party.ts';
export { Plan, PlanCreate, PlanUpdate } from './schemas/plan.ts';
export {
  DERIVATION_OPERATIONS,
  Derivation,
  DerivationOperation,
  DerivationRequest,
  DerivationRequests,
  Derivations,
  Ordinal,
  Point,
  PointChanges,
  PointCreate,
  PointNumber,
  PointUpdate,
} from './schemas/point.ts';
export {
  PointPositionHistory,
  type Position,
  PositionEntity,
  PositionInput,
  type PositionInputBody,
  PositionMatrix,
  PositionRecord,
  PositionSource,
  PositionView,
  REJECTING_STANCES,
  ResurfacedFlag,
  SOURCE_KINDS,
  SourceKind,
  STANCES,
  Stance,
  SUPPORTIVE_STANCES,
  WebAddress,
} from './schemas/position.ts';
export { PlanPrecedent, PrecedentPair, PrecedentSide } from './schemas/precedent.ts';
export {
  type AccountPrincipal,
  actorOf,
  membershipsIn,
  OPERATOR,
  type OperatorPrincipal,
  type Principal,
  parseActor,
} from './schemas/principal.ts';
export { Process, ProcessCreate, ProcessUpdate } from './schemas/process.ts';
export {
  CommitmentRecord,
  PartyRecord,
  PlanRecord,
  PointRecord,
  ProcessRecord,
  VersionBundle,
} from './schemas/records.ts';
export * from './schemas/tracking.ts';
export * from './schemas/transparency.ts';
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
export {
  CommitmentRemovalRecord,
  PointRemovalRecord,
  type StoredVersion,
  VersionWithdraw,
  VersionWithdrawal,
  VersionWithdrawalRecord,
} from './schemas/withdrawal.ts';
export * from './schemas/witness.ts';
export { IsoDate, IsoUtc, isIsoDate, isIsoUtc, nowIso } from './time.ts';
export {
  allowedStatusChange,
  defaultVersionAudience,
  type FrozenReason,
  frozenBecause,
  frozenSentence,
  reachesBeyondMediators,
} from './versions/frozen.ts';
