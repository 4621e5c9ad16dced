// An entry with what proves it (the log's answer for the entry, a signed checkpoint, an inclusion proof) checked
// as a whole, the way the verify page, the CLI and the server's own tests check one. Everything given is a claim:
// the event is re-canonicalised and re-hashed, the checkpoint's signature checked against the key the reader
// trusts, the proof recomputed to the signed root. Never throws: every failure is a failed check with its code.
import { bytesEqual, toBase64 } from '../encoding.ts';
import { eventLeafHash } from '../event-leaf.ts';
import { attempt, type Check, failed } from './check.ts';
import { type SignedCheckpoint, verifySignedCheckpoint } from './checkpoint.ts';
import { VerificationError } from './error.ts';
import {
  base64Field,
  canonicalEvent,
  type InclusionAnswer,
  verifyEntryInclusion,
  verifyEventLeaf,
} from './tlog.ts';

export type EntryAnswer = {
  index: number;
  confidential?: boolean;
  salt: string | null;
  leafHash: string;
  /** The canonical text the server says it hashed (used only to explain a mismatch). */
  canonical?: string | null;
};

export type EntryBundle = {
  /** The entry the reader asked about. */
  index: number;
  /** The event as the reader holds it: JSON text, possibly edited or pasted from a copy. */
  eventText: string;
  entry: EntryAnswer;
  checkpoint: { checkpoint: string };
  proof: InclusionAnswer;
  /** The log's verifier key the reader trusts. */
  verifierKey: string;
};

export type EntryVerification = {
  ok: boolean;
  checks: Check[];
  summary: string;
  /** The checkpoint as signed, when its signature verified: what later checks may rely on. */
  signed: SignedCheckpoint | null;
  /** True when the entry's contents are withheld from the reader, so its leaf could not be recomputed. */
  confidential: boolean;
};

/** An entry whose contents the server withheld from this reader (only its leaf hash is public). */
export const isConfidential = (entry: EntryAnswer) => entry.confidential === true || entry.salt === null;

const short = (b64: string) => (b64.length > 16 ? `${b64.slice(0, 16)}…` : b64);
const INCLUSION = 'The entry is included in the signed tree';

export function verifyEntryBundle(input: EntryBundle): EntryVerification {
  if (isConfidential(input.entry)) return verifyConfidential(input);
  const event = checkEvent(input);
  const leaf = checkLeaf(input, event.value);
  const signature = checkSignature(input);
  const inclusion = checkInclusion(input, leaf.value, signature.value);
  const checks = [event.check, leaf.check, signature.check, inclusion];
  const ok = checks.every((c) => c.ok);
  const summary = ok
    ? `This event is entry ${input.index} of the log, exactly as shown, and the log operator has signed a checkpoint that commits to it.`
    : `Entry ${input.index} is not verified. ${explainFailure(checks)}`;
  return { ok, checks, summary, signed: signature.value, confidential: false };
}

/**
 * A confidential entry: the reader cannot recompute its leaf (no event, no salt), but can still check that the
 * leaf hash the server gives is in the signed tree, so the entry cannot be removed or swapped unnoticed later.
 */
function verifyConfidential(input: EntryBundle): EntryVerification {
  const signature = checkSignature(input);
  let leaf: Uint8Array | null = null;
  let problem = '';
  try {
    sameIndex(input);
    leaf = base64Field('a leaf hash', input.entry.leafHash, 32);
  } catch (e) {
    problem = e instanceof Error ? e.message : String(e);
  }
  const inclusion =
    leaf === null
      ? failed('inclusion', INCLUSION, `Not checked: ${problem}.`)
      : checkInclusion(
          input,
          leaf,
          signature.value,
          'The confidential entry, by the leaf hash the log gives (not recomputed here),',
        );
  const checks = [signature.check, inclusion];
  const ok = checks.every((c) => c.ok);
  const summary = ok
    ? `Entry ${input.index} is in the log: the log operator has signed a checkpoint that commits to its leaf hash. Your browser could not recompute the leaf from the entry's contents, which are not shared with you, so this proves where the entry is, not what it says.`
    : `Entry ${input.index} is not verified. ${explainFailure(checks)}`;
  return { ok, checks, summary, signed: signature.value, confidential: true };
}

function sameIndex(input: EntryBundle): void {
  if (input.entry.index !== input.index)
    throw new VerificationError('INPUT_MALFORMED', `the server answered with entry ${input.entry.index}`);
}

/** What the failed checks mean together, in the reader's terms. */
function explainFailure(checks: Check[]): string {
  const failedIds = new Set(checks.filter((c) => !c.ok).map((c) => c.id));
  const reasons: string[] = [];
  if (failedIds.has('event')) reasons.push('The text is not valid JSON, so it cannot be the recorded event.');
  else if (failedIds.has('leaf'))
    reasons.push('The event shown is not the one the log recorded at this entry.');
  if (failedIds.has('signature')) {
    reasons.push(
      'The checkpoint is not signed by the verifier key given, so the log does not vouch for any of this.',
    );
  } else if (failedIds.has('inclusion') && !failedIds.has('leaf') && !failedIds.has('event')) {
    reasons.push('The proof does not place this entry in the signed tree.');
  }
  return reasons.join(' ');
}

function checkEvent(input: EntryBundle) {
  return attempt('event', 'The event is readable JSON', 'Not JSON: ', () => {
    const { value, canonical } = canonicalEvent(input.eventText);
    const id = typeof value === 'object' && value !== null && 'id' in value ? String(value.id) : null;
    const how = 'it is hashed below in its canonical form (RFC 8785), so spacing does not matter.';
    return {
      value: canonical,
      detail: id === null ? `The text parses as JSON; ${how}` : `Event ${id}; ${how}`,
    };
  });
}

function checkLeaf(input: EntryBundle, canonical: string | null) {
  const title = 'The event hashes to the leaf recorded in the log';
  if (canonical === null)
    return { check: failed('leaf', title, 'Not checked: the event could not be read.'), value: null };
  const salt = input.entry.salt ?? '';
  const result = attempt('leaf', title, 'Could not hash the event: ', () => {
    sameIndex(input);
    const value = verifyEventLeaf({ salt, canonical, leafHash: input.entry.leafHash });
    const detail = `SHA-256(salt ‖ canonical event), hashed as an RFC 6962 leaf, gives ${short(toBase64(value))}, the leaf hash of entry ${input.index}.`;
    return { value, detail };
  });
  if (result.check.code !== 'LEAF_MISMATCH') return result;
  // A mismatch still yields the leaf this event would have, so the inclusion check can say it is not there.
  const computed = eventLeafHash(base64Field('the salt', salt, 32), canonical);
  const detail = `SHA-256 of the salt and this event, hashed as a log leaf, gives ${short(toBase64(computed))}, but entry ${input.index} records ${short(input.entry.leafHash)}: this is not the event that was recorded.${canonicalNote(input, canonical)}`;
  return { check: failed('leaf', title, detail, 'LEAF_MISMATCH'), value: computed };
}

/**
 * When the hashes differ, says whether the server's own canonical text differs from the reader's for the same
 * event: that would point at a canonicalisation disagreement rather than a changed event.
 */
function canonicalNote(input: EntryBundle, canonical: string): string {
  const served = input.entry.canonical;
  if (typeof served !== 'string' || input.entry.salt === null || served === canonical) return '';
  const recorded = bytesEqual(
    eventLeafHash(base64Field('the salt', input.entry.salt, 32), served),
    base64Field('the leaf hash', input.entry.leafHash, 32),
  );
  return recorded
    ? ' The canonical text the server sent does hash to the recorded leaf, and differs from this event’s canonical form.'
    : ' The canonical text the server sent does not hash to the recorded leaf either.';
}

function checkSignature(input: EntryBundle) {
  const title = 'The checkpoint is signed by the log’s key';
  return attempt('signature', title, 'The checkpoint does not verify: ', () => {
    const value = verifySignedCheckpoint(input.checkpoint.checkpoint, input.verifierKey);
    const keyName = input.verifierKey.split('+')[0] ?? '';
    const detail = `The Ed25519 signature of ${keyName} verifies on the checkpoint for ${value.origin} at size ${value.size} (root ${short(toBase64(value.rootHash))}). Size and root are taken from the signed text, not from the rest of the server's answer.`;
    return { value, detail };
  });
}

function checkInclusion(
  input: EntryBundle,
  leafHash: Uint8Array | null,
  cp: SignedCheckpoint | null,
  subject = 'This event',
): Check {
  if (leafHash === null) return failed('inclusion', INCLUSION, 'Not checked: no leaf hash to prove.');
  if (cp === null)
    return failed('inclusion', INCLUSION, 'Not checked: no signed checkpoint to prove against.');
  return attempt('inclusion', INCLUSION, 'The inclusion proof fails: ', () => {
    verifyEntryInclusion(input.index, leafHash, input.proof, cp);
    const detail = `${subject} is entry ${input.index} of the log whose signed checkpoint at size ${cp.size} has root ${toBase64(cp.rootHash)}: the ${input.proof.proof.length} hashes of the proof (RFC 9162) lead from its leaf to that root.`;
    return { value: null, detail };
  }).check;
}
