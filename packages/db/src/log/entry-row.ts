import type { ConcordEvent } from '@concord/core';
import type { Selectable } from 'kysely';
import { fromDbBytes } from '../bytes.ts';
import { rowAudience } from '../repositories/scope.ts';
import type { Database } from '../schema.ts';
import type { LogEntry } from '../store.ts';

export type EntryRow = Selectable<Database['log_entries']>;

/** Maps a stored entry; the event is the stored canonical text parsed (it was validated when appended). */
export function toLogEntry(row: EntryRow): LogEntry {
  return {
    index: row.idx,
    eventId: row.event_id,
    type: row.type as ConcordEvent['type'],
    event: JSON.parse(row.canonical) as ConcordEvent,
    canonical: row.canonical,
    salt: fromDbBytes(row.salt),
    leafHash: fromDbBytes(row.leaf_hash),
    committedAt: row.committed_at.toISOString(),
    processId: row.process_id,
    audience: rowAudience(row),
  };
}
