// Version of the leaf definition and log formats in this package; bump when any of them changes.
export const LEDGER_VERSION = 1;

export { canonicalJson } from './canonical-json.ts';
export type { Checkpoint } from './checkpoint.ts';
export { formatCheckpoint, parseCheckpoint, verifyCheckpoint } from './checkpoint.ts';
export type { StoredNode } from './compact-range.ts';
export { CompactRange } from './compact-range.ts';
// Witnesses' signing side (C2SP tlog-cosignature/v1); readers verify with verifyCosignatures.
export type { CosignerSigner } from './cosign.ts';
export { cosignCheckpoint, cosignerVerifierKey, generateCosignerKey, parseCosignerSigner } from './cosign.ts';
export { ed25519PublicKey, ed25519Sign, ed25519Verify, isSmallOrderKey } from './ed25519.ts';
export { bytesEqual, concatBytes, fromBase64, fromHex, toBase64, toHex, utf8 } from './encoding.ts';
export type { LedgerErrorCode } from './errors.ts';
export { LedgerError } from './errors.ts';
export { eventLeafData, eventLeafHash, newSalt } from './event-leaf.ts';
export { emptyRoot, hashChildren, hashLeaf, sha256 } from './hashing.ts';
export { MemoryTree } from './memory-tree.ts';
export type { SignerKey, VerifierKey } from './note-key.ts';
export {
  formatVerifierKey,
  generateNoteKey,
  isValidKeyName,
  keyId,
  parseSignerKey,
  parseVerifierKey,
} from './note-key.ts';
export type { NodeId, ProofPlan } from './proof-plan.ts';
export { consistencyPlan, inclusionPlan } from './proof-plan.ts';
export { referenceConsistency, referenceInclusion, referenceRoot } from './reference.ts';
export type { NoteSignature, OpenedNote } from './signed-note.ts';
export { openNote, signNote } from './signed-note.ts';
// The verifier (also the subpath @concord/ledger/verify, which the browser imports without the signing code).
export type {
  Check,
  CheckId,
  EntryAnswer,
  EntryBundle,
  EntryVerification,
  SignedCheckpoint,
  VerificationErrorCode,
} from './verify/index.ts';
export {
  checkGrowth,
  isConfidential,
  keyFingerprint,
  readVerifierKey,
  VerificationError,
  verifyConsistencyProof,
  verifyCosignatures,
  verifyEntryBundle,
  verifyEntryInclusion,
  verifyEventLeaf,
  verifyInclusionProof,
  verifyLogGrowth,
  verifySignedCheckpoint,
} from './verify/index.ts';
export type { ConsistencyClaim, InclusionClaim } from './verify.ts';
export { rootFromInclusionProof, verifyConsistency, verifyInclusion } from './verify.ts';
