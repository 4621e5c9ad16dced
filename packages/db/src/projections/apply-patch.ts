// Maps an update event's changes to columns. An unknown field is refused rather than silently dropped.
import { StoreError } from '../errors.ts';

export type ColumnMap = Record<string, { column: string; json?: boolean }>;

export function patchColumns(changes: Record<string, unknown>, columns: ColumnMap): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const target = columns[field];
    if (!target) throw new StoreError('BAD_INPUT', `cannot update field ${field}`);
    row[target.column] = target.json && value !== null ? JSON.stringify(value) : value;
  }
  return row;
}
