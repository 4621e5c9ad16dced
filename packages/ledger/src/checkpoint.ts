// C2SP tlog-checkpoint: the signed note body "<origin>\n<size in decimal>\n<base64 root hash>\n[extension\n]...".
import { fromBase64, toBase64 } from './encoding.ts';
import { LedgerError } from './errors.ts';
import { openNote } from './open-note.ts';
import { parseVerifierKey } from './verifier-key.ts';

export type Checkpoint = { origin: string; size: number; rootHash: Uint8Array; extensions: string[] };

function malformed(why: string): never {
  throw new LedgerError('CHECKPOINT_MALFORMED', `malformed checkpoint: ${why}`);
}

// A line: non-empty, no control characters (newline included), no lone surrogates.
const isLine = (s: unknown) => typeof s === 'string' && s.length > 0 && !/[\p{Cc}\p{Cs}]/u.test(s);

export function formatCheckpoint({
  origin,
  size,
  rootHash,
  extensions = [],
}: {
  origin: string;
  size: number;
  rootHash: Uint8Array;
  extensions?: string[];
}): string {
  if (!isLine(origin)) malformed('origin must be one non-empty line');
  if (!Number.isSafeInteger(size) || size < 0) malformed('size must be a non-negative safe integer');
  if (!(rootHash instanceof Uint8Array) || rootHash.length !== 32) malformed('root hash must be 32 bytes');
  if (!extensions.every(isLine)) malformed('extension lines must be non-empty single lines');
  return [origin, String(size), toBase64(rootHash), ...extensions].map((line) => `${line}\n`).join('');
}

export function parseCheckpoint(text: string): Checkpoint {
  if (typeof text !== 'string' || !text.endsWith('\n')) malformed('must end with a newline');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3) malformed('needs origin, size and root hash lines');
  const [origin, sizeText, rootText, ...extensions] = lines as [string, string, string, ...string[]];
  if (!isLine(origin)) malformed('bad origin line');
  // Decimal without sign or leading zeros, so each size has exactly one spelling.
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText)) malformed('size must be a decimal number without leading zeros');
  const size = Number(sizeText);
  if (!Number.isSafeInteger(size)) malformed('size is too large');
  let rootHash: Uint8Array;
  try {
    rootHash = fromBase64(rootText);
  } catch {
    malformed('root hash is not valid base64');
  }
  if (rootHash.length !== 32) malformed('root hash must be 32 bytes');
  if (!extensions.every(isLine)) malformed('empty or invalid extension line');
  return { origin, size, rootHash, extensions };
}

/**
 * Opens a signed checkpoint with the log's verifier key and parses it. The origin must equal the key name
 * (as for Go sumdb, Rekor v2 and our server), so a key used for two logs cannot vouch for the wrong one.
 */
export function verifyCheckpoint(note: string, verifierKey: string): Checkpoint {
  const key = parseVerifierKey(verifierKey);
  const opened = openNote(note, [verifierKey]);
  const checkpoint = parseCheckpoint(opened.text);
  if (checkpoint.origin !== key.name)
    malformed(`origin "${checkpoint.origin}" is not the key name "${key.name}"`);
  return checkpoint;
}
