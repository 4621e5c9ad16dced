// The projector is a pure mapping from an event to write operations on the read tables. Operations are
// queued and applied in order; adjacent inserts into the same table become one multi-row statement, so a
// batch of appends costs a few round trips instead of one per event.
import type { Kysely } from 'kysely';
import { StoreError } from '../errors.ts';
import type { Database, ReadTable } from '../schema.ts';

export type ProjectionOp =
  | { kind: 'insert'; table: ReadTable; rows: Record<string, unknown>[] }
  | { kind: 'update'; table: ReadTable; id: string; set: Record<string, unknown>; logIndex: number };

// Stays under PostgreSQL's 65,535 bind parameters for the widest table (11 columns).
const ROWS_PER_INSERT = 1000;

/** Applies ops in order; the first failure aborts (the transaction is then rolled back by the caller). */
export async function applyOps(db: Kysely<Database>, ops: ProjectionOp[]): Promise<void> {
  let i = 0;
  while (i < ops.length) {
    const op = ops[i] as ProjectionOp;
    if (op.kind === 'update') {
      await applyUpdate(db, op);
      i++;
      continue;
    }
    const rows: Record<string, unknown>[] = [];
    let j = i;
    for (; j < ops.length; j++) {
      const next = ops[j] as ProjectionOp;
      if (next.kind !== 'insert' || next.table !== op.table) break;
      rows.push(...next.rows);
    }
    for (let k = 0; k < rows.length; k += ROWS_PER_INSERT)
      await db
        .insertInto(op.table)
        .values(rows.slice(k, k + ROWS_PER_INSERT) as never)
        .execute();
    i = j;
  }
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
