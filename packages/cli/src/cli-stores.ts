// Stores the `concord` binary can open, for tests that run it as a user would: an embedded PGlite data directory,
// or (pg suite) a fresh schema of the PostgreSQL server at CONCORD_TEST_DATABASE_URL, named by a URL whose
// search_path pins that schema. The test opens the same store in-process to set up and to look, never while a
// child process holds a PGlite directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '@concord/db';
import pg from 'pg';

export type CliStore = {
  name: 'pglite' | 'postgres';
  /** The flags that name this store on the command line. */
  args: string[];
  /** Runs `fn` on the store opened in this process, closing it afterwards. */
  use<T>(fn: (store: Store) => Promise<T>): Promise<T>;
  /** Removes the data directory (and the schema). */
  remove(): Promise<void>;
};

async function sql(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

function using(target: { dataDir: string; databaseUrl?: string }): CliStore['use'] {
  return async (fn) => {
    const store = await openStore(target);
    try {
      return await fn(store);
    } finally {
      await store.close();
    }
  };
}

/** A new empty embedded store: a data directory under the system's temporary directory. */
export function pgliteCliStore(prefix: string): CliStore {
  const root = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const dataDir = join(root, 'store');
  return {
    name: 'pglite',
    args: ['--data-dir', dataDir],
    use: using({ dataDir }),
    remove: async () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A new empty schema on the PostgreSQL server at `baseUrl` (its signing key in a temporary directory). */
export async function postgresCliStore(prefix: string, baseUrl: string): Promise<CliStore> {
  const root = mkdtempSync(join(tmpdir(), `${prefix}-pg-`));
  const dataDir = join(root, 'key');
  const schema = `cli_${prefix.replaceAll(/[^a-z]/g, '')}_${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await sql(baseUrl, `create schema ${schema}`);
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const databaseUrl = url.toString();
  return {
    name: 'postgres',
    args: ['--data-dir', dataDir, '--database-url', databaseUrl],
    use: using({ dataDir, databaseUrl }),
    remove: async () => {
      await sql(baseUrl, `drop schema if exists ${schema} cascade`);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
