// Entries as the log routes answer them: each redacted for the caller (presentLogEntry), and each readable one
// summarised in words with the names the caller may read (one read per object for the whole page).
import type { Principal } from '@concord/core';
import type { LogEntry, Repositories } from '@concord/db';
import { loadEntryNames } from './entry-names.ts';
import { type LogEntryJson, mayReadEntry, presentLogEntry } from './log.ts';

export async function presentLogEntries(
  entries: LogEntry[],
  principal: Principal | null,
  reader: Repositories,
): Promise<LogEntryJson[]> {
  const readable = entries.filter((e) => mayReadEntry(e, principal)).map((e) => e.event);
  const names = await loadEntryNames(readable, reader);
  return entries.map((e) => presentLogEntry(e, principal, names));
}
