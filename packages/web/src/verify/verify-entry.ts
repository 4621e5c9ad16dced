// The checks the verify page runs in the browser. Everything the server sent is treated as a claim: the
// event is re-canonicalised and re-hashed here, the checkpoint's signature is checked against the key the
// reader trusts, and the inclusion proof is recomputed up to the signed root. Never throws: every failure
// becomes a failed check with a reason.
import {
  bytesEqual,
  canonicalJson,
  eventLeafHash,
  fromBase64,
  toBase64,
  verifyCheckpoint,
  verifyInclusion,
} from '@concord/ledger';
import type { CheckpointAnswer, InclusionAnswer, LogEntryAnswer } from '../api/types.ts';

export type CheckId = 'event' | 'leaf' | 'signature' | 'inclusion' | 'growth';
export type Check = { id: CheckId; title: string; ok: boolean; detail: string };

export type VerifyInput = {
  /** The entry the reader asked about. */
  index: number;
  /** The event as the reader holds it: JSON text, possibly edited or pasted from a leaked copy. */
  eventText: string;
  entry: LogEntryAnswer;
  checkpoint: CheckpointAnswer;
  proof: InclusionAnswer;
  /** The log's verifier key the reader trusts (by default the one the server announces). */
  verifierKey: string;
};

export type Verification = {
  ok: boolean;
  checks: Check[];
  summary: string;
  /** The checkpoint as signed, when its signature verified: what later checks may rely on. */
  signed: SignedCheckpoint | null;
  /** True when the entry's contents are not shared with the reader, so its leaf could not be recomputed. */
  confidential: boolean;
};

/** An entry whose contents the server withheld from this reader (only its leaf hash is public). */
export const isConfidential = (entry: LogEntryAnswer) => entry.confidential === true || entry.salt === null;

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));
const short = (b64: string) => (b64.length > 16 ? `${b64.slice(0, 16)}…` : b64);

export function verifyEntry(input: VerifyInput): Verification {
  if (isConfidential(input.entry)) return verifyConfidential(input);
  const event = checkEvent(input);
  const leaf = checkLeaf(input, event.value);
  const signature = checkSignature(input);
  const inclusion = checkInclusion(input, leaf.computed, signature.checkpoint);
  const checks = [event.check, leaf.check, signature.check, inclusion];
  const ok = checks.every((c) => c.ok);
  const summary = ok
    ? `This event is entry ${input.index} of the log, exactly as shown, and the log operator has signed a checkpoint that commits to it.`
    : `Entry ${input.index} is not verified. ${explainFailure(checks)}`;
  return { ok, checks, summary, signed: signature.checkpoint, confidential: false };
}

/**
 * A confidential entry: the reader cannot recompute its leaf (no event, no salt), but can still check that the
 * leaf hash the server gives is in the signed tree, so the entry cannot be removed or swapped unnoticed later.
 */
function verifyConfidential(input: VerifyInput): Verification {
  const signature = checkSignature(input);
  let leaf: Uint8Array | null = null;
  let leafProblem = '';
  try {
    if (input.entry.index !== input.index)
      throw new Error(`the server answered with entry ${input.entry.index}`);
    leaf = fromBase64(input.entry.leafHash);
    if (leaf.length !== 32) throw new Error(`a leaf hash has 32 bytes, this one ${leaf.length}`);
  } catch (e) {
    leaf = null;
    leafProblem = reason(e);
  }
  const inclusion =
    leaf === null
      ? {
          id: 'inclusion' as const,
          title: 'The entry is included in the signed tree',
          ok: false,
          detail: `Not checked: ${leafProblem}.`,
        }
      : checkInclusion(
          input,
          leaf,
          signature.checkpoint,
          'The confidential entry, by the leaf hash the log gives (not recomputed here),',
        );
  const checks = [signature.check, inclusion];
  const ok = checks.every((c) => c.ok);
  const summary = ok
    ? `Entry ${input.index} is in the log: the log operator has signed a checkpoint that commits to its leaf hash. Your browser could not recompute the leaf from the entry's contents, which are not shared with you, so this proves where the entry is, not what it says.`
    : `Entry ${input.index} is not verified. ${explainFailure(checks)}`;
  return { ok, checks, summary, signed: signature.checkpoint, confidential: true };
}

/** What the failed checks mean together, in the reader's terms. */
function explainFailure(checks: Check[]): string {
  const failed = new Set(checks.filter((c) => !c.ok).map((c) => c.id));
  const reasons: string[] = [];
  if (failed.has('event')) reasons.push('The text is not valid JSON, so it cannot be the recorded event.');
  else if (failed.has('leaf')) reasons.push('The event shown is not the one the log recorded at this entry.');
  if (failed.has('signature')) {
    reasons.push(
      'The checkpoint is not signed by the verifier key given, so the log does not vouch for any of this.',
    );
  } else if (failed.has('inclusion') && !failed.has('leaf') && !failed.has('event')) {
    reasons.push('The proof does not place this entry in the signed tree.');
  }
  return reasons.join(' ');
}

function checkEvent(input: VerifyInput): { check: Check; value: unknown } {
  const title = 'The event is readable JSON';
  try {
    const value: unknown = JSON.parse(input.eventText);
    const id = typeof value === 'object' && value !== null && 'id' in value ? String(value.id) : null;
    const detail =
      id === null
        ? 'The text parses as JSON; it is hashed below in its canonical form (RFC 8785), so spacing does not matter.'
        : `Event ${id}; it is hashed below in its canonical form (RFC 8785), so spacing does not matter.`;
    return { check: { id: 'event', title, ok: true, detail }, value };
  } catch (e) {
    return { check: { id: 'event', title, ok: false, detail: `Not JSON: ${reason(e)}` }, value: undefined };
  }
}

function checkLeaf(input: VerifyInput, event: unknown): { check: Check; computed: Uint8Array | null } {
  const title = 'The event hashes to the leaf recorded in the log';
  if (event === undefined) {
    return {
      check: { id: 'leaf', title, ok: false, detail: 'Not checked: the event could not be read.' },
      computed: null,
    };
  }
  try {
    if (input.entry.index !== input.index)
      throw new Error(`the server answered with entry ${input.entry.index}`);
    if (input.entry.salt === null) throw new Error('the entry has no salt');
    const computed = eventLeafHash(fromBase64(input.entry.salt), canonicalJson(event));
    const served = fromBase64(input.entry.leafHash);
    const mine = toBase64(computed);
    if (!bytesEqual(computed, served)) {
      const detail = `SHA-256 of the salt and this event, hashed as a log leaf, gives ${short(mine)}, but entry ${input.index} records ${short(input.entry.leafHash)}: this is not the event that was recorded.${canonicalNote(input, event)}`;
      return { check: { id: 'leaf', title, ok: false, detail }, computed };
    }
    const detail = `SHA-256(salt ‖ canonical event), hashed as an RFC 6962 leaf, gives ${short(mine)}, the leaf hash of entry ${input.index}.`;
    return { check: { id: 'leaf', title, ok: true, detail }, computed };
  } catch (e) {
    return {
      check: { id: 'leaf', title, ok: false, detail: `Could not hash the event: ${reason(e)}` },
      computed: null,
    };
  }
}

/**
 * When the hashes differ, says whether the server's own canonical text differs from the browser's for the same
 * event: that would point at a canonicalisation disagreement rather than a changed event.
 */
function canonicalNote(input: VerifyInput, event: unknown): string {
  const served = input.entry.canonical;
  if (typeof served !== 'string' || input.entry.salt === null || served === canonicalJson(event)) return '';
  const recorded = bytesEqual(
    eventLeafHash(fromBase64(input.entry.salt), served),
    fromBase64(input.entry.leafHash),
  );
  return recorded
    ? ' The canonical text the server sent does hash to the recorded leaf, and differs from this event’s canonical form.'
    : ' The canonical text the server sent does not hash to the recorded leaf either.';
}

export type SignedCheckpoint = { size: number; rootHash: Uint8Array; origin: string };

function checkSignature(input: VerifyInput): { check: Check; checkpoint: SignedCheckpoint | null } {
  const title = 'The checkpoint is signed by the log’s key';
  try {
    const cp = verifyCheckpoint(input.checkpoint.checkpoint, input.verifierKey);
    const keyName = input.verifierKey.split('+')[0] ?? '';
    const detail = `The Ed25519 signature of ${keyName} verifies on the checkpoint for ${cp.origin} at size ${cp.size} (root ${short(toBase64(cp.rootHash))}). Size and root are taken from the signed text, not from the rest of the server's answer.`;
    return { check: { id: 'signature', title, ok: true, detail }, checkpoint: cp };
  } catch (e) {
    return {
      check: { id: 'signature', title, ok: false, detail: `The checkpoint does not verify: ${reason(e)}` },
      checkpoint: null,
    };
  }
}

function checkInclusion(
  input: VerifyInput,
  leafHash: Uint8Array | null,
  cp: SignedCheckpoint | null,
  subject = 'This event',
): Check {
  const title = 'The entry is included in the signed tree';
  if (leafHash === null)
    return { id: 'inclusion', title, ok: false, detail: 'Not checked: no leaf hash to prove.' };
  if (cp === null)
    return {
      id: 'inclusion',
      title,
      ok: false,
      detail: 'Not checked: no signed checkpoint to prove against.',
    };
  try {
    if (input.proof.index !== input.index || input.proof.size !== cp.size) {
      throw new Error(
        `the proof is for entry ${input.proof.index} in a tree of size ${input.proof.size}, not entry ${input.index} at size ${cp.size}`,
      );
    }
    verifyInclusion({
      index: input.index,
      size: cp.size,
      leafHash,
      proof: input.proof.proof.map((h) => fromBase64(h)),
      root: cp.rootHash,
    });
    const detail = `${subject} is entry ${input.index} of the log whose signed checkpoint at size ${cp.size} has root ${toBase64(cp.rootHash)}: the ${input.proof.proof.length} hashes of the proof (RFC 9162) lead from its leaf to that root.`;
    return { id: 'inclusion', title, ok: true, detail };
  } catch (e) {
    return { id: 'inclusion', title, ok: false, detail: `The inclusion proof fails: ${reason(e)}` };
  }
}
