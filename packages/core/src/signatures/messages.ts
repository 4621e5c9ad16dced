// What exactly is signed. Each message starts with its own purpose line, so a signature made for one purpose
// (signing an agreed text, approving a new key) can never be replayed as the other, nor as a log checkpoint
// (a signed note's text starts with the log's origin, never with "concord.").
import { ed25519Verify, fromBase64, utf8 } from '@concord/ledger/verify';
import { publicKeyBytes } from './keys.ts';

export const HASH_PATTERN = /^[0-9a-f]{64}$/;

/** Signed by a signatory: `concord.version-signature/v1\n<version hash>\n`. */
export function versionSignatureMessage(hash: string): Uint8Array {
  if (!HASH_PATTERN.test(hash)) throw new Error('a version hash is 64 lowercase hex digits');
  return utf8(`concord.version-signature/v1\n${hash}\n`);
}

/**
 * Signed by an account's current key to approve its successor:
 * `concord.key-rotation/v1\n<account id>\n<old key id>\n<new public key base64>\n`.
 */
export function keyRotationMessage(accountId: string, oldKeyId: string, newPublicKey: string): Uint8Array {
  return utf8(`concord.key-rotation/v1\n${accountId}\n${oldKeyId}\n${newPublicKey}\n`);
}

/** True when `signature` (base64, 64 bytes) verifies `message` under `publicKey` (base64); never throws. */
export function verifyWithKey(publicKey: string, message: Uint8Array, signature: string): boolean {
  const key = publicKeyBytes(publicKey);
  if (key === null) return false;
  let sig: Uint8Array;
  try {
    sig = fromBase64(signature);
  } catch {
    return false;
  }
  return ed25519Verify(key, message, sig);
}

export function verifyVersionSignature(publicKey: string, hash: string, signature: string): boolean {
  return HASH_PATTERN.test(hash) && verifyWithKey(publicKey, versionSignatureMessage(hash), signature);
}
