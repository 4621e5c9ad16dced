export type { StoreErrorCode } from './errors.ts';
export { StoreError } from './errors.ts';
export { openStore } from './open-store.ts';
export type {
  ChallengePurpose,
  ChallengeRepository,
  ConsumedChallenge,
  IssuedChallenge,
  Passkey,
  PasskeyRepository,
  PasskeySummary,
  PasswordRepository,
  Session,
  SessionRepository,
  SignInRepositories,
  TotpCheck,
  TotpRepository,
  TotpStatus,
} from './sign-in-repositories.ts';
export type {
  AccountRepository,
  ApiTokenRepository,
  ApiTokenSummary,
  CheckLogResult,
  CommitmentRepository,
  LogEntry,
  LogReader,
  MembershipRepository,
  OpenStoreOptions,
  PartyRepository,
  PlanRepository,
  PointRepository,
  ProcessRepository,
  RebuildResult,
  Repositories,
  Store,
  StoredCheckpoint,
  Tx,
  ValuationRepository,
  VersionRepository,
} from './store.ts';
export type { DatabaseTarget, TestStoreOptions } from './testing.ts';
export { databaseTargets, openScratchPostgresStore } from './testing.ts';
