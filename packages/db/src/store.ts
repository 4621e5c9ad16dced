// The contract of the persistence layer: one Store per database, writes only through `transact`, reads
// through repositories that return core types. The implementation lives in open-store.ts.
import type {
  Acceptability,
  Account,
  AccountCreateInput,
  Audience,
  Commitment,
  ConcordEvent,
  Consultation,
  Council,
  Deadline,
  Delivery,
  FundEntry,
  Membership,
  Milestone,
  Party,
  Plan,
  Point,
  Position,
  Principal,
  Process,
  Statement,
  StoredVersion,
  TrackedCommitment,
  Valuation,
} from '@concord/core';
import type { CaseChange, FindingRecord, NotificationRecord, RulesFile } from '@concord/core/guarantees';
import type { IncidentEntry, ReportEntry, RestrictionEntry } from '@concord/core/monitoring';
import type { HeadCheck } from './log/check-head.ts';
import type { AccountKeyRepository } from './repositories/account-keys.ts';
import type { ReleasedCopyRepository } from './repositories/released-copies.ts';
import type { WitnessRepository } from './repositories/witnesses.ts';

export type { HeadCheck };

import type {
  ChallengeRepository,
  InvitationRepository,
  PasskeyRepository,
  PasswordRepository,
  SessionRepository,
  TotpRepository,
} from './sign-in-repositories.ts';

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
  /** The process the entry is about (null for entries older than audiences, which were public). */
  processId: string | null;
  /** Who may read the body now: the audience of the object it is about (see core's EventScope). */
  audience: Audience;
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
/** Versions with their withdrawal (null while they stand): a withdrawn version is still listed and read. */
export type VersionRepository = {
  listByPlan(planId: string): Promise<StoredVersion[]>;
  get(id: string): Promise<StoredVersion | null>;
};
/** Points of a version in reading order: parents before their sub-points, siblings by ordinal. */
export type PointRepository = {
  listByVersion(versionId: string): Promise<Point[]>;
  /** Every point of every version of the plan the reader may see (versions interleaved, each in reading order). */
  listByPlan(planId: string): Promise<Point[]>;
  get(id: string): Promise<Point | null>;
};
export type CommitmentRepository = {
  listByVersion(versionId: string): Promise<Commitment[]>;
  get(id: string): Promise<Commitment | null>;
};
/** Valuations are confidential: scoped like every read to their party and the mediators. */
export type ValuationRepository = {
  /** The current valuation of each party that recorded one, ordered by party id. */
  listByPlan(planId: string): Promise<Valuation[]>;
  get(planId: string, partyId: string): Promise<Valuation | null>;
};

/**
 * Sealed acceptability marks: a scoped reader gets only the marks of the parties it is a delegate of (never a
 * mediator's view of a party); the unscoped store and a transaction read every party's, for the server to compute
 * what every party accepts without handing any row to a caller.
 */
export type AcceptabilityRepository = {
  /** The marks of each party that marked the version, ordered by party id. */
  listByVersion(versionId: string): Promise<Acceptability[]>;
  get(versionId: string, partyId: string): Promise<Acceptability | null>;
};

/** Positions, one per recording: private ones reach only their party's delegates and the mediators. */
export type PositionRepository = {
  /** Every position on the plan's points the reader may read, in history order (day taken, then log order). */
  listByPlan(planId: string): Promise<Position[]>;
  get(id: string): Promise<Position | null>;
  /** The day (YYYY-MM-DD) each of the plan's versions the reader may read was created, by version id. */
  versionDays(planId: string): Promise<Map<string, string>>;
};

/** Deliveries of versions: read by the mediators, the recipient and the intermediary that carried it. */
export type DeliveryRepository = {
  /** Oldest first. */
  listByVersion(versionId: string): Promise<Delivery[]>;
  listByProcess(processId: string): Promise<Delivery[]>;
  get(id: string): Promise<Delivery | null>;
};
/** Meetings and calls: by default the mediators and the parties present. */
export type ConsultationRepository = {
  listByProcess(processId: string): Promise<Consultation[]>;
  get(id: string): Promise<Consultation | null>;
};
/** Public statements: as public as their process. */
export type StatementRepository = {
  listByProcess(processId: string): Promise<Statement[]>;
  get(id: string): Promise<Statement | null>;
};
/** Councils with their seats, motions (by opening time) and votes, as the caller may read them. */
export type CouncilRepository = {
  listByProcess(processId: string): Promise<Council[]>;
  get(id: string): Promise<Council | null>;
  /** The council a motion belongs to (null when the motion does not exist or the council is not readable). */
  getByMotion(motionId: string): Promise<Council | null>;
};

/** Incidents (with their verification moves, oldest first), restrictions and monitoring reports of a process. */
export type MonitoringRepository = {
  /** By event date, then as logged. */
  incidents(processId: string): Promise<IncidentEntry[]>;
  incident(id: string): Promise<IncidentEntry | null>;
  restrictions(processId: string): Promise<RestrictionEntry[]>;
  reports(processId: string): Promise<ReportEntry[]>;
};

/** A process's guarantee rules (null when none are set), notifications, findings and logged case changes. */
export type GuaranteeRepository = {
  rules(processId: string): Promise<GuaranteeRules | null>;
  /** Every process that has rules, unscoped: what the guarantee runner evaluates. */
  processesWithRules(): Promise<string[]>;
  /** In log order. */
  notifications(processId: string): Promise<LoggedNotification[]>;
  findings(processId: string): Promise<LoggedFinding[]>;
  changes(processId: string): Promise<LoggedCaseChange[]>;
};
export type GuaranteeRules = {
  processId: string;
  rules: RulesFile;
  reason: string;
  setBy: string;
  setAt: string;
  logIndex: number;
};
export type LoggedNotification = NotificationRecord & { at: string; actor: string; logIndex: number };
export type LoggedFinding = FindingRecord & { actor: string; logIndex: number };
export type LoggedCaseChange = {
  case: string;
  rule: string;
  seq: number;
  change: CaseChange;
  loggedAt: string;
  logIndex: number;
};

/** Commitments under implementation tracking (with their statuses, oldest first) and a process's milestones. */
export type TrackingRepository = {
  listByProcess(processId: string): Promise<TrackedCommitment[]>;
  get(commitmentId: string): Promise<TrackedCommitment | null>;
  /** By the time they occurred. */
  milestones(processId: string): Promise<Milestone[]>;
};

/** Funds with their operations in log order, as the caller may read them (through their process). */
export type FundRepository = {
  listByProcess(processId: string): Promise<FundEntry[]>;
  get(fundId: string): Promise<FundEntry | null>;
};

/** Deadlines with their moves, ordered by due time. */
export type DeadlineRepository = {
  listByProcess(processId: string): Promise<Deadline[]>;
  get(id: string): Promise<Deadline | null>;
};

export type MembershipRepository = {
  /** The process's memberships the reader may see, every status, ordered by id. */
  listByProcess(processId: string): Promise<Membership[]>;
  get(id: string): Promise<Membership | null>;
  /** Every membership of one account, unscoped: what a principal is made of. */
  listByAccount(accountId: string): Promise<Membership[]>;
};

/**
 * Accounts (people): configuration beside the log. Each call commits on its own. `create` throws StoreError
 * BAD_INPUT for an invalid name, handle or e-mail, CONFLICT for a handle or e-mail already taken.
 */
export type AccountRepository = {
  create(input: AccountCreateInput, meta: { id: string; at: string }): Promise<Account>;
  get(id: string): Promise<Account | null>;
  byHandle(handle: string): Promise<Account | null>;
  /** The account a sign-in form names: by e-mail address when the login holds '@', else by handle. */
  byLogin(login: string): Promise<Account | null>;
  list(): Promise<Account[]>;
  setMayOpenProcesses(id: string, may: boolean): Promise<boolean>;
  /** true when the account was active and is now disabled. */
  disable(id: string, at: string): Promise<boolean>;
};

export type ApiTokenSummary = {
  id: string;
  accountId: string;
  membershipId: string;
  label: string;
  createdAt: string;
  revokedAt: string | null;
};

/**
 * Personal API tokens: configuration beside the log, stored as hashes only (the server makes the secret and
 * shows it once). Each call commits on its own, so a revocation holds for the next request.
 */
export type ApiTokenRepository = {
  add(token: Omit<ApiTokenSummary, 'revokedAt'> & { tokenHash: string }): Promise<void>;
  /** The active token with this hash, or null (unknown, revoked, malformed). */
  resolve(tokenHash: string): Promise<ApiTokenSummary | null>;
  /** One token by id, revoked or not (never its hash), or null. */
  get(id: string): Promise<ApiTokenSummary | null>;
  /** Every token, or one account's, revoked ones included, oldest first. */
  list(accountId?: string): Promise<ApiTokenSummary[]>;
  /** true when the token was active and is now revoked. */
  revoke(id: string, at: string): Promise<boolean>;
};

export type LogReader = {
  size(): Promise<number>;
  /** null when the index is beyond the log. */
  entry(index: number): Promise<LogEntry | null>;
  /** Entries [from, from + limit) that exist, in order; limit is capped at 1000. */
  entries(from: number, limit: number): Promise<LogEntry[]>;
  /** The entries about one object (its events' scope names it as subject), oldest first; limit capped at 1000. */
  about(subjectId: string, limit: number): Promise<LogEntry[]>;
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
  positions: PositionRepository;
  acceptability: AcceptabilityRepository;
  deliveries: DeliveryRepository;
  consultations: ConsultationRepository;
  statements: StatementRepository;
  deadlines: DeadlineRepository;
  councils: CouncilRepository;
  tracking: TrackingRepository;
  monitoring: MonitoringRepository;
  guarantees: GuaranteeRepository;
  funds: FundRepository;
  keys: AccountKeyRepository;
  copies: ReleasedCopyRepository;
  memberships: MembershipRepository;
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

/**
 * The store's top-level repositories read every row: for commands, the operator's tools and tests. Whatever
 * answers a caller reads through `readAs(principal)`, whose queries hold only rows the caller may read.
 */
export type Store = Repositories & {
  /** The repositories as `principal` (null: the public) may read them, scoped in SQL. */
  readAs(principal: Principal | null): Repositories;
  /** Not on Tx: accounts and tokens are not part of the log and are never written inside a logging transaction. */
  accounts: AccountRepository;
  apiTokens: ApiTokenRepository;
  /** Sign-in, beside the log like accounts (each call commits on its own): see sign-in-repositories.ts. */
  passwords: PasswordRepository;
  totp: TotpRepository;
  passkeys: PasskeyRepository;
  sessions: SessionRepository;
  challenges: ChallengeRepository;
  /** Invitations and one-time sign-in links (single use, with expiry), beside the log like sessions. */
  invitations: InvitationRepository;
  /** Witnesses of the log and the cosignatures they posted, beside the log (each call commits on its own). */
  witnesses: WitnessRepository;
  /**
   * Runs `fn` in one database transaction, as if alone. Writers are serialised, so log indexes are dense and
   * ordered; concurrent writers are committed in groups (one transaction, each `fn` behind its own savepoint), and
   * one checkpoint for the new size is signed and stored before the commit. If `fn` throws, nothing of it is kept
   * and the error is rethrown; the promise settles only after the commit, so a resolved write is durable.
   */
  transact<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * The log's size as the last commit left it, for readers that key answers by it. On PGlite one process holds the
   * data directory, so the size is kept in memory and moved on at each commit (no query); on PostgreSQL other
   * processes may append, so the database is asked.
   */
  committedSize(): Promise<number>;
  /**
   * How many changes beside the log this store has made, by what they touch: `credentials` (a token revoked, a
   * session ended, an account disabled or its rights changed) and `witnesses` (a witness registered, a
   * cosignature added, which change the checkpoint and bundle answers). With the committed size, they tell a
   * reader in this process whether what it remembered still holds.
   */
  changesBesideLog(): { credentials: number; witnesses: number };
  /** Recomputes every leaf and node from the stored events and checks every stored checkpoint. */
  checkLog(): Promise<CheckLogResult>;
  /**
   * The log's end alone, in O(log n) reads (log/check-head.ts): the latest checkpoint is for exactly the stored
   * entries, signed by this log's key, with the root of the stored tree's edge, and the last entry hashes to its
   * leaf. Start-up runs it before serving.
   */
  checkHead(): Promise<HeadCheck>;
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
  /**
   * At most this many concurrent writes committed together (default 64); 1 commits each write alone, as before
   * group commit (benchmarks compare both in one run).
   */
  writeGroup?: number;
};
