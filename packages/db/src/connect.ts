// Opens a Kysely instance on embedded PGlite or on a PostgreSQL server, with the same value parsing on both:
// int8 → JS number (checked safe), bytea → Uint8Array, jsonb → parsed JSON.
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './dialect/pglite-dialect.ts';
import type { Database } from './schema.ts';

const INT8 = 20;

function parseInt8(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n))
    throw new RangeError(`int8 value ${value} is beyond JavaScript's safe integers`);
  return n;
}

export const pgliteParsers = { [INT8]: parseInt8 };

export type Connection = {
  db: Kysely<Database>;
  dialect: 'pglite' | 'postgres';
};

/** Embedded, on a data directory (the store owns the instance and closes it). */
export async function connectPglite(dataDir: string): Promise<Connection> {
  const pglite = await PGlite.create(dataDir, { parsers: pgliteParsers });
  return { db: new Kysely<Database>({ dialect: new PGliteDialect(pglite) }), dialect: 'pglite' };
}

/** Embedded, in one schema of a shared instance (tests); the instance stays open. */
export function connectSharedPglite(pglite: PGlite, schema: string): Connection {
  const dialect = new PGliteDialect(pglite, { schema, closeOnDestroy: false });
  return { db: new Kysely<Database>({ dialect }), dialect: 'pglite' };
}

/** Server: a pool; `schema` (tests) pins search_path on every pooled connection. */
export function connectPostgres(databaseUrl: string, schema?: string): Connection {
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === INT8
        ? parseInt8
        : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    types,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle pooled connection that the server drops (a restart, a failover) is an 'error' event on the pool; with no
  // listener Node would end the whole process. The pool discards that client and opens a new one when next asked.
  pool.on('error', (error) => {
    console.error(`concord: a pooled database connection was lost (${error.message}); it will be replaced`);
  });
  // A connection lost while checked out (in a transaction) is also an 'error' event, on the client itself, which
  // the pool does not listen to then: the query in flight fails on its own (a 503 for the request), and this
  // listener keeps the event from ending the process. The pool drops the client when it is released.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres' };
}
