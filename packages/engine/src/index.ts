// E1: model

export {
  type AnalysisPhase,
  type AnalysisResult,
  type AnalyzeOptions,
  analyzeScenario,
  type FrontierStatus,
} from './analyze-scenario.ts';
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
export type { Frontier, FrontierOptions, FrontierOverLimit, FrontierResult } from './frontier/types.ts';
export * from './model.ts';
// E1: solutions and the whole analysis
export { solutionContext } from './solutions/context.ts';
export { egalitarianPoints } from './solutions/egalitarian.ts';
export { equalUtilityPoints } from './solutions/equal-utility.ts';
export { kalaiSmorodinskyPoints } from './solutions/kalai-smorodinsky.ts';
export { maxWelfarePoints } from './solutions/max-welfare.ts';
export { nashPoints } from './solutions/nash.ts';
export { type Solution, type Solutions, solveFrontier } from './solutions/solve-frontier.ts';
