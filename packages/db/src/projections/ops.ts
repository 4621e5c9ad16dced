// The projector is a pure mapping from an event to write operations on the read tables. Operations are
// queued and applied in order; adjacent inserts into the same table become one multi-row statement, so a
// batch of appends costs a few round trips instead of one per event.
import type { Kysely } from 'kysely';
import { StoreError } from '../errors.ts';
import type { Database, ReadTable } from '../schema.ts';

export type ProjectionOp =
  | { kind: 'insert'; table: ReadTable; rows: Record<string, unknown>[] }
  /**
   * A new audience for the rows (or log entries) whose `column` is `value`. With `logIndex`, the rows are the
   * subject itself: at least one must exist, and its log index moves on.
   */
  | {
      kind: 'share';
      table: ReadTable | 'log_entries';
      column: 'id' | 'process_id' | 'version_id' | 'subject_id';
      value: string;
      audience: { audience_kind: string; audience_parties: string[] };
      logIndex?: number;
    }
  | { kind: 'update'; table: ReadTable; id: string; set: Record<string, unknown>; logIndex: number }
  /** Deletes the row with this id (at least one must exist); foreign keys that cascade take its dependants. */
  | { kind: 'delete'; table: ReadTable; id: string }
  /** Insert, or replace every other column of the row that has the same `conflict` columns. */
  | { kind: 'upsert'; table: ReadTable; row: Record<string, unknown>; conflict: string[] };

// Stays under PostgreSQL's 65,535 bind parameters for the widest table (11 columns).
const ROWS_PER_INSERT = 1000;

/** Applies ops in order; the first failure aborts (the transaction is then rolled back by the caller). */
export async function applyOps(db: Kysely<Database>, ops: ProjectionOp[]): Promise<void> {
  let i = 0;
  while (i < ops.length) {
    const op = ops[i] as ProjectionOp;
    if (op.kind !== 'insert') {
      if (op.kind === 'share') await applyShare(db, op);
      else if (op.kind === 'delete') await applyDelete(db, op);
      else await (op.kind === 'update' ? applyUpdate(db, op) : applyUpsert(db, op));
      i++;
      continue;
    }
    const run = insertRun(ops, i);
    for (let k = 0; k < run.rows.length; k += ROWS_PER_INSERT)
      await db
        .insertInto(run.table)
        .values(run.rows.slice(k, k + ROWS_PER_INSERT) as never)
        .execute();
    i = run.next;
  }
}

/** A statement that has not run yet: executed alone, or embedded in another with Kysely's `sql`. */
export type PendingStatement = { execute(): Promise<unknown> };

/**
 * The ops as unexecuted insert statements, one per run of adjacent inserts into a table, so a caller can send
 * them together with other rows in one statement; null when an op is an update or upsert (each needs its own
 * statement and its result) or a run is too large for one statement. Order between the runs does not matter
 * then: inserts only add rows, and foreign keys are checked at the end of the statement.
 */
export function insertStatements(db: Kysely<Database>, ops: ProjectionOp[]): PendingStatement[] | null {
  const statements: PendingStatement[] = [];
  for (let i = 0; i < ops.length; ) {
    if ((ops[i] as ProjectionOp).kind !== 'insert') return null;
    const run = insertRun(ops, i);
    if (run.rows.length > ROWS_PER_INSERT) return null;
    statements.push(db.insertInto(run.table).values(run.rows as never));
    i = run.next;
  }
  return statements;
}

// The insert at `start` and every adjacent insert into the same table, as one list of rows.
function insertRun(ops: ProjectionOp[], start: number) {
  const table = (ops[start] as Extract<ProjectionOp, { kind: 'insert' }>).table;
  const rows: Record<string, unknown>[] = [];
  let next = start;
  for (; next < ops.length; next++) {
    const op = ops[next] as ProjectionOp;
    if (op.kind !== 'insert' || op.table !== table) break;
    rows.push(...op.rows);
  }
  return { table, rows, next };
}

async function applyUpdate(
  db: Kysely<Database>,
  op: Extract<ProjectionOp, { kind: 'update' }>,
): Promise<void> {
  const result = await db
    .updateTable(op.table)
    .set({ ...op.set, log_index: op.logIndex } as never)
    .where('id', '=', op.id)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n)
    throw new StoreError('CONFLICT', `${op.table}: no row with id ${op.id} to update`);
}

async function applyDelete(
  db: Kysely<Database>,
  op: Extract<ProjectionOp, { kind: 'delete' }>,
): Promise<void> {
  const result = await db.deleteFrom(op.table).where('id', '=', op.id).executeTakeFirst();
  if (result.numDeletedRows === 0n)
    throw new StoreError('CONFLICT', `${op.table}: no row with id ${op.id} to delete`);
}

async function applyShare(db: Kysely<Database>, op: Extract<ProjectionOp, { kind: 'share' }>): Promise<void> {
  const set = op.logIndex === undefined ? op.audience : { ...op.audience, log_index: op.logIndex };
  const result = await db
    .updateTable(op.table)
    .set(set as never)
    .where(op.column as never, '=', op.value as never)
    .executeTakeFirst();
  if (op.logIndex !== undefined && result.numUpdatedRows === 0n)
    throw new StoreError('CONFLICT', `${op.table}: no row with ${op.column} ${op.value} to share`);
}

// One statement per upsert: a multi-row ON CONFLICT DO UPDATE may not touch the same row twice, and two
// recordings of one valuation in a batch would.
async function applyUpsert(
  db: Kysely<Database>,
  op: Extract<ProjectionOp, { kind: 'upsert' }>,
): Promise<void> {
  const replaced = Object.keys(op.row).filter((column) => !op.conflict.includes(column));
  await db
    .insertInto(op.table)
    .values(op.row as never)
    .onConflict((oc) =>
      oc
        .columns(op.conflict as never)
        .doUpdateSet(
          (eb) => Object.fromEntries(replaced.map((c) => [c, eb.ref(`excluded.${c}` as never)])) as never,
        ),
    )
    .execute();
}
