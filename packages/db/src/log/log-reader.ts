// Reads the log: entries, the latest checkpoint, and proofs assembled from O(log n) stored nodes.
import { consistencyPlan, inclusionPlan } from '@concord/ledger';
import type { Kysely } from 'kysely';
import { fromDbBytes } from '../bytes.ts';
import { StoreError } from '../errors.ts';
import type { Database } from '../schema.ts';
import type { LogReader, StoredCheckpoint } from '../store.ts';
import { toLogEntry } from './entry-row.ts';
import { logSize } from './log-writer.ts';
import { readNodes } from './nodes.ts';

export const MAX_ENTRIES_PAGE = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new StoreError('BAD_INPUT', `${name} must be a non-negative integer, got ${String(value)}`);
}

export function createLogReader(
  db: Kysely<Database>,
  keys: { origin: string; verifierKey: string },
  // Inside a transaction, buffered appends are written before any read so the read sees them.
  beforeRead: () => Promise<void> = async () => {},
): LogReader {
  const sizeNow = async () => {
    await beforeRead();
    return logSize(db);
  };
  return {
    origin: keys.origin,
    verifierKey: keys.verifierKey,
    size: sizeNow,
    async entry(index) {
      checkCount('index', index);
      await beforeRead();
      const row = await db.selectFrom('log_entries').selectAll().where('idx', '=', index).executeTakeFirst();
      return row ? toLogEntry(row) : null;
    },
    async entries(from, limit) {
      checkCount('from', from);
      checkCount('limit', limit);
      await beforeRead();
      const rows = await db
        .selectFrom('log_entries')
        .selectAll()
        .where('idx', '>=', from)
        .orderBy('idx')
        .limit(Math.min(limit, MAX_ENTRIES_PAGE))
        .execute();
      return rows.map(toLogEntry);
    },
    async about(subjectId, limit) {
      checkCount('limit', limit);
      // The column is a uuid: anything else names no object (and must not reach PostgreSQL as a cast error).
      if (!UUID.test(subjectId)) return [];
      await beforeRead();
      const rows = await db
        .selectFrom('log_entries')
        .selectAll()
        .where('subject_id', '=', subjectId)
        .orderBy('idx')
        .limit(Math.min(limit, MAX_ENTRIES_PAGE))
        .execute();
      return rows.map(toLogEntry);
    },
    async latestCheckpoint(): Promise<StoredCheckpoint> {
      const row = await db
        .selectFrom('log_checkpoints')
        .selectAll()
        .orderBy('size', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!row) throw new Error('the log has no checkpoint (the store was not initialised)');
      return { note: row.note, size: row.size, rootHash: fromDbBytes(row.root_hash) };
    },
    async inclusionProof(index, size) {
      checkCount('index', index);
      checkCount('size', size);
      const current = await sizeNow();
      if (size > current)
        throw new StoreError('OUT_OF_RANGE', `size ${size} is beyond the log (size ${current})`);
      if (index >= size) throw new StoreError('OUT_OF_RANGE', `index ${index} is not below size ${size}`);
      const plan = inclusionPlan(index, size);
      return plan.assemble(await readNodes(db, plan.nodes));
    },
    async consistencyProof(size1, size2) {
      checkCount('size1', size1);
      checkCount('size2', size2);
      const current = await sizeNow();
      if (size2 > current)
        throw new StoreError('OUT_OF_RANGE', `size ${size2} is beyond the log (size ${current})`);
      if (size1 > size2) throw new StoreError('OUT_OF_RANGE', `from ${size1} is larger than to ${size2}`);
      const plan = consistencyPlan(size1, size2);
      return plan.assemble(await readNodes(db, plan.nodes));
    },
  };
}
