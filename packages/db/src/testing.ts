// The database factory every database-backed test uses. By default: embedded PGlite, migrated once per process
// into a template whose data directory is dumped, then loaded into a fresh in-memory instance per store (far
// faster than initdb + migrations each time). With CONCORD_TEST_DATABASE_URL: only PostgreSQL, each store in
// a fresh schema that is dropped on close. The test runner re-runs every file that mentions
// `databaseTargets` against PostgreSQL in CI.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import pg from 'pg';
import { connectPglite, connectPostgres, pgliteParsers } from './connect.ts';
import { createStore } from './create-store.ts';
import { PGliteDialect } from './dialect/pglite-dialect.ts';
import { loadSigner } from './log/signer.ts';
import { migrate } from './migrate.ts';
import { DEFAULT_ORIGIN } from './open-store.ts';
import type { Database } from './schema.ts';
import type { Store } from './store.ts';

export type DatabaseTarget = { name: 'pglite' | 'postgres'; open(): Promise<Store> };

let template: Promise<File | Blob> | null = null;

function migratedTemplate(): Promise<File | Blob> {
  template ??= (async () => {
    const pglite = await PGlite.create({ parsers: pgliteParsers });
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    await migrate(db);
    const dump = await pglite.dumpDataDir('none');
    await db.destroy();
    return dump;
  })();
  return template;
}

async function keyDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'concord-store-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

async function openPgliteTestStore(): Promise<Store> {
  const keys = await keyDir();
  const pglite = await PGlite.create({ loadDataDir: await migratedTemplate(), parsers: pgliteParsers });
  const connection = await connectPglite({ pglite });
  return createStore({
    ...connection,
    signer: await loadSigner(keys.dir, DEFAULT_ORIGIN),
    onClose: keys.remove,
  });
}

async function openPostgresTestStore(url: string): Promise<Store> {
  const keys = await keyDir();
  const schema = `t_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
  } finally {
    await admin.end();
  }
  const dropSchema = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`drop schema if exists ${schema} cascade`);
    } finally {
      await client.end();
    }
    await keys.remove();
  };
  const connection = connectPostgres(url, schema);
  return createStore({
    ...connection,
    signer: await loadSigner(keys.dir, DEFAULT_ORIGIN),
    onClose: dropSchema,
  });
}

/** A throwaway PostgreSQL store in its own schema (dropped on close), e.g. for benchmarks. */
export function openScratchPostgresStore(databaseUrl: string): Promise<Store> {
  return openPostgresTestStore(databaseUrl);
}

export function databaseTargets(): DatabaseTarget[] {
  const url = process.env.CONCORD_TEST_DATABASE_URL;
  if (url) return [{ name: 'postgres', open: () => openPostgresTestStore(url) }];
  return [{ name: 'pglite', open: openPgliteTestStore }];
}
