// Writes a transaction's queued rows: read-table inserts (when the projector produced only inserts), entries,
// tree nodes and, at commit, the checkpoint. They go out as one statement (data-modifying CTEs; PostgreSQL runs
// every part exactly once, and checks foreign keys at the end of the statement), because a one-event write is
// bounded by round trips, not by rows. Beyond 1,000 rows per table (bind-parameter limits) the earlier chunks of
// entries and nodes go first, each alone. Failures are reported as before the rows were combined: a duplicate or
// invalid entry or read-table row is the caller's conflict (`conflict`), a clash on a node or checkpoint is the
// database's own error.
import { type Insertable, type Kysely, sql } from 'kysely';
import type { PendingStatement } from '../projections/index.ts';
import type { Database } from '../schema.ts';

const CHUNK = 1000;

export type LogRows = {
  /** Read-table inserts not yet run (`insertStatements`). */
  reads: PendingStatement[];
  entries: Insertable<Database['log_entries']>[];
  nodes: Insertable<Database['log_nodes']>[];
  checkpoint?: Insertable<Database['log_checkpoints']> | undefined;
};

export async function insertLogRows(
  db: Kysely<Database>,
  rows: LogRows,
  conflict: (error: unknown) => unknown,
): Promise<void> {
  const entries = lastChunk(rows.entries);
  const nodes = lastChunk(rows.nodes);
  try {
    for (const chunk of entries.before) await db.insertInto('log_entries').values(chunk).execute();
  } catch (error) {
    throw conflict(error);
  }
  for (const chunk of nodes.before) await db.insertInto('log_nodes').values(chunk).execute();
  try {
    await insertTogether(db, rows.reads, entries.last, nodes.last, rows.checkpoint);
  } catch (error) {
    const table = (error as { table?: unknown })?.table;
    throw table === 'log_nodes' || table === 'log_checkpoints' ? error : conflict(error);
  }
}

function lastChunk<T>(rows: T[]): { before: T[][]; last: T[] } {
  const before: T[][] = [];
  let i = 0;
  for (; rows.length - i > CHUNK; i += CHUNK) before.push(rows.slice(i, i + CHUNK));
  return { before, last: rows.slice(i) };
}

async function insertTogether(
  db: Kysely<Database>,
  reads: PendingStatement[],
  entries: Insertable<Database['log_entries']>[],
  nodes: Insertable<Database['log_nodes']>[],
  checkpoint: Insertable<Database['log_checkpoints']> | undefined,
): Promise<void> {
  const parts: PendingStatement[] = [...reads];
  if (entries.length > 0) parts.push(db.insertInto('log_entries').values(entries));
  if (nodes.length > 0) parts.push(db.insertInto('log_nodes').values(nodes));
  if (checkpoint) parts.push(db.insertInto('log_checkpoints').values(checkpoint));
  const main = parts.pop();
  if (!main) return;
  if (parts.length === 0) {
    await main.execute();
    return;
  }
  const ctes = parts.map((part, i) => sql`${sql.id(`part${i}`)} as (${part})`);
  await sql`with ${sql.join(ctes)} ${main}`.execute(db);
}
