// Signing with Ed25519, kept apart from ed25519-verify.ts so a verifier's import graph holds no signing code.
import * as ed from '@noble/ed25519';
import { isBytes } from './ed25519-verify.ts';
import { badInput } from './errors.ts';

export { ed25519Verify, isSmallOrderKey } from './ed25519-verify.ts';

/** Deterministic RFC 8032 signature with the 32-byte secret seed. */
export function ed25519Sign(seed: Uint8Array, message: Uint8Array): Uint8Array {
  if (!isBytes(seed, 32)) throw badInput('Ed25519 seed must be 32 bytes');
  return ed.sign(message, seed);
}

export function ed25519PublicKey(seed: Uint8Array): Uint8Array {
  if (!isBytes(seed, 32)) throw badInput('Ed25519 seed must be 32 bytes');
  return ed.getPublicKey(seed);
}
