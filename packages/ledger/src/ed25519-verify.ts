// ONE Ed25519 verifier for server, CLI and browser: noble in strict RFC 8032 mode (zip215: false: canonical
// encodings of A and R, S < L), plus a refusal of small-order public keys (a small-order key makes signatures
// that verify for many messages). Other libraries (node:crypto, noble's ZIP-215 default) answer differently on
// the CCTV edge cases, so nothing else may be used to verify.
import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';

ed.hashes.sha512 = sha512;

export const isBytes = (v: unknown, n: number): v is Uint8Array => v instanceof Uint8Array && v.length === n;

/** True if `publicKey` is not a valid point, or a point of small order (including the identity). */
export function isSmallOrderKey(publicKey: Uint8Array): boolean {
  if (!isBytes(publicKey, 32)) return true;
  try {
    return ed.Point.fromBytes(publicKey, false).isSmallOrder();
  } catch {
    return true;
  }
}

/** Strict verification; never throws: malformed keys/signatures and small-order keys simply do not verify. */
export function ed25519Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (!isBytes(publicKey, 32) || !isBytes(signature, 64) || !(message instanceof Uint8Array)) return false;
  if (isSmallOrderKey(publicKey)) return false;
  try {
    return ed.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}
