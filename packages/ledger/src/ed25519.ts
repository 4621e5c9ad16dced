// ONE Ed25519 verifier for server, CLI and browser: noble in strict RFC 8032 mode (zip215: false: canonical
// encodings of A and R, S < L), plus a refusal of small-order public keys (a small-order key makes signatures
// that verify for many messages). Other libraries (node:crypto, noble's ZIP-215 default) answer differently on
// the CCTV edge cases, so nothing else may be used to verify.
import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import { badInput } from './errors.ts';

ed.hashes.sha512 = sha512;

const isBytes = (v: unknown, n: number): v is Uint8Array => v instanceof Uint8Array && v.length === n;

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

/** Deterministic RFC 8032 signature with the 32-byte secret seed. */
export function ed25519Sign(seed: Uint8Array, message: Uint8Array): Uint8Array {
  if (!isBytes(seed, 32)) throw badInput('Ed25519 seed must be 32 bytes');
  return ed.sign(message, seed);
}

export function ed25519PublicKey(seed: Uint8Array): Uint8Array {
  if (!isBytes(seed, 32)) throw badInput('Ed25519 seed must be 32 bytes');
  return ed.getPublicKey(seed);
}
