// RFC 6962 §2.1 hashing: leaves and interior nodes carry different one-byte prefixes (domain separation), so a
// leaf can never be passed off as an interior node (no second-preimage trick).
import { checkHash } from './errors.ts';
import { sha256Bytes, sha256Node } from './sha256-core.ts';

const EMPTY_ROOT = sha256Bytes(new Uint8Array(0));

export function sha256(data: Uint8Array): Uint8Array {
  return sha256Bytes(data);
}

/** Leaf hash: SHA-256(0x00 ‖ data). */
export function hashLeaf(data: Uint8Array): Uint8Array {
  const buf = new Uint8Array(data.length + 1);
  buf.set(data, 1);
  return sha256Bytes(buf);
}

/** Interior node: SHA-256(0x01 ‖ left ‖ right); both children must be 32-byte hashes. */
export function hashChildren(left: Uint8Array, right: Uint8Array): Uint8Array {
  checkHash('left child', left);
  checkHash('right child', right);
  return sha256Node(left, right);
}

/** Root of the empty tree: SHA-256 of the empty string. */
export function emptyRoot(): Uint8Array {
  return EMPTY_ROOT.slice();
}
