// The private key file `concord key generate` writes and `concord sign` reads: two lines,
// `concord-ed25519-seed/v1` and the 32-byte Ed25519 seed in base64, readable by its owner only (0600). It never
// leaves this machine: the commands send public keys and signatures, never this file.
import { readFile, writeFile } from 'node:fs/promises';
import { ed25519PublicKey, fromBase64, toBase64 } from '@concord/ledger';
import { CliError, errorLine } from '../errors.ts';

const HEADER = 'concord-ed25519-seed/v1';

export function keyFileText(seed: Uint8Array): string {
  return `${HEADER}\n${toBase64(seed)}\n`;
}

/** Writes a new key file; an existing file is never overwritten (a lost key cannot be regenerated). */
export async function writeKeyFile(path: string, seed: Uint8Array): Promise<void> {
  try {
    await writeFile(path, keyFileText(seed), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    throw new CliError(`cannot write the key file ${path}: ${errorLine(error)}`);
  }
}

/** The seed and public key of a key file, or one line saying why it is not one. */
export async function readKeyFile(path: string): Promise<{ seed: Uint8Array; publicKey: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read the key file ${path}: ${errorLine(error)}`);
  }
  const [header, body] = text.split('\n');
  let seed: Uint8Array | null = null;
  try {
    seed = header === HEADER && body !== undefined ? fromBase64(body.trim()) : null;
  } catch {
    seed = null;
  }
  if (seed === null || seed.length !== 32)
    throw new CliError(`${path} is not a key file written by concord key generate`);
  return { seed, publicKey: toBase64(ed25519PublicKey(seed)) };
}
