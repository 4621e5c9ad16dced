// RFC 6962 §2.1 hashing: leaves and interior nodes carry different one-byte prefixes (domain separation), so a
// leaf can never be passed off as an interior node (no second-preimage trick).
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { checkHash } from './errors.ts';

const EMPTY_ROOT = nobleSha256(new Uint8Array(0));

export function sha256(data: Uint8Array): Uint8Array {
  return nobleSha256(data);
}

/** Leaf hash: SHA-256(0x00 ‖ data). */
export function hashLeaf(data: Uint8Array): Uint8Array {
  const buf = new Uint8Array(data.length + 1);
  buf.set(data, 1);
  return nobleSha256(buf);
}

/** Interior node: SHA-256(0x01 ‖ left ‖ right); both children must be 32-byte hashes. */
export function hashChildren(left: Uint8Array, right: Uint8Array): Uint8Array {
  checkHash('left child', left);
  checkHash('right child', right);
  const buf = new Uint8Array(65);
  buf[0] = 1;
  buf.set(left, 1);
  buf.set(right, 33);
  return nobleSha256(buf);
}

/** Root of the empty tree: SHA-256 of the empty string. */
export function emptyRoot(): Uint8Array {
  return EMPTY_ROOT.slice();
}
