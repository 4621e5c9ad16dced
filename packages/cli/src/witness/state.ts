// A witness's directory: its private key (made on first use, 0600 in a 0700 directory; it never leaves), the
// last checkpoint it accepted, and the evidence of every fork it refused. Writes go to a temporary file renamed
// into place, so a crash leaves the old state or the new one, never half of either.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { cosignerVerifierKey, generateCosignerKey, isValidKeyName } from '@concord/ledger';
import { CliError } from '../errors.ts';

export type Accepted = {
  /** The log's verifier key, pinned on the first round: another key later is an alarm. */
  verifierKey: string;
  note: string;
  size: number;
  rootHash: string;
  acceptedAt: string;
};

export type WitnessKeys = { signerKey: string; verifierKey: string; name: string };

const KEY_FILE = 'witness.key';
const STATE_FILE = 'checkpoint.json';

function writeAtomically(path: string, text: string, mode: number): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode });
  chmodSync(temporary, mode);
  renameSync(temporary, path);
}

/** The default name of a new witness: this machine's. */
export function defaultWitnessName(): string {
  const host = hostname().replace(/[^A-Za-z0-9.-]/g, '') || 'localhost';
  return `witness.${host}/concord`;
}

/** The witness's key from `dir`, made (under `name`) when the directory has none. */
export function witnessKeys(dir: string, name?: string): WitnessKeys {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, KEY_FILE);
  if (!existsSync(path)) {
    const wanted = name ?? defaultWitnessName();
    if (!isValidKeyName(wanted))
      throw new CliError(`--name ${JSON.stringify(wanted)} is not a valid key name`);
    writeAtomically(path, `${generateCosignerKey(wanted).signerKey}\n`, 0o600);
  }
  const signerKey = readFileSync(path, 'utf8').trim();
  let verifierKey: string;
  try {
    verifierKey = cosignerVerifierKey(signerKey);
  } catch (error) {
    throw new CliError(`${path} does not hold a witness key: ${(error as Error).message}`);
  }
  const keyName = verifierKey.split('+')[0] as string;
  if (name !== undefined && name !== keyName)
    throw new CliError(`${dir} already holds the key of ${keyName}, not ${name}`);
  return { signerKey, verifierKey, name: keyName };
}

export function readAccepted(dir: string): Accepted | null {
  const path = join(dir, STATE_FILE);
  if (!existsSync(path)) return null;
  try {
    const state = JSON.parse(readFileSync(path, 'utf8')) as Accepted;
    if (typeof state.note !== 'string' || !Number.isSafeInteger(state.size))
      throw new Error('fields missing');
    return state;
  } catch (error) {
    throw new CliError(`${path} is not a witness state: ${(error as Error).message}`);
  }
}

export function writeAccepted(dir: string, state: Accepted): void {
  writeAtomically(join(dir, STATE_FILE), `${JSON.stringify(state, null, 2)}\n`, 0o600);
}

/** Keeps what shows a log misbehaved; answers the file's path. */
export function writeEvidence(dir: string, at: Date, evidence: Record<string, unknown>): string {
  const path = join(dir, `evidence-${at.toISOString().replace(/[:.]/g, '-')}.json`);
  writeAtomically(path, `${JSON.stringify(evidence, null, 2)}\n`, 0o600);
  return path;
}
