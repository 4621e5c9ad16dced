// Assembles a Store on a connected database: migrates, registers the signing key, makes sure the empty log has
// its size-0 checkpoint, and serialises writers (PGlite's connection mutex; an advisory lock on PostgreSQL).
import { type ReadScope, readScope } from '@concord/core';
import { emptyRoot } from '@concord/ledger';
import { type Kysely, sql, type Transaction } from 'kysely';
import { toDbBytes } from './bytes.ts';
import type { Connection } from './connect.ts';
import { StoreError } from './errors.ts';
import { checkHead } from './log/check-head.ts';
import { checkLog } from './log/check-log.ts';
import { createLogReader } from './log/log-reader.ts';
import { type LogHead, LogWriter } from './log/log-writer.ts';
import { signCheckpoint } from './log/sign-checkpoint.ts';
import { type LogSigner, registerSigner } from './log/signer.ts';
import { groupIn, writeGroups } from './log/write-groups.ts';
import { migrate } from './migrate.ts';
import { rebuildProjections } from './rebuild-projections.ts';
import { acceptabilityRepository } from './repositories/acceptability.ts';
import { accountKeyRepository } from './repositories/account-keys.ts';
import { accountRepository } from './repositories/accounts.ts';
import { apiTokenRepository } from './repositories/api-tokens.ts';
import { consultationRepository, deliveryRepository, statementRepository } from './repositories/briefing.ts';
import { commitmentRepository } from './repositories/commitments.ts';
import { councilRepository } from './repositories/councils.ts';
import { deadlineRepository } from './repositories/deadlines.ts';
import { fundRepository } from './repositories/fund.ts';
import { guaranteeRepository } from './repositories/guarantees.ts';
import { membershipRepository } from './repositories/memberships.ts';
import { monitoringRepository } from './repositories/monitoring.ts';
import { partyRepository } from './repositories/parties.ts';
import { planRepository } from './repositories/plans.ts';
import { pointRepository } from './repositories/points.ts';
import { positionRepository } from './repositories/positions.ts';
import { processRepository } from './repositories/processes.ts';
import { releasedCopyRepository } from './repositories/released-copies.ts';
import { ALL_ROWS } from './repositories/scope.ts';
import { trackingRepository } from './repositories/tracking.ts';
import { valuationRepository } from './repositories/valuations.ts';
import { versionRepository } from './repositories/versions.ts';
import { witnessRepository } from './repositories/witnesses.ts';
import type { Database } from './schema.ts';
import { signInRepositories } from './sign-in-repositories.ts';
import type { LogReader, Repositories, Store, Tx } from './store.ts';

function repositories(db: Kysely<Database>, log: LogReader, scope: ReadScope = ALL_ROWS): Repositories {
  return {
    processes: processRepository(db, scope),
    parties: partyRepository(db, scope),
    plans: planRepository(db, scope),
    versions: versionRepository(db, scope),
    points: pointRepository(db, scope),
    commitments: commitmentRepository(db, scope),
    valuations: valuationRepository(db, scope),
    positions: positionRepository(db, scope),
    acceptability: acceptabilityRepository(db, scope),
    deliveries: deliveryRepository(db, scope),
    consultations: consultationRepository(db, scope),
    statements: statementRepository(db, scope),
    deadlines: deadlineRepository(db, scope),
    councils: councilRepository(db, scope),
    tracking: trackingRepository(db, scope),
    monitoring: monitoringRepository(db, scope),
    guarantees: guaranteeRepository(db, scope),
    funds: fundRepository(db, scope),
    keys: accountKeyRepository(db, scope),
    copies: releasedCopyRepository(db, scope),
    memberships: membershipRepository(db, scope),
    log,
  };
}

// Tests reach the raw database of a store (to tamper with it, as an attacker with SQL access would).
const databases = new WeakMap<Store, Kysely<Database>>();

/** The Kysely instance behind a store; for tests and tools inside this package only. */
export function storeDatabase(store: Store): Kysely<Database> {
  const db = databases.get(store);
  if (!db) throw new Error('not a store created by this package');
  return db;
}

// What opening a store did, so tests can tell a reopen from a first open without timing it.
const openings = new WeakMap<Store, { migrated: string[] }>();

/** The migrations that opening `store` ran (empty on a reopen); for tests inside this package only. */
export function storeOpening(store: Store): { migrated: string[] } {
  const opening = openings.get(store);
  if (!opening) throw new Error('not a store created by this package');
  return opening;
}

/** Wraps every repository read so queued appends are written first: a transaction reads its own writes. */
function flushingFirst(repos: Repositories, flush: () => Promise<void>): Repositories {
  const wrap = <R extends object>(repo: R): R => {
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(repo))
      out[name] =
        typeof value === 'function'
          ? async (...args: unknown[]) => {
              await flush();
              return value(...args);
            }
          : value;
    return out as R;
  };
  return {
    processes: wrap(repos.processes),
    parties: wrap(repos.parties),
    plans: wrap(repos.plans),
    versions: wrap(repos.versions),
    points: wrap(repos.points),
    commitments: wrap(repos.commitments),
    valuations: wrap(repos.valuations),
    positions: wrap(repos.positions),
    acceptability: wrap(repos.acceptability),
    deliveries: wrap(repos.deliveries),
    consultations: wrap(repos.consultations),
    statements: wrap(repos.statements),
    deadlines: wrap(repos.deadlines),
    councils: wrap(repos.councils),
    tracking: wrap(repos.tracking),
    monitoring: wrap(repos.monitoring),
    guarantees: wrap(repos.guarantees),
    funds: wrap(repos.funds),
    keys: wrap(repos.keys),
    copies: wrap(repos.copies),
    memberships: wrap(repos.memberships),
    log: repos.log,
  };
}

export type StoreParts = Connection & {
  signer: LogSigner;
  onClose?: () => Promise<void>;
  writeGroup?: number;
};

export async function createStore(parts: StoreParts): Promise<Store> {
  const { db, dialect, signer } = parts;
  // Whole-database writer lock on PostgreSQL, per schema so isolated test schemas do not wait on each other.
  const lockWriters = async (trx: Transaction<Database>) => {
    if (dialect === 'postgres')
      await sql`select pg_advisory_xact_lock(hashtext('concord.log:' || current_schema()))`.execute(trx);
  };
  const begin = <T>(fn: (trx: Transaction<Database>) => Promise<T>) =>
    db.transaction().execute(async (trx) => {
      await lockWriters(trx);
      return fn(trx);
    });

  let migrated: string[];
  try {
    migrated = await migrate(db);
    await begin(async (trx) => {
      await registerSigner(trx, signer);
      await ensureGenesisCheckpoint(trx, signer);
    });
  } catch (error) {
    await db.destroy().catch(() => {});
    await parts.onClose?.().catch(() => {});
    throw error;
  }

  let closed = false;
  const guard = () => {
    if (closed) throw new StoreError('CLOSED', 'the store is closed');
  };
  const keys = { origin: signer.origin, verifierKey: signer.verifierKey };
  const base = repositories(db, createLogReader(db, keys));
  // Where this store's last commit left the log, so the next writer need not read the tree's right edge. The
  // writer uses it only after the database confirms, under the writer lock, that the log still ends there (another
  // process may have appended meanwhile); set only once a COMMIT has succeeded.
  let head: LogHead | null = null;
  // PGlite only (see Store.committedSize): the size after this process's last commit, read once at first use.
  let knownSize: Promise<number> | null = null;

  const transactionOf = (trx: Transaction<Database>, writer: LogWriter): Tx => {
    const flush = () => writer.flush();
    return {
      ...flushingFirst(repositories(trx, createLogReader(trx, keys, flush)), flush),
      appendEvent: (event) => writer.append(event),
    };
  };
  // Concurrent writes are committed in groups (log/write-groups.ts); the head is kept only after a COMMIT.
  const writes = writeGroups(async (body) => {
    let newHead: LogHead | null | undefined;
    await begin(async (trx) => {
      const writer = new LogWriter(trx, head);
      await body(groupIn(trx, writer));
      await writer.commit(signer);
      if (writer.appended > 0) newHead = writer.head;
    });
    if (newHead !== undefined) {
      head = newHead;
      // Without a head (its edge could not be rebuilt) the size is asked of the database again.
      knownSize = newHead === null ? null : Promise.resolve(newHead.size);
    }
  }, parts.writeGroup);

  const besideLog = changeCounter();
  const store: Store = {
    ...base,
    readAs: (principal) => repositories(db, base.log, readScope(principal)),
    ...besideLog.watch({
      accounts: accountRepository(db),
      apiTokens: apiTokenRepository(db),
      ...signInRepositories(db),
      witnesses: witnessRepository(db),
    }),
    changesBesideLog: () => ({ ...besideLog.count }),
    dialect,
    async transact(fn) {
      guard();
      return writes.submit((trx, writer) => fn(transactionOf(trx, writer)));
    },
    committedSize() {
      guard();
      if (dialect !== 'pglite') return base.log.size();
      knownSize ??= base.log.size();
      return knownSize;
    },
    async checkLog() {
      guard();
      return begin((trx) => checkLog(trx, keys));
    },
    async checkHead() {
      guard();
      return begin((trx) => checkHead(trx, keys));
    },
    async rebuildProjections() {
      guard();
      return rebuildProjections(begin);
    },
    async close() {
      if (closed) return;
      closed = true;
      // Writes already accepted by `transact` are committed (or refused) before the connection goes.
      await writes.settled();
      await db.destroy();
      await parts.onClose?.();
    },
  };
  databases.set(store, db);
  openings.set(store, { migrated });
  return store;
}

/** A new log starts with a signed checkpoint for size 0, so `latestCheckpoint()` always has an answer. */
async function ensureGenesisCheckpoint(db: Kysely<Database>, signer: LogSigner): Promise<void> {
  const any = await db.selectFrom('log_checkpoints').select('size').limit(1).executeTakeFirst();
  const anyEntry = await db.selectFrom('log_entries').select('idx').limit(1).executeTakeFirst();
  if (any || anyEntry) return;
  const rootHash = emptyRoot();
  const note = signCheckpoint(signer, 0, rootHash);
  await db
    .insertInto('log_checkpoints')
    .values({ size: 0, root_hash: toDbBytes(rootHash), note })
    .execute();
}

// What, beside the log, changes who a credential stands for (credentials) or what a read answers (witnesses).
const ENDING: Record<string, { methods: readonly string[]; counts: 'credentials' | 'witnesses' }> = {
  accounts: { methods: ['disable', 'setMayOpenProcesses'], counts: 'credentials' },
  apiTokens: { methods: ['revoke'], counts: 'credentials' },
  sessions: { methods: ['end', 'endAllFor'], counts: 'credentials' },
  witnesses: { methods: ['register', 'addCosignature'], counts: 'witnesses' },
};

/** Counts calls of the ENDING methods of the repositories given (see Store.changesBesideLog). */
function changeCounter() {
  const counter = {
    count: { credentials: 0, witnesses: 0 },
    watch<T extends Record<string, object>>(repos: T): T {
      const watched: Record<string, object> = { ...repos };
      for (const [name, { methods, counts }] of Object.entries(ENDING)) {
        const repo = repos[name] as Record<string, unknown> | undefined;
        if (repo === undefined) continue;
        const wrapped: Record<string, unknown> = { ...repo };
        for (const method of methods) {
          const original = repo[method] as (...args: unknown[]) => Promise<unknown>;
          wrapped[method] = async (...args: unknown[]) => {
            try {
              return await original(...args);
            } finally {
              counter.count[counts]++;
            }
          };
        }
        watched[name] = wrapped;
      }
      return watched as T;
    },
  };
  return counter;
}
