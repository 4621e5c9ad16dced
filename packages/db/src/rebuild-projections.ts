// Proves the read tables are a pure function of the log: inside one transaction, snapshot the read tables,
// empty them, replay every stored event through the projector, compare both ways, then roll everything back.
// The stored tables are never changed, whatever the outcome.
import type { ConcordEvent } from '@concord/core';
import { type Kysely, sql, type Transaction } from 'kysely';
import { applyOps, projectionOps } from './projections/index.ts';
import { type Database, READ_TABLES, type ReadTable } from './schema.ts';
import type { RebuildResult } from './store.ts';

const BATCH = 500;

class RollBack extends Error {
  constructor(readonly result: RebuildResult) {
    super('rebuild comparison done');
  }
}

export async function rebuildProjections(
  begin: <T>(fn: (trx: Transaction<Database>) => Promise<T>) => Promise<T>,
): Promise<RebuildResult> {
  try {
    await begin(async (trx) => {
      throw new RollBack(await replayAndCompare(trx));
    });
  } catch (error) {
    if (error instanceof RollBack) return error.result;
    throw error;
  }
  throw new Error('unreachable: the rebuild transaction always rolls back');
}

async function replayAndCompare(db: Kysely<Database>): Promise<RebuildResult> {
  for (const table of READ_TABLES)
    await sql`create temp table ${sql.raw(`snap_${table}`)} on commit drop as select * from ${sql.table(table)}`.execute(
      db,
    );
  for (const table of [...READ_TABLES].reverse()) await db.deleteFrom(table).execute();
  for (let from = 0; ; from += BATCH) {
    const rows = await db
      .selectFrom('log_entries')
      .select(['idx', 'canonical'])
      .where('idx', '>=', from)
      .orderBy('idx')
      .limit(BATCH)
      .execute();
    await applyOps(
      db,
      rows.flatMap((row) => projectionOps(JSON.parse(row.canonical) as ConcordEvent, row.idx)),
    );
    if (rows.length < BATCH) break;
  }
  const differences: string[] = [];
  for (const table of READ_TABLES) differences.push(...(await compareTable(db, table)));
  return { equal: differences.length === 0, differences };
}

async function compareTable(db: Kysely<Database>, table: ReadTable): Promise<string[]> {
  const snap = sql.raw(`snap_${table}`);
  const replayedOnly = await sql<{
    id: string;
  }>`select id from (select * from ${sql.table(table)} except select * from ${snap}) d`.execute(db);
  const storedOnly = await sql<{
    id: string;
  }>`select id from (select * from ${snap} except select * from ${sql.table(table)}) d`.execute(db);
  const stored = new Set(storedOnly.rows.map((r) => r.id));
  const replayed = new Set(replayedOnly.rows.map((r) => r.id));
  const out: string[] = [];
  for (const id of [...new Set([...stored, ...replayed])].sort()) {
    if (stored.has(id) && replayed.has(id))
      out.push(`${table} ${id}: stored row differs from the replayed log`);
    else if (replayed.has(id)) out.push(`${table} ${id}: missing from the stored table`);
    else out.push(`${table} ${id}: stored but not produced by the log`);
  }
  return out;
}
