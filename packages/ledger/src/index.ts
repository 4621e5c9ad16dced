// Version of the leaf definition and log formats in this package; bump when any of them changes.
export const LEDGER_VERSION = 1;

export { canonicalJson } from './canonical-json.ts';
export type { StoredNode } from './compact-range.ts';
export { CompactRange } from './compact-range.ts';
export { bytesEqual, concatBytes, fromBase64, fromHex, toBase64, toHex, utf8 } from './encoding.ts';
export type { LedgerErrorCode } from './errors.ts';
export { LedgerError } from './errors.ts';
export { eventLeafData, eventLeafHash, newSalt } from './event-leaf.ts';
export { emptyRoot, hashChildren, hashLeaf, sha256 } from './hashing.ts';
export { MemoryTree } from './memory-tree.ts';
export type { NodeId, ProofPlan } from './proof-plan.ts';
export { consistencyPlan, inclusionPlan } from './proof-plan.ts';
export { referenceConsistency, referenceInclusion, referenceRoot } from './reference.ts';
export type { ConsistencyClaim, InclusionClaim } from './verify.ts';
export { rootFromInclusionProof, verifyConsistency, verifyInclusion } from './verify.ts';
