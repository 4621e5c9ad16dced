// A Kysely dialect for PGlite, after the pattern of Kysely 0.29's built-in one: a single connection guarded by
// a mutex for the whole time Kysely holds it (one query, or one transaction from BEGIN to COMMIT). The mutex
// belongs to the PGlite instance, not to the dialect, so several Kysely instances may share one PGlite (tests
// give each store its own schema in one instance); each then pins its search_path when it takes the connection.
import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
} from 'kysely';
import { ConnectionMutex } from './connection-mutex.ts';

class PGliteConnection implements DatabaseConnection {
  readonly #pglite: PGlite;
  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.#pglite.query<R>(query.sql, query.parameters as unknown[], {
      rowMode: 'object',
    });
    const affected = result.affectedRows;
    return {
      rows: result.rows,
      ...(affected !== undefined && result.fields.length === 0 ? { numAffectedRows: BigInt(affected) } : {}),
    };
  }

  // biome-ignore lint/correctness/useYield: streaming is not offered by PGlite; Kysely only calls this on .stream()
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite does not support streaming queries');
  }
}

type Session = { mutex: ConnectionMutex; searchPath: string | null };
const sessions = new WeakMap<PGlite, Session>();

function sessionOf(pglite: PGlite): Session {
  let session = sessions.get(pglite);
  if (!session) {
    session = { mutex: new ConnectionMutex(), searchPath: null };
    sessions.set(pglite, session);
  }
  return session;
}

export type PGliteDialectOptions = {
  /** Pin this schema as search_path whenever the connection is taken (schema names are [a-z0-9_] only). */
  schema?: string;
  /** Close the PGlite instance when Kysely is destroyed (default true; false for a shared instance). */
  closeOnDestroy?: boolean;
};

class PGliteDriver implements Driver {
  readonly #pglite: PGlite;
  readonly #session: Session;
  readonly #connection: PGliteConnection;
  readonly #options: PGliteDialectOptions;

  constructor(pglite: PGlite, options: PGliteDialectOptions) {
    if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema))
      throw new Error(`invalid schema name ${options.schema}`);
    this.#pglite = pglite;
    this.#session = sessionOf(pglite);
    this.#connection = new PGliteConnection(pglite);
    this.#options = options;
  }

  async init(): Promise<void> {
    await this.#pglite.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#session.mutex.lock();
    const schema = this.#options.schema;
    if (schema !== undefined && this.#session.searchPath !== schema) {
      try {
        await this.#pglite.query(`set search_path to ${schema}`);
      } catch (error) {
        this.#session.mutex.unlock();
        throw error;
      }
      this.#session.searchPath = schema;
    }
    return this.#connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {
    this.#session.mutex.unlock();
  }

  async destroy(): Promise<void> {
    if (this.#options.closeOnDestroy === false) return;
    // Wait for whoever holds the connection, then close; later callers get PGlite's "closed" error.
    await this.#session.mutex.lock();
    try {
      if (!this.#pglite.closed) await this.#pglite.close();
    } finally {
      this.#session.mutex.unlock();
    }
  }
}

export class PGliteDialect implements Dialect {
  readonly #pglite: PGlite;
  readonly #options: PGliteDialectOptions;
  constructor(pglite: PGlite, options: PGliteDialectOptions = {}) {
    this.#pglite = pglite;
    this.#options = options;
  }
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.#pglite, this.#options);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}
