// Go sumdb/note / C2SP signed-note key formats for Ed25519 (algorithm byte 0x01):
//   verifier key  <name>+<key ID, 8 hex>+<base64(0x01 ‖ 32-byte public key)>
//   signer key    PRIVATE+KEY+<name>+<key ID, 8 hex>+<base64(0x01 ‖ 32-byte seed)>
// key ID = first 4 bytes (big-endian uint32) of SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key).
import { isSmallOrderKey } from './ed25519-verify.ts';
import { concatBytes, fromBase64, toBase64, utf8 } from './encoding.ts';
import { LedgerError } from './errors.ts';
import { sha256 } from './hashing.ts';

export const ALG_ED25519 = 0x01;

export type VerifierKey = { name: string; keyId: number; publicKey: Uint8Array };

export function keyFail(why: string): never {
  throw new LedgerError('KEY_INVALID', `invalid note key: ${why}`);
}

/** A key name: non-empty, no '+', no whitespace or control characters, no lone surrogates (Go isValidName). */
export function isValidKeyName(name: string): boolean {
  return typeof name === 'string' && name.length > 0 && !/[+\s\p{Cc}\p{Cs}]/u.test(name);
}

export function keyId(name: string, publicKey: Uint8Array): number {
  const digest = sha256(concatBytes(utf8(`${name}\n`), new Uint8Array([ALG_ED25519]), publicKey));
  return new DataView(digest.buffer, digest.byteOffset, 4).getUint32(0);
}

export const hex8 = (id: number) => id.toString(16).padStart(8, '0');

// "<name>+<hex8>+<base64>" → its parts, checking the shared structure of both key kinds.
export function splitKey(s: string): { name: string; id: number; material: Uint8Array } {
  if (typeof s !== 'string') keyFail('not a string');
  // The base64 key may itself contain '+': split on the first two only (Go's chop).
  const first = s.indexOf('+');
  const second = first < 0 ? -1 : s.indexOf('+', first + 1);
  if (second < 0) keyFail('expected <name>+<key id>+<key>');
  const name = s.slice(0, first);
  const idHex = s.slice(first + 1, second);
  const b64 = s.slice(second + 1);
  if (!isValidKeyName(name)) keyFail('bad key name');
  if (!/^[0-9a-fA-F]{8}$/.test(idHex)) keyFail('key id must be 8 hex digits');
  let raw: Uint8Array;
  try {
    raw = fromBase64(b64);
  } catch {
    keyFail('key is not valid base64');
  }
  if (raw.length !== 33 || raw[0] !== ALG_ED25519) keyFail('key must be 0x01 followed by 32 bytes (Ed25519)');
  return { name, id: Number.parseInt(idHex, 16), material: raw.subarray(1) };
}

export function parseVerifierKey(s: string): VerifierKey {
  const { name, id, material } = splitKey(s);
  if (isSmallOrderKey(material)) keyFail('public key is not a valid Ed25519 key of large order');
  if (keyId(name, material) !== id) keyFail('key id does not match name and key');
  return { name, keyId: id, publicKey: material.slice() };
}

export function formatVerifierKey(name: string, publicKey: Uint8Array): string {
  if (!isValidKeyName(name)) keyFail('bad key name');
  if (isSmallOrderKey(publicKey)) keyFail('public key is not a valid Ed25519 key of large order');
  return `${name}+${hex8(keyId(name, publicKey))}+${toBase64(concatBytes(new Uint8Array([ALG_ED25519]), publicKey))}`;
}
