// Checks one stored entry against itself: the event text must be valid canonical JSON of a valid event whose
// id and type match the columns, and the stored leaf hash must be SHA-256 of salt ‖ that text.
import { ConcordEvent } from '@concord/core';
import { bytesEqual, canonicalJson, eventLeafHash } from '@concord/ledger';
import { fromDbBytes } from '../bytes.ts';
import type { EntryRow } from './entry-row.ts';

export type EntryVerdict = { ok: true; leafHash: Uint8Array } | { ok: false; reason: string };

export function checkEntry(row: EntryRow): EntryVerdict {
  let value: unknown;
  try {
    value = JSON.parse(row.canonical);
  } catch {
    return { ok: false, reason: 'the stored event is not valid JSON' };
  }
  const parsed = ConcordEvent.safeParse(value);
  if (!parsed.success)
    return { ok: false, reason: `the stored event is not a valid event: ${parsed.error.issues[0]?.message}` };
  if (canonicalJson(value) !== row.canonical)
    return { ok: false, reason: 'the stored event text is not in canonical (RFC 8785) form' };
  if (parsed.data.id !== row.event_id || parsed.data.type !== row.type)
    return { ok: false, reason: 'the entry id or type column does not match its event' };
  const salt = fromDbBytes(row.salt);
  const stored = fromDbBytes(row.leaf_hash);
  const leafHash = eventLeafHash(salt, row.canonical);
  if (!bytesEqual(leafHash, stored))
    return {
      ok: false,
      reason: 'the leaf hash does not match the stored event and salt (the event or salt was changed)',
    };
  return { ok: true, leafHash };
}
