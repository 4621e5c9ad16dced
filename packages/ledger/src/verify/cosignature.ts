// C2SP tlog-cosignature/v1: a witness's statement that, at a time, the checkpoint is the largest consistent tree
// head it has seen for the log. A cosignature line is "— <name> base64(key ID ‖ u64 timestamp ‖ Ed25519 sig)",
// the key ID SHA-256(name ‖ "\n" ‖ 0x04 ‖ public key)[:4], and the signed message
// "cosignature/v1\ntime <timestamp>\n" followed by the checkpoint's whole note body.
import { ed25519Verify, isSmallOrderKey } from '../ed25519-verify.ts';
import { bytesEqual, concatBytes, fromBase64, utf8 } from '../encoding.ts';
import { sha256 } from '../hashing.ts';
import { isValidKeyName } from '../verifier-key.ts';
import { VerificationError } from './error.ts';

const ALG_COSIGNATURE_V1 = 0x04;
const SIG_PREFIX = '\u2014 ';

export type CosignerKey = { name: string; keyId: Uint8Array; publicKey: Uint8Array };
export type Cosignature = { name: string; timestamp: number };

const keyFail = (why: string): never => {
  throw new VerificationError('KEY_INVALID', `invalid cosigner key: ${why}`);
};

/** A cosigner's vkey: <name>+<key id>+base64(0x04 ‖ 32-byte Ed25519 public key). */
export function readCosignerKey(vkey: string): CosignerKey {
  const [name = '', idHex = '', ...rest] = String(vkey).split('+');
  const b64 = rest.join('+');
  if (!isValidKeyName(name) || !/^[0-9a-f]{8}$/i.test(idHex)) keyFail('expected <name>+<key id>+<key>');
  let raw: Uint8Array = new Uint8Array();
  try {
    raw = fromBase64(b64);
  } catch {
    keyFail('key is not valid base64');
  }
  if (raw.length !== 33 || raw[0] !== ALG_COSIGNATURE_V1) keyFail('key must be 0x04 followed by 32 bytes');
  const publicKey = raw.slice(1);
  if (isSmallOrderKey(publicKey)) keyFail('public key is not a valid Ed25519 key of large order');
  const keyId = sha256(concatBytes(utf8(`${name}\n`), raw)).slice(0, 4);
  const given = Uint8Array.from(idHex.match(/../g) ?? [], (h) => Number.parseInt(h, 16));
  if (!bytesEqual(keyId, given)) keyFail('key id does not match name and key');
  return { name, keyId, publicKey };
}

/** The note body (checkpoint text, ending in a newline) and its signature lines. */
function splitNote(note: string): { body: string; lines: string[] } {
  const split = typeof note === 'string' ? note.lastIndexOf('\n\n') : -1;
  if (split < 0 || !note.endsWith('\n'))
    throw new VerificationError('CHECKPOINT_MALFORMED', 'not a signed note');
  return { body: note.slice(0, split + 1), lines: note.slice(split + 2, -1).split('\n') };
}

function lineOf(lines: string[], key: CosignerKey): Uint8Array | null {
  for (const line of lines) {
    if (!line.startsWith(`${SIG_PREFIX}${key.name} `)) continue;
    let blob: Uint8Array;
    try {
      blob = fromBase64(line.slice(SIG_PREFIX.length + key.name.length + 1));
    } catch {
      continue;
    }
    if (blob.length === 4 + 8 + 64 && bytesEqual(blob.subarray(0, 4), key.keyId)) return blob;
  }
  return null;
}

/**
 * The cosignatures on a checkpoint note by the given witnesses' keys: who cosigned it and when. A witness with no
 * line is left out (the caller decides how many it needs); a line by a given key that does not verify throws
 * COSIGNATURE_INVALID. The log's own signature is checked apart (verifySignedCheckpoint).
 */
export function verifyCosignatures(note: string, cosignerKeys: string[]): Cosignature[] {
  const keys = cosignerKeys.map(readCosignerKey);
  const { body, lines } = splitNote(note);
  const found: Cosignature[] = [];
  for (const key of keys) {
    const blob = lineOf(lines, key);
    if (blob === null) continue;
    const timestamp = new DataView(blob.buffer, blob.byteOffset + 4, 8).getBigUint64(0);
    if (timestamp > BigInt(Number.MAX_SAFE_INTEGER))
      throw new VerificationError('COSIGNATURE_INVALID', `the cosignature by ${key.name} has no usable time`);
    const message = utf8(`cosignature/v1\ntime ${timestamp}\n${body}`);
    if (!ed25519Verify(key.publicKey, message, blob.subarray(12)))
      throw new VerificationError('COSIGNATURE_INVALID', `the cosignature by ${key.name} does not verify`);
    found.push({ name: key.name, timestamp: Number(timestamp) });
  }
  return found;
}
