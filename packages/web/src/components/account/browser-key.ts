// A key pair made in this browser with WebCrypto (Ed25519 is in Chromium; where it is missing, the page offers
// pasting a public key made with `concord key generate`). The private key is handed to the person as a key file
// in the CLI's format (two lines: `concord-ed25519-seed/v1` and the 32-byte seed in base64) and never sent.
import { toBase64 } from '@concord/ledger/verify';

// A PKCS #8 Ed25519 private key is this fixed 16-byte prefix followed by the 32-byte seed (RFC 8410).
const PKCS8_PREFIX = [
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
];

export function seedFromPkcs8(pkcs8: Uint8Array): Uint8Array {
  const ok = pkcs8.length === 48 && PKCS8_PREFIX.every((b, i) => pkcs8[i] === b);
  if (!ok) throw new Error('not an Ed25519 PKCS #8 key');
  return pkcs8.slice(16);
}

export function keyFileText(seed: Uint8Array): string {
  return `concord-ed25519-seed/v1\n${toBase64(seed)}\n`;
}

export async function browserCanMakeKeys(): Promise<boolean> {
  try {
    await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
    return true;
  } catch {
    return false;
  }
}

/** A new key pair: the public key (base64) to register, the key file text to keep. */
export async function makeKeyPair(): Promise<{ publicKey: string; keyFile: string }> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  return { publicKey: toBase64(raw), keyFile: keyFileText(seedFromPkcs8(pkcs8)) };
}
