export type { StoreErrorCode } from './errors.ts';
export { StoreError } from './errors.ts';
export { openStore } from './open-store.ts';
export type {
  AccessKeyRepository,
  AccessKeySummary,
  CheckLogResult,
  CommitmentRepository,
  GrantedAccessKey,
  LogEntry,
  LogReader,
  OpenStoreOptions,
  PartyRepository,
  PlanRepository,
  PointRepository,
  ProcessRepository,
  RebuildResult,
  Repositories,
  ResolvedAccessKey,
  Store,
  StoredCheckpoint,
  Tx,
  ValuationRepository,
  VersionRepository,
} from './store.ts';
export type { DatabaseTarget, TestStoreOptions } from './testing.ts';
export { databaseTargets, openScratchPostgresStore } from './testing.ts';
