// The log's verifier key, as a reader holds it (C2SP note verifier key <name>+<key id>+<base64>).
import { bytesEqual, toHex } from '../encoding.ts';
import { sha256 } from '../hashing.ts';
import { parseVerifierKey, type VerifierKey } from '../verifier-key.ts';
import { asVerification } from './error.ts';

/** Parses a verifier key; small-order or malformed keys are refused (KEY_INVALID). */
export function readVerifierKey(text: string): VerifierKey {
  return asVerification('KEY_INVALID', () => parseVerifierKey(text));
}

/** A short fingerprint a person can compare by eye: the first 8 bytes of SHA-256 of the public key, in hex. */
export function keyFingerprint(key: VerifierKey): string {
  return (toHex(sha256(key.publicKey)).slice(0, 16).match(/.{4}/g) ?? []).join(' ');
}

export function sameKey(a: VerifierKey, b: VerifierKey): boolean {
  return a.name === b.name && a.keyId === b.keyId && bytesEqual(a.publicKey, b.publicKey);
}
