// The transparency-log checks, one per claim: an event hashes to the leaf the log recorded, a leaf is in the
// tree a checkpoint signed, and a later tree extends an earlier one. Each throws a VerificationError.
import { canonicalJson } from '../canonical-json.ts';
import { bytesEqual, fromBase64 } from '../encoding.ts';
import { eventLeafHash } from '../event-leaf.ts';
import { verifyConsistency, verifyInclusion } from '../verify.ts';
import type { SignedCheckpoint } from './checkpoint.ts';
import { asVerification, VerificationError } from './error.ts';

/** Decodes base64 from an answer (strict), failing as INPUT_MALFORMED with the field named. */
export function base64Field(name: string, value: unknown, bytes?: number): Uint8Array {
  const decoded = asVerification('INPUT_MALFORMED', () => fromBase64(String(value)));
  if (bytes !== undefined && decoded.length !== bytes)
    throw new VerificationError('INPUT_MALFORMED', `${name} must have ${bytes} bytes, not ${decoded.length}`);
  return decoded;
}

/** Parses the event text a reader holds (JSON, any spacing) and returns its canonical form (RFC 8785). */
export function canonicalEvent(eventText: string): { value: unknown; canonical: string } {
  const value = asVerification('EVENT_MALFORMED', () => JSON.parse(eventText) as unknown);
  return { value, canonical: asVerification('EVENT_MALFORMED', () => canonicalJson(value)) };
}

/** The leaf hash of `canonical` under `salt`, if it equals the leaf the log recorded; else LEAF_MISMATCH. */
export function verifyEventLeaf(claim: { salt: string; canonical: string; leafHash: string }): Uint8Array {
  const salt = base64Field('the salt', claim.salt, 32);
  const recorded = base64Field('the leaf hash', claim.leafHash, 32);
  const computed = eventLeafHash(salt, claim.canonical);
  if (!bytesEqual(computed, recorded))
    throw new VerificationError('LEAF_MISMATCH', 'the event does not hash to the leaf the log recorded');
  return computed;
}

export type InclusionAnswer = { index: number; size: number; proof: string[] };

/** That `leafHash` is entry `index` of the tree `checkpoint` signed, by the RFC 9162 proof given. */
export function verifyEntryInclusion(
  index: number,
  leafHash: Uint8Array,
  proof: InclusionAnswer,
  checkpoint: SignedCheckpoint,
): void {
  if (proof.index !== index || proof.size !== checkpoint.size) {
    throw new VerificationError(
      'INCLUSION_PROOF_INVALID',
      `the proof is for entry ${proof.index} in a tree of size ${proof.size}, not entry ${index} at size ${checkpoint.size}`,
    );
  }
  const hashes = proof.proof.map((h, k) => base64Field(`proof hash ${k}`, h));
  verifyInclusionProof({ index, size: checkpoint.size, leafHash, proof: hashes, root: checkpoint.rootHash });
}

/** RFC 9162 inclusion, failing as INCLUSION_PROOF_INVALID (or INPUT_MALFORMED for bad sizes and hashes). */
export function verifyInclusionProof(claim: Parameters<typeof verifyInclusion>[0]): void {
  asVerification('INCLUSION_PROOF_INVALID', () => verifyInclusion(claim), { BAD_INPUT: 'INPUT_MALFORMED' });
}

/** RFC 9162 consistency, failing as CONSISTENCY_PROOF_INVALID (or INPUT_MALFORMED). */
export function verifyConsistencyProof(claim: Parameters<typeof verifyConsistency>[0]): void {
  asVerification('CONSISTENCY_PROOF_INVALID', () => verifyConsistency(claim), {
    BAD_INPUT: 'INPUT_MALFORMED',
  });
}

export type TreeHead = { size: number; rootHash: Uint8Array };

/** That the tree `current` extends `previous` (nothing removed or rewritten), by a consistency proof. */
export function verifyLogGrowth(previous: TreeHead, current: TreeHead, proof: string[]): void {
  if (previous.size > current.size) {
    throw new VerificationError(
      'LOG_SHRANK',
      `the log is smaller than before (${previous.size} entries, now ${current.size})`,
    );
  }
  const hashes = proof.map((h, k) => base64Field(`proof hash ${k}`, h));
  verifyConsistencyProof({
    size1: previous.size,
    size2: current.size,
    proof: hashes,
    root1: previous.rootHash,
    root2: current.rootHash,
  });
}
