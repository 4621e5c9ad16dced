// The signing side of C2SP tlog-cosignature/v1 (the verifying side is verify/cosignature.ts, which the browser
// loads without this file). A witness key is Ed25519 under a name; its vkey is <name>+<key id>+base64(0x04 ‖ key)
// and its private form, by analogy with note signer keys, PRIVATE+KEY+<name>+<key id>+base64(0x04 ‖ seed).
// A cosignature line is "— <name> base64(key ID ‖ u64 timestamp ‖ Ed25519 signature)" over
// "cosignature/v1\ntime <timestamp>\n" followed by the checkpoint's note body.
import { ed25519PublicKey, ed25519Sign } from './ed25519.ts';
import { concatBytes, fromBase64, toBase64, toHex, utf8 } from './encoding.ts';
import { LedgerError } from './errors.ts';
import { sha256 } from './hashing.ts';
import { isValidKeyName } from './verifier-key.ts';

const ALG_COSIGNATURE_V1 = 0x04;
const PRIVATE_PREFIX = 'PRIVATE+KEY+';

export type CosignerSigner = { name: string; keyId: Uint8Array; publicKey: Uint8Array; seed: Uint8Array };

const fail = (why: string): never => {
  throw new LedgerError('KEY_INVALID', `invalid witness key: ${why}`);
};

function cosignerKeyId(name: string, publicKey: Uint8Array): Uint8Array {
  return sha256(concatBytes(utf8(`${name}\n`), new Uint8Array([ALG_COSIGNATURE_V1]), publicKey)).slice(0, 4);
}

function vkeyOf(name: string, publicKey: Uint8Array): string {
  const material = toBase64(concatBytes(new Uint8Array([ALG_COSIGNATURE_V1]), publicKey));
  return `${name}+${toHex(cosignerKeyId(name, publicKey))}+${material}`;
}

/** A fresh witness key pair under `name` (seed from crypto.getRandomValues). */
export function generateCosignerKey(name: string): { signerKey: string; verifierKey: string } {
  if (!isValidKeyName(name)) fail('bad key name');
  const seed = crypto.getRandomValues(new Uint8Array(32));
  const publicKey = ed25519PublicKey(seed);
  const id = toHex(cosignerKeyId(name, publicKey));
  const material = toBase64(concatBytes(new Uint8Array([ALG_COSIGNATURE_V1]), seed));
  return { signerKey: `${PRIVATE_PREFIX}${name}+${id}+${material}`, verifierKey: vkeyOf(name, publicKey) };
}

/** Reads a witness's private key, checking that its key ID matches its name and key. */
export function parseCosignerSigner(signerKey: string): CosignerSigner {
  if (typeof signerKey !== 'string' || !signerKey.startsWith(PRIVATE_PREFIX))
    fail('must start with PRIVATE+KEY+');
  const [name = '', idHex = '', ...rest] = signerKey.slice(PRIVATE_PREFIX.length).split('+');
  if (!isValidKeyName(name) || !/^[0-9a-f]{8}$/.test(idHex)) fail('expected <name>+<key id>+<key>');
  let raw: Uint8Array = new Uint8Array();
  try {
    raw = fromBase64(rest.join('+'));
  } catch {
    fail('key is not valid base64');
  }
  if (raw.length !== 33 || raw[0] !== ALG_COSIGNATURE_V1) fail('key must be 0x04 followed by a 32-byte seed');
  const seed = raw.slice(1);
  const publicKey = ed25519PublicKey(seed);
  const keyId = cosignerKeyId(name, publicKey);
  if (toHex(keyId) !== idHex) fail('key id does not match name and key');
  return { name, keyId, publicKey, seed };
}

/** The vkey (what a deployment registers) of a witness's private key. */
export function cosignerVerifierKey(signerKey: string): string {
  const key = parseCosignerSigner(signerKey);
  return vkeyOf(key.name, key.publicKey);
}

/**
 * The cosignature line for a checkpoint note body (the text before the blank line, ending in a newline) at
 * `timestamp` (whole seconds since the epoch). The caller has already checked the checkpoint: signing says
 * "this is the largest consistent tree head I have seen".
 */
export function cosignCheckpoint(body: string, signerKey: string, timestamp: number): string {
  if (typeof body !== 'string' || !body.endsWith('\n') || body.includes('\n\n'))
    throw new LedgerError('NOTE_MALFORMED', 'a checkpoint body ends in one newline and holds no blank line');
  if (!Number.isSafeInteger(timestamp) || timestamp < 0)
    throw new LedgerError('BAD_INPUT', 'the timestamp must be a non-negative whole number of seconds');
  const key = parseCosignerSigner(signerKey);
  const time = new Uint8Array(8);
  new DataView(time.buffer).setBigUint64(0, BigInt(timestamp));
  const signature = ed25519Sign(key.seed, utf8(`cosignature/v1\ntime ${timestamp}\n${body}`));
  return `\u2014 ${key.name} ${toBase64(concatBytes(key.keyId, time, signature))}`;
}
