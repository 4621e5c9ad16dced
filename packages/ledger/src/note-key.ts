// Signer keys (PRIVATE+KEY+<name>+<key ID>+<base64(0x01 ‖ seed)>) and key generation; the verifier side, which
// a reader needs without any signing code, is in verifier-key.ts.
import { ed25519PublicKey } from './ed25519.ts';
import { concatBytes, toBase64 } from './encoding.ts';
import {
  ALG_ED25519,
  formatVerifierKey,
  hex8,
  isValidKeyName,
  keyFail,
  keyId,
  splitKey,
  type VerifierKey,
} from './verifier-key.ts';

export type { VerifierKey } from './verifier-key.ts';
export { formatVerifierKey, isValidKeyName, keyId, parseVerifierKey } from './verifier-key.ts';

const SIGNER_PREFIX = 'PRIVATE+KEY+';

export type SignerKey = VerifierKey & { seed: Uint8Array };

export function parseSignerKey(s: string): SignerKey {
  if (typeof s !== 'string' || !s.startsWith(SIGNER_PREFIX))
    keyFail('signer key must start with PRIVATE+KEY+');
  const { name, id, material } = splitKey(s.slice(SIGNER_PREFIX.length));
  const seed = material.slice();
  const publicKey = ed25519PublicKey(seed);
  if (keyId(name, publicKey) !== id) keyFail('key id does not match name and key');
  return { name, keyId: id, publicKey, seed };
}

/** A fresh Ed25519 key pair for signing notes under `name` (seed from crypto.getRandomValues). */
export function generateNoteKey(name: string): { signerKey: string; verifierKey: string } {
  if (!isValidKeyName(name)) keyFail('bad key name');
  const seed = crypto.getRandomValues(new Uint8Array(32));
  const publicKey = ed25519PublicKey(seed);
  const id = hex8(keyId(name, publicKey));
  return {
    signerKey: `${SIGNER_PREFIX}${name}+${id}+${toBase64(concatBytes(new Uint8Array([ALG_ED25519]), seed))}`,
    verifierKey: formatVerifierKey(name, publicKey),
  };
}
