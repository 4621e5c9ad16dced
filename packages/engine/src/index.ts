// E1: model

export {
  AdjustedWinnerInputError,
  type AdjustedWinnerResult,
  adjustedWinner,
  type IssueAward,
  type PointAllocation,
  type TieRule,
} from './adjusted-winner/adjusted-winner.ts';
export {
  type AnalysisAnswers,
  type AnalysisPhase,
  type AnalysisResult,
  type AnalyzeOptions,
  AUTO_FRONTIER_LIMIT,
  analyzeScenario,
  type DraftUtilities,
  FRONTIER_SAMPLE_SIZE,
  type FrontierMode,
  type FrontierStatus,
} from './analyze-scenario.ts';
export {
  type ChangeCandidate,
  type ChangeOptions,
  checkDraft,
  type IssueChange,
  type SmallestChange,
  SmallestChangeStopped,
  smallestChange,
} from './change/smallest-change.ts';
export { ACCEPT_TOLERANCE, isAcceptable } from './count/acceptable.ts';
export {
  type AcceptableCount,
  acceptableCountToJson,
  type CountOptions,
  countAcceptable,
} from './count/count-acceptable.ts';
// E1: formats
export {
  CONCORD_FORMAT,
  type ConcordJson,
  isConcordJson,
  readConcordJson,
  writeConcordJson,
} from './formats/concord-json.ts';
export {
  type GeniusDomain,
  readGeniusDomain,
  readGeniusProfile,
  type Semantics,
} from './formats/genius-xml.ts';
export { readGeniusWebDomain, readGeniusWebProfile } from './formats/geniusweb-json.ts';
export {
  type LoadOptions,
  loadScenario,
  type SourceFile,
  scenarioFromFiles,
} from './formats/load-scenario.ts';
export { type GeniusXmlFiles, writeGeniusXml } from './formats/write-genius-xml.ts';
// E1: frontier
export { enumerateFrontier } from './frontier/enumerate-frontier.ts';
export { mergeFrontier } from './frontier/merge-frontier.ts';
export { paretoFrontier } from './frontier/pareto-frontier.ts';
export { type FrontierSample, sampleFrontier } from './frontier/sample-frontier.ts';
export type { Frontier, FrontierOptions, FrontierOverLimit, FrontierResult } from './frontier/types.ts';
export * from './model.ts';
export { optimizeEgalitarian } from './optimize/optimize-egalitarian.ts';
export { optimizeNash } from './optimize/optimize-nash.ts';
export type { Optimum, OptimumPoint } from './optimize/solve-concave.ts';
export * from './plan-domain/index.ts';
export {
  createEnginePool,
  type EnginePool,
  type EnginePoolOptions,
  EngineRunError,
  type EngineRunErrorCode,
  type RunOptions,
} from './pool/engine-pool.ts';
export type { EngineTask, Progress } from './pool/tasks.ts';
// E1: solutions and the whole analysis
export { solutionContext } from './solutions/context.ts';
export { egalitarianPoints } from './solutions/egalitarian.ts';
export { equalUtilityPoints } from './solutions/equal-utility.ts';
export { kalaiSmorodinskyPoints } from './solutions/kalai-smorodinsky.ts';
export { maxWelfarePoints } from './solutions/max-welfare.ts';
export { nashPoints } from './solutions/nash.ts';
export { type Solution, type Solutions, solveFrontier } from './solutions/solve-frontier.ts';
