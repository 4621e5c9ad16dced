// Signs the checkpoint every appending transaction stores at commit. The ledger's `signNote` runs Ed25519 in
// JavaScript (it must also run in the browser) and parses the key on every call: about 0.5 ms per note on the
// build machine, a tenth of a one-event write. Node's native Ed25519 signs the same bytes (Ed25519 signatures
// are deterministic, RFC 8032) in about 0.03 ms, and the key is parsed once per signer. The note is the one
// `signNote(formatCheckpoint(…), signerKey)` gives, byte for byte (sign-checkpoint.test.ts compares them).
import { createPrivateKey, type KeyObject, sign } from 'node:crypto';
import { concatBytes, formatCheckpoint, parseSignerKey, toBase64 } from '@concord/ledger';
import type { LogSigner } from './signer.ts';

type NativeKey = { name: string; keyId: Uint8Array; key: KeyObject };

// PKCS #8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410): Node imports private keys only in a container.
const PKCS8_ED25519_SEED_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SIGNATURE_PREFIX = '\u2014 ';

const nativeKeys = new WeakMap<LogSigner, NativeKey>();

function nativeKey(signer: LogSigner): NativeKey {
  let native = nativeKeys.get(signer);
  if (!native) {
    const parsed = parseSignerKey(signer.signerKey);
    const keyId = new Uint8Array(4);
    new DataView(keyId.buffer).setUint32(0, parsed.keyId);
    const key = createPrivateKey({
      key: Buffer.concat([PKCS8_ED25519_SEED_PREFIX, parsed.seed]),
      format: 'der',
      type: 'pkcs8',
    });
    native = { name: parsed.name, keyId, key };
    nativeKeys.set(signer, native);
  }
  return native;
}

/** The signed note (C2SP tlog-checkpoint) for a tree of `size` leaves with root `rootHash`. */
export function signCheckpoint(signer: LogSigner, size: number, rootHash: Uint8Array): string {
  const { name, keyId, key } = nativeKey(signer);
  const text = formatCheckpoint({ origin: signer.origin, size, rootHash });
  const signature = sign(null, Buffer.from(text, 'utf8'), key);
  return `${text}\n${SIGNATURE_PREFIX}${name} ${toBase64(concatBytes(keyId, signature))}\n`;
}
