// Applies an update event's changes to one read row. Mapping from the event's field names to columns is
// given per entity; an update of an id that is not there is a conflict (the command should have checked).
import type { Kysely } from 'kysely';
import { StoreError } from '../errors.ts';
import type { Database, ReadTable } from '../schema.ts';

export type ColumnMap = Record<string, { column: string; json?: boolean }>;

export function patchColumns(changes: Record<string, unknown>, columns: ColumnMap): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const target = columns[field];
    if (!target) throw new StoreError('BAD_INPUT', `cannot update field ${field}`);
    row[target.column] = target.json ? JSON.stringify(value) : value;
  }
  return row;
}

export async function updateRow(
  db: Kysely<Database>,
  table: ReadTable,
  id: string,
  row: Record<string, unknown>,
  logIndex: number,
): Promise<void> {
  const result = await db
    .updateTable(table)
    .set({ ...row, log_index: logIndex } as never)
    .where('id', '=', id)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n)
    throw new StoreError('CONFLICT', `${table}: no row with id ${id} to update`);
}
