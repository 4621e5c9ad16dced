// An account's signing key as it is registered and read: the raw 32-byte Ed25519 public key in standard base64.
// The checks are the verify subpath's (strict RFC 8032 decoding, small-order and non-canonical points refused),
// so the server, the CLI and the browser refuse the same keys.
import { fromBase64, isSmallOrderKey, sha256, toBase64, toHex } from '@concord/ledger/verify';

/** The key's bytes, or null when it is not a usable Ed25519 public key (malformed, small order, non-canonical). */
export function publicKeyBytes(base64: string): Uint8Array | null {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(base64);
  } catch {
    return null;
  }
  // fromBase64 accepts one encoding per byte string, so base64 ↔ bytes is a bijection (no aliases of a key).
  if (bytes.length !== 32 || toBase64(bytes) !== base64 || isSmallOrderKey(bytes)) return null;
  return bytes;
}

export function isUsablePublicKey(base64: string): boolean {
  return publicKeyBytes(base64) !== null;
}

/**
 * What a person compares by eye: SHA-256 of the raw public key, its first 16 bytes in hex in groups of four
 * ("3f2a 9c01 …"). The whole key stays the identity; this only names it.
 */
export function accountKeyFingerprint(base64: string): string {
  const bytes = publicKeyBytes(base64);
  if (bytes === null) throw new Error('not a usable Ed25519 public key');
  return (toHex(sha256(bytes)).slice(0, 32).match(/.{4}/g) ?? []).join(' ');
}
