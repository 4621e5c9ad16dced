// The answers of the confidential analysis API (GET /api/versions/:id/domain and /analysis): core's types (the
// schemas the server documents and the engine fills), under the names the web application uses. Types only:
// nothing of zod reaches the bundle, and the engine is never imported (web talks to it over HTTP only).
export type {
  AcceptableCount,
  DomainIssue,
  DomainOption,
  IncompleteValuation,
  PartyUtility as PartyRow,
  PlanAnalysis,
  PlanDomainAnswer as DomainAnswer,
  PlanSolution as Solution,
  PointChange,
  SolutionName,
  VersionAnalysis as AnalysisAnswer,
} from '@concord/core';
