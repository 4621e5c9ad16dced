// The database factory every database-backed test uses. By default: one embedded PGlite per test process, and
// each store in a fresh schema of it (migrated on open, dropped on close), which opens in milliseconds instead
// of the seconds an initdb or a data-directory load costs, and keeps memory flat. With
// CONCORD_TEST_DATABASE_URL: only PostgreSQL, each store in a fresh schema there. The test runner re-runs every
// file that mentions `databaseTargets` against PostgreSQL in CI.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, type KyselyPlugin, sql } from 'kysely';
import pg from 'pg';
import { connectPostgres, connectSharedPglite, pgliteParsers } from './connect.ts';
import { createStore, storeDatabase } from './create-store.ts';
import { PGliteDialect } from './dialect/pglite-dialect.ts';
import { type LogSigner, loadSigner } from './log/signer.ts';
import { DEFAULT_ORIGIN } from './open-store.ts';
import type { Database } from './schema.ts';
import type { Store } from './store.ts';

/**
 * `plugins` see every query the store runs (e.g. to count the database work of an operation); `sameKeyAs` signs
 * with another test store's log key (a second history under the same key, as an operator who rewrites it would).
 */
export type TestStoreOptions = { plugins?: KyselyPlugin[]; sameKeyAs?: Store; writeGroup?: number };

export type DatabaseTarget = {
  name: 'pglite' | 'postgres';
  open(options?: TestStoreOptions): Promise<Store>;
};

function withPlugins<C extends { db: Kysely<Database> }>(connection: C, options: TestStoreOptions): C {
  const db = (options.plugins ?? []).reduce((d, plugin) => d.withPlugin(plugin), connection.db);
  return { ...connection, db };
}

// How to open another writer on the same database as a test store (as a second server process would).
const siblings = new WeakMap<Store, () => Promise<Store>>();
const signers = new WeakMap<Store, LogSigner>();

async function signerFor(dir: string, options: TestStoreOptions): Promise<LogSigner> {
  const same = options.sameKeyAs && signers.get(options.sameKeyAs);
  if (options.sameKeyAs && !same) throw new Error('sameKeyAs: not a store from databaseTargets()');
  return same || loadSigner(dir, DEFAULT_ORIGIN);
}

/** A second, independent Store on the same database and key as `store` (a new pool or Kysely instance). */
export function openSibling(store: Store): Promise<Store> {
  const open = siblings.get(store);
  if (!open) throw new Error('openSibling: not a store from databaseTargets()');
  return open();
}

type Shared = { pglite: PGlite; admin: Kysely<unknown> };
let shared: Promise<Shared> | null = null;

function sharedPglite(): Promise<Shared> {
  shared ??= freshCluster().then((pglite) => ({
    pglite,
    admin: new Kysely<unknown>({ dialect: new PGliteDialect(pglite, { closeOnDestroy: false }) }),
  }));
  return shared;
}

// One initdb per test process (seconds). A cluster dump cached on disk and loaded with `loadDataDir` was tried:
// it saves the initdb but leaves the process unable to exit (PGlite 0.5.16), which hangs the test runner.
function freshCluster(): Promise<PGlite> {
  return PGlite.create({ parsers: pgliteParsers });
}

const newSchemaName = () => `t_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;

async function keyDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'concord-store-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

async function openPgliteTestStore(options: TestStoreOptions = {}): Promise<Store> {
  const { pglite, admin } = await sharedPglite();
  const keys = await keyDir();
  const schema = newSchemaName();
  await sql`create schema ${sql.id(schema)}`.execute(admin);
  const dropSchema = async () => {
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin);
    await keys.remove();
  };
  const signer = await signerFor(keys.dir, options);
  const connection = withPlugins(connectSharedPglite(pglite, schema), options);
  const group = options.writeGroup === undefined ? {} : { writeGroup: options.writeGroup };
  const store = await createStore({ ...connection, signer, onClose: dropSchema, ...group });
  signers.set(store, signer);
  siblings.set(store, () => createStore({ ...connectSharedPglite(pglite, schema), signer }));
  return store;
}

async function withClient(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function openPostgresTestStore(url: string, options: TestStoreOptions = {}): Promise<Store> {
  const keys = await keyDir();
  const schema = newSchemaName();
  await withClient(url, `create schema ${schema}`);
  const dropSchema = async () => {
    await withClient(url, `drop schema if exists ${schema} cascade`);
    await keys.remove();
  };
  const signer = await signerFor(keys.dir, options);
  const connection = withPlugins(connectPostgres(url, schema), options);
  const group = options.writeGroup === undefined ? {} : { writeGroup: options.writeGroup };
  const store = await createStore({ ...connection, signer, onClose: dropSchema, ...group });
  signers.set(store, signer);
  siblings.set(store, () => createStore({ ...connectPostgres(url, schema), signer }));
  return store;
}

/** A throwaway PostgreSQL store in its own schema (dropped on close), e.g. for benchmarks. */
export function openScratchPostgresStore(
  databaseUrl: string,
  options: { writeGroup?: number } = {},
): Promise<Store> {
  return openPostgresTestStore(databaseUrl, options);
}

export function databaseTargets(): DatabaseTarget[] {
  const url = process.env.CONCORD_TEST_DATABASE_URL;
  if (url) return [{ name: 'postgres', open: (options) => openPostgresTestStore(url, options) }];
  return [{ name: 'pglite', open: openPgliteTestStore }];
}

/**
 * One fingerprint per table of the store's schema (row count and a hash of every row), for tests that must
 * show a refused request changed nothing anywhere: read tables, log, accounts, sessions, tokens, invitations.
 */
export async function tableDigest(store: Store): Promise<Record<string, string>> {
  const db = storeDatabase(store);
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  // One round trip for every table: a refusal test takes a digest before and after each of many requests.
  const parts = tables.rows.map(
    ({ name }) =>
      sql`select ${name} as name, count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as digest from ${sql.table(name)} t`,
  );
  if (parts.length === 0) return {};
  const rows = await sql<{ name: string; digest: string }>`${sql.join(parts, sql` union all `)}`.execute(db);
  return Object.fromEntries(rows.rows.map((r) => [r.name, r.digest]));
}
