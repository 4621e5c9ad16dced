export { type AppOptions, createApp, DEFAULT_BODY_LIMIT } from './app.ts';
export * from './commands/index.ts';
export { type IssuedSignInLink, issueSignInLink } from './commands/issue-sign-in-link.ts';
export { readVersionDiff } from './commands/read-version-diff.ts';
export {
  type DemoLoad,
  type DemoPerson,
  type DemoToken,
  findDemoPeople,
  issueDemoTokens,
  loadDemo,
  readDemoFixtures,
} from './demo/index.ts';
export { loadPrincipal } from './http/principal.ts';
export { DEFAULT_RATE_LIMITS, type RateLimits } from './http/rate-limit.ts';
export { DEFAULT_WEB_ROOT } from './http/static-web.ts';
export { type FieldError, type Problem, ProblemError } from './problems.ts';
export { type RunningServer, type ServerOptions, startServer } from './serve.ts';
export type { PlanDetail, ProcessDetail, VersionDetail } from './types.ts';
