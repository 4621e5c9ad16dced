// The one line `concord verify` prints for a bundle that verified: which entry, what it records, the tree size,
// the log key by fingerprint and where that key came from, and who witnessed the checkpoint. Everything quoted
// from the event came out of a file, so invisible and reordering characters are shown as escapes.
import { revealInvisible } from '@concord/core/text';
import type { BundleVerdict } from '@concord/ledger/verify';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const text = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** What an event records, from its type and the first name-like field of its data (offline: no names looked up). */
export function describeRecorded(event: unknown): string {
  if (!isRecord(event)) return 'an event';
  const data = isRecord(event.data) ? event.data : {};
  const nested = isRecord(data.version) ? data.version : {};
  const name = [data.title, data.label, data.name, nested.label].map(text).find((v) => v !== null) ?? null;
  const what = text(event.type) ?? 'an event of no type';
  const id = text(event.id);
  return `${what}${name === null ? '' : ` “${name}”`}${id === null ? '' : ` (event ${id})`}`;
}

const utc = (seconds: number) =>
  `${new Date(seconds * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function keyWords(v: BundleVerdict): string {
  const key = `log key ${v.key.name} [${v.key.fingerprint}]`;
  return v.key.source === 'reader'
    ? `signed by the ${key} you gave`
    : `signed by the ${key} named in the bundle itself (not checked against a key you trust: compare the fingerprint with the log's published one, or pass --key)`;
}

function witnessWords(v: BundleVerdict): string {
  if (v.witnesses.length === 0) return 'witnessed by no one';
  const each = v.witnesses.map(
    (w) => `${w.name} at ${utc(w.timestamp)}${w.source === 'bundle' ? ' (key from the bundle)' : ''}`,
  );
  return `witnessed by ${each.join(', ')}`;
}

export function verdictLine(v: BundleVerdict): string {
  const records = v.confidential
    ? 'a confidential entry: its leaf hash is in the log, what it records is not in the bundle'
    : `it records ${describeRecorded(v.event)}${v.textChecked ? ', exactly as in your copy' : ''}`;
  const line = `verified: entry ${v.index} of ${v.origin}; ${records}; in the tree of ${v.size} entries; ${keyWords(v)}; ${witnessWords(v)}`;
  return revealInvisible(line, { singleLine: true });
}
