// The contract of the persistence layer: one Store per database, writes only through `transact`, reads
// through repositories that return core types. The implementation lives in open-store.ts.
import type {
  Commitment,
  ConcordEvent,
  Party,
  Plan,
  Point,
  Principal,
  Process,
  Valuation,
  Version,
} from '@concord/core';

/** One stored log entry: the event exactly as hashed, its salt, and the RFC 6962 leaf hash. */
export type LogEntry = {
  index: number;
  eventId: string;
  type: ConcordEvent['type'];
  event: ConcordEvent;
  /** The RFC 8785 text that was hashed (what a verifier must hash again). */
  canonical: string;
  salt: Uint8Array;
  leafHash: Uint8Array;
  committedAt: string;
};

/** A signed checkpoint (C2SP tlog-checkpoint in a signed note) for a tree size. */
export type StoredCheckpoint = { note: string; size: number; rootHash: Uint8Array };

export type ProcessRepository = { list(): Promise<Process[]>; get(id: string): Promise<Process | null> };
export type PartyRepository = {
  listByProcess(processId: string): Promise<Party[]>;
  get(id: string): Promise<Party | null>;
};
export type PlanRepository = {
  listByProcess(processId: string): Promise<Plan[]>;
  get(id: string): Promise<Plan | null>;
};
export type VersionRepository = {
  listByPlan(planId: string): Promise<Version[]>;
  get(id: string): Promise<Version | null>;
};
/** Points of a version in reading order: parents before their sub-points, siblings by ordinal. */
export type PointRepository = {
  listByVersion(versionId: string): Promise<Point[]>;
  get(id: string): Promise<Point | null>;
};
export type CommitmentRepository = {
  listByVersion(versionId: string): Promise<Commitment[]>;
  get(id: string): Promise<Commitment | null>;
};
/** Valuations are confidential: the repository returns them all; callers decide who may read which. */
export type ValuationRepository = {
  /** The current valuation of each party that recorded one, ordered by party id. */
  listByPlan(planId: string): Promise<Valuation[]>;
  get(planId: string, partyId: string): Promise<Valuation | null>;
};

/** A granted key, as returned once by `grant` (the key itself is never stored and cannot be read again). */
export type GrantedAccessKey = {
  id: string;
  key: string;
  principal: Principal;
  label: string;
  createdAt: string;
};
export type ResolvedAccessKey = { id: string; principal: Principal; label: string };
export type AccessKeySummary = {
  id: string;
  principal: Principal;
  label: string;
  createdAt: string;
  revokedAt: string | null;
};

/**
 * Access keys: operational configuration, not logged. Each call is its own committed statement or transaction,
 * so a grant or revoke is durable when its promise resolves.
 */
export type AccessKeyRepository = {
  /** Throws StoreError BAD_INPUT (invalid principal or label) or CONFLICT (unknown process or party). */
  grant(input: { principal: Principal; label: string }): Promise<GrantedAccessKey>;
  /** null for a malformed, unknown or revoked key. */
  resolve(key: string): Promise<ResolvedAccessKey | null>;
  /** Every key ever granted, revoked ones included, oldest first. */
  list(): Promise<AccessKeySummary[]>;
  /** true when the key was active and is now revoked; false when unknown or already revoked. */
  revoke(id: string): Promise<boolean>;
};

export type LogReader = {
  size(): Promise<number>;
  /** null when the index is beyond the log. */
  entry(index: number): Promise<LogEntry | null>;
  /** Entries [from, from + limit) that exist, in order; limit is capped at 1000. */
  entries(from: number, limit: number): Promise<LogEntry[]>;
  /** The newest signed checkpoint. Inside a transaction: the one before it (its own is signed at commit). */
  latestCheckpoint(): Promise<StoredCheckpoint>;
  /** RFC 9162 inclusion proof of `index` in the tree of `size` (size ≤ log size, index < size). */
  inclusionProof(index: number, size: number): Promise<Uint8Array[]>;
  /** RFC 9162 consistency proof from size1 to size2 (size1 ≤ size2 ≤ log size). */
  consistencyProof(size1: number, size2: number): Promise<Uint8Array[]>;
  /** The note verifier key of this log: `<origin>+<keyid hex8>+<base64>`. */
  readonly verifierKey: string;
  readonly origin: string;
};

export type Repositories = {
  processes: ProcessRepository;
  parties: PartyRepository;
  plans: PlanRepository;
  versions: VersionRepository;
  points: PointRepository;
  commitments: CommitmentRepository;
  valuations: ValuationRepository;
  log: LogReader;
};

/** A transaction: reads see its own writes; `appendEvent` logs and projects one event. */
export type Tx = Repositories & {
  appendEvent(event: ConcordEvent): Promise<LogEntry>;
};

export type CheckLogResult =
  | { ok: true; size: number; checkpoints: number }
  | { ok: false; index: number; eventId?: string; reason: string };

export type RebuildResult = { equal: boolean; differences: string[] };

export type Store = Repositories & {
  /** Not on Tx: keys are not part of the log and are never written inside a logging transaction. */
  accessKeys: AccessKeyRepository;
  /**
   * Runs `fn` in one database transaction. Writers are serialised, so log indexes are dense and ordered.
   * If `fn` appended events, one checkpoint for the new size is signed and stored before commit. If `fn`
   * throws, nothing is kept and the error is rethrown.
   */
  transact<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Recomputes every leaf and node from the stored events and checks every stored checkpoint. */
  checkLog(): Promise<CheckLogResult>;
  /** Replays the log into fresh tables and compares them with the stored read tables (changes nothing). */
  rebuildProjections(): Promise<RebuildResult>;
  /** 'pglite' or 'postgres'. */
  readonly dialect: 'pglite' | 'postgres';
  close(): Promise<void>;
};

export type OpenStoreOptions = {
  /** PGlite data directory and home of `log-signer.key` (default `./.concord`). */
  dataDir?: string;
  /** PostgreSQL 15+ connection string; when set the data lives there (the key still lives in dataDir). */
  databaseUrl?: string;
  /** Checkpoint origin line and key name (default `concord.local/log`). */
  origin?: string;
};
