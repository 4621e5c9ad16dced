// @concord/core/signatures: account keys and signatures on an agreed text, with verification only (the browser
// imports it; signing lives in the CLI and the web app's key generation, with the holder's private key).
export { accountKeyFingerprint, isUsablePublicKey, publicKeyBytes } from './keys.ts';
export {
  HASH_PATTERN,
  keyRotationMessage,
  verifyVersionSignature,
  verifyWithKey,
  versionSignatureMessage,
} from './messages.ts';
export { type KeyPeriod, keyValidAt } from './validity.ts';
export { AGREED_TEXT_FORMAT, type AgreedPoint, agreedText, versionHash } from './version-hash.ts';
