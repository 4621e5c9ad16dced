// An entry's offline proof as a C2SP tlog-proof@v1 file: "c2sp.org/tlog-proof@v1", an `extra` line, "index N",
// the RFC 6962 inclusion hashes one per line, a blank line, then the log's signed checkpoint verbatim (with any
// witness cosignatures). The `extra` line carries what Concord needs to re-derive the leaf: the event's canonical
// JSON and its salt (both absent for a confidential entry, which keeps only its leaf hash), and the keys the
// checkpoint claims to be signed by. Extra data is not authenticated: a verifier re-derives or checks all of it.
//
// Parsing is strict so that every byte of a bundle matters: one spelling for each value (canonical JSON, strict
// base64, decimal without leading zeros), no unknown fields, and any defect a VerificationError — never another
// kind of throw — so a hostile file gets a coded answer.
import { canonicalJson } from '../canonical-json.ts';
import { fromBase64, toBase64, utf8 } from '../encoding.ts';
import { VerificationError } from './error.ts';

export const TLOG_PROOF_HEADER = 'c2sp.org/tlog-proof@v1';
export const CONCORD_EXTRA = 'concord.entry/v1';
/** Larger than any entry we write (an event is at most a few hundred kB), small enough to read whole. */
export const MAX_BUNDLE_BYTES = 4 * 1024 * 1024;
// A tree of 2^63 entries needs 63 hashes; tlog-witness caps proofs at the same length.
const MAX_PROOF_HASHES = 63;
const MAX_WITNESSES = 50;

export type ProofBundle = {
  index: number;
  /** Inclusion proof hashes, base64, from the leaf's sibling up. */
  proof: string[];
  /** The signed checkpoint note, verbatim (ends in a newline). */
  checkpoint: string;
  /** The log's verifier key the bundle names (a claim: the reader decides whether to trust it). */
  verifierKey: string;
  /** Cosigner keys of the witnesses whose cosignatures the checkpoint carries (claims, like the log key). */
  witnessKeys: string[];
  leafHash: string;
  /** Base64 salt and canonical event text; both null for a confidential entry. */
  salt: string | null;
  event: string | null;
};

const fail = (why: string): never => {
  throw new VerificationError('BUNDLE_MALFORMED', `not a Concord proof bundle: ${why}`);
};

type Extra = Pick<ProofBundle, 'verifierKey' | 'witnessKeys' | 'leafHash' | 'salt' | 'event'>;

function extraObject(b: Extra) {
  return {
    format: CONCORD_EXTRA,
    verifierKey: b.verifierKey,
    witnessKeys: b.witnessKeys,
    leafHash: b.leafHash,
    salt: b.salt,
    event: b.event,
  };
}

/** The bundle as text. The same input always gives the same bytes. */
export function encodeProofBundle(b: ProofBundle): string {
  if (!Number.isSafeInteger(b.index) || b.index < 0) fail('the index must be a non-negative integer');
  if (!b.checkpoint.endsWith('\n')) fail('the checkpoint note must end with a newline');
  if ((b.salt === null) !== (b.event === null)) fail('an entry has both a salt and an event, or neither');
  const extra = toBase64(utf8(canonicalJson(extraObject(b))));
  const head = [TLOG_PROOF_HEADER, `extra ${extra}`, `index ${b.index}`, ...b.proof];
  return `${head.join('\n')}\n\n${b.checkpoint}`;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decodeText(input: string | Uint8Array): string {
  if (typeof input === 'string') return input;
  if (input.length > MAX_BUNDLE_BYTES) fail(`larger than ${MAX_BUNDLE_BYTES} bytes`);
  try {
    return decoder.decode(input);
  } catch {
    return fail('not UTF-8 text');
  }
}

function strictBase64(what: string, text: string, bytes?: number): Uint8Array {
  let decoded: Uint8Array;
  try {
    decoded = fromBase64(text);
  } catch {
    return fail(`${what} is not strict base64`);
  }
  if (bytes !== undefined && decoded.length !== bytes) fail(`${what} must be ${bytes} bytes`);
  return decoded;
}

/** Parses a bundle file (text or raw bytes); every defect is a VerificationError coded BUNDLE_MALFORMED. */
export function parseProofBundle(input: string | Uint8Array): ProofBundle {
  const text = decodeText(input);
  if (text.length > MAX_BUNDLE_BYTES) fail(`larger than ${MAX_BUNDLE_BYTES} bytes`);
  const split = text.indexOf('\n\n');
  if (split < 0) fail('no blank line before the checkpoint');
  const [header, extraLine, indexLine, ...proof] = text.slice(0, split).split('\n');
  if (header !== TLOG_PROOF_HEADER) fail(`the first line must be ${TLOG_PROOF_HEADER}`);
  if (!extraLine?.startsWith('extra ')) fail('the second line must be the Concord "extra" line');
  const index = readIndex(indexLine ?? '');
  if (proof.length > MAX_PROOF_HASHES) fail(`more than ${MAX_PROOF_HASHES} proof hashes`);
  for (const [k, h] of proof.entries()) strictBase64(`proof hash ${k + 1}`, h, 32);
  const checkpoint = text.slice(split + 2);
  if (checkpoint.length === 0 || !checkpoint.endsWith('\n')) fail('the checkpoint must end with a newline');
  return { index, proof, checkpoint, ...readExtra(String(extraLine).slice('extra '.length)) };
}

function readIndex(line: string): number {
  const digits = line.startsWith('index ') ? line.slice('index '.length) : '';
  if (!/^(0|[1-9][0-9]{0,15})$/.test(digits))
    fail('the third line must be "index N" (decimal, no leading zeros)');
  const index = Number(digits);
  if (!Number.isSafeInteger(index)) fail('the index is too large');
  return index;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function readExtra(b64: string): Extra {
  let json: string;
  try {
    json = decoder.decode(strictBase64('the extra line', b64));
  } catch (e) {
    if (e instanceof VerificationError) throw e;
    return fail('the extra line is not UTF-8');
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail('the extra line is not JSON');
  }
  if (!isRecord(value) || value.format !== CONCORD_EXTRA) fail(`the extra line is not ${CONCORD_EXTRA}`);
  const v = value as Record<string, unknown>;
  const extra = {
    verifierKey: typeof v.verifierKey === 'string' ? v.verifierKey : fail('no log key'),
    witnessKeys: readWitnessKeys(v.witnessKeys),
    leafHash: typeof v.leafHash === 'string' ? v.leafHash : fail('no leaf hash'),
    salt: v.salt === null || typeof v.salt === 'string' ? v.salt : fail('the salt is not text'),
    event: v.event === null || typeof v.event === 'string' ? v.event : fail('the event is not text'),
  };
  // One spelling only: the extra must be exactly the canonical JSON of the known fields (no unknown field).
  if (safeCanonical(extraObject(extra)) !== json) fail('the extra line is not in canonical form');
  strictBase64('the leaf hash', extra.leafHash, 32);
  if ((extra.salt === null) !== (extra.event === null))
    fail('a salt without an event, or an event without one');
  if (extra.salt !== null) strictBase64('the salt', extra.salt, 32);
  if (extra.event !== null) readCanonicalEvent(extra.event);
  return extra;
}

function readWitnessKeys(v: unknown): string[] {
  if (!Array.isArray(v) || v.length > MAX_WITNESSES || !v.every((k) => typeof k === 'string'))
    fail(`the witness keys must be a list of at most ${MAX_WITNESSES} keys`);
  return v as string[];
}

function safeCanonical(value: unknown): string | null {
  try {
    return canonicalJson(value);
  } catch {
    return null;
  }
}

/** The bundle's own copy of the event must be exactly what the log hashed: canonical JSON (RFC 8785). */
function readCanonicalEvent(event: string): void {
  let value: unknown;
  try {
    value = JSON.parse(event);
  } catch {
    throw new VerificationError('EVENT_MALFORMED', 'the event in the bundle is not JSON');
  }
  if (safeCanonical(value) !== event)
    throw new VerificationError('EVENT_MALFORMED', 'the event in the bundle is not in canonical form');
}
