// @concord/ledger/verify: everything a reader needs to check the log, and nothing that signs. The browser, the
// CLI and the server import these same functions, so they give the same verdict on the same input
// (verify-entries.test.ts runs the public vectors through this entry and the package's root entry).

export { canonicalJson } from '../canonical-json.ts';
// Raw Ed25519 verification (strict, small-order keys refused) for signatures other than the log's: an
// account's signature on an agreed text (core/src/signatures).
export { ed25519Verify, isSmallOrderKey } from '../ed25519-verify.ts';
export { bytesEqual, fromBase64, toBase64, toHex, utf8 } from '../encoding.ts';
export { sha256 } from '../hashing.ts';
export { openNote } from '../open-note.ts';
export type { EntryAnswer, EntryBundle, EntryVerification } from './bundle.ts';
export { isConfidential, verifyEntryBundle } from './bundle.ts';
export type { Check, CheckId } from './check.ts';
export type { SignedCheckpoint } from './checkpoint.ts';
export { verifySignedCheckpoint } from './checkpoint.ts';
export type { Cosignature, CosignerKey } from './cosignature.ts';
export { readCosignerKey, verifyCosignatures } from './cosignature.ts';
export type { VerificationErrorCode } from './error.ts';
export { VerificationError } from './error.ts';
export type { RememberedCheckpoint } from './growth.ts';
export { checkGrowth, missingGrowthProof } from './growth.ts';
export { keyFingerprint, readVerifierKey, sameKey } from './key.ts';
export type { PinnedKey } from './pin.ts';
export { checkPinnedKey, describeKey } from './pin.ts';
export type { ProofBundle } from './proof-bundle.ts';
export { encodeProofBundle, MAX_BUNDLE_BYTES, parseProofBundle, TLOG_PROOF_HEADER } from './proof-bundle.ts';
export type { BundleCheckOptions, BundleVerdict, KeySource } from './proof-bundle-check.ts';
export { verifyProofBundle } from './proof-bundle-check.ts';
export type { InclusionAnswer, TreeHead } from './tlog.ts';
export {
  canonicalEvent,
  verifyConsistencyProof,
  verifyEntryInclusion,
  verifyEventLeaf,
  verifyInclusionProof,
  verifyLogGrowth,
} from './tlog.ts';
