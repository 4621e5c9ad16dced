import { type Kysely, Migrator, sql } from 'kysely';
import { migrationProvider } from './migrations/index.ts';
import type { Database } from './schema.ts';

/**
 * Applies pending migrations and returns the names of those it ran (none on a reopen); throws with the failing
 * migration's name. Cheap when nothing is pending.
 */
export async function migrate(db: Kysely<Database>): Promise<string[]> {
  // Pin Kysely's bookkeeping tables to our schema: otherwise it finds another schema's tables (several stores
  // share one PostgreSQL database in tests) and skips creating its own.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('the database has no current schema (check search_path)');
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema: schema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'bookkeeping';
    throw new Error(
      `database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
