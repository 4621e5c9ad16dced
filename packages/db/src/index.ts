export type { StoreErrorCode } from './errors.ts';
export { StoreError } from './errors.ts';
export { openStore } from './open-store.ts';
export type {
  CheckLogResult,
  CommitmentRepository,
  LogEntry,
  LogReader,
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
  VersionRepository,
} from './store.ts';
export type { DatabaseTarget, TestStoreOptions } from './testing.ts';
export { databaseTargets, openScratchPostgresStore } from './testing.ts';
