// C2SP signed-note (Go sumdb/note): text ending in a newline, a blank line, then one line per signature
// "— <key name> <base64(4-byte key ID ‖ signature)>" with U+2014. Parsing follows Go's note.Open: strict
// format, unknown keys ignored, a known key whose signature fails rejects the whole note, and at least one
// known key must have signed.
import { ed25519Verify } from './ed25519-verify.ts';
import { fromBase64, utf8 } from './encoding.ts';
import { LedgerError } from './errors.ts';
import { isValidKeyName, parseVerifierKey, type VerifierKey } from './verifier-key.ts';

export type NoteSignature = { name: string; keyId: number; verified: boolean };
export type OpenedNote = { text: string; signatures: NoteSignature[] };

export const SIG_PREFIX = '\u2014 ';
const MAX_SIGNATURES = 100;
// As in Go: no ASCII control characters other than newline; and no lone surrogates (not encodable as UTF-8).
const LONE_SURROGATE = /\p{Cs}/u;
function hasForbidden(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 && c !== 0x0a) return true;
  }
  return LONE_SURROGATE.test(s);
}

export function malformed(why: string): never {
  throw new LedgerError('NOTE_MALFORMED', `malformed note: ${why}`);
}

export function checkText(text: string): void {
  if (typeof text !== 'string' || text.length === 0 || !text.endsWith('\n'))
    malformed('text must end with a newline');
  if (hasForbidden(text)) malformed('control character or invalid UTF-16 in text');
}

type SignatureLine = { name: string; keyId: number; signature: Uint8Array; line: string };

function parseSignatureLine(line: string): SignatureLine {
  if (!line.startsWith(SIG_PREFIX)) malformed('signature line must start with "— "');
  const rest = line.slice(SIG_PREFIX.length);
  const space = rest.indexOf(' ');
  if (space < 0) malformed('signature line needs a key name and a signature');
  const name = rest.slice(0, space);
  let raw: Uint8Array;
  try {
    raw = fromBase64(rest.slice(space + 1));
  } catch {
    malformed('signature is not valid base64');
  }
  if (!isValidKeyName(name) || raw.length < 5) malformed('bad key name or signature');
  const keyId = new DataView(raw.buffer, raw.byteOffset, 4).getUint32(0);
  return { name, keyId, signature: raw.subarray(4), line };
}

export function openNote(note: string, verifierKeys: string[]): OpenedNote {
  const known: VerifierKey[] = verifierKeys.map(parseVerifierKey);
  if (typeof note !== 'string') malformed('not a string');
  if (hasForbidden(note)) malformed('control character or invalid UTF-16');
  const split = note.lastIndexOf('\n\n');
  if (split < 0) malformed('no blank line before the signatures');
  const text = note.slice(0, split + 1);
  const block = note.slice(split + 2);
  if (block.length === 0 || !block.endsWith('\n')) malformed('signature block must end with a newline');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) malformed(`more than ${MAX_SIGNATURES} signatures`);
  const message = utf8(text);
  const signatures: NoteSignature[] = [];
  const seen = new Set<string>();
  for (const sig of lines.map(parseSignatureLine)) {
    const key = known.find((k) => k.name === sig.name && k.keyId === sig.keyId);
    // Repeated identical lines (unknown keys) or repeated signers (known keys) count once, as in Go.
    const dedupe = key ? `known ${sig.name} ${sig.keyId}` : `line ${sig.line}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    if (key && !ed25519Verify(key.publicKey, message, sig.signature)) {
      throw new LedgerError('SIGNATURE_INVALID', `signature by ${sig.name} does not verify`);
    }
    signatures.push({ name: sig.name, keyId: sig.keyId, verified: key !== undefined });
  }
  if (!signatures.some((s) => s.verified)) {
    throw new LedgerError('UNKNOWN_KEY', 'note is not signed by any of the given keys');
  }
  return { text, signatures };
}
