// Checks an offline proof bundle (proof-bundle.ts) with nothing but the file and, if the reader has them, the log
// key and a copy of the event: the checkpoint's signature, every signature line on it (the log's and each
// witness's cosignature), the event against its leaf, and the inclusion proof to the signed root. The first
// check that fails throws a VerificationError whose message starts with the check's name.
import { verifyEntryBundle } from './bundle.ts';
import { type SignedCheckpoint, verifySignedCheckpoint } from './checkpoint.ts';
import { type Cosignature, verifyCosignatures } from './cosignature.ts';
import { VerificationError } from './error.ts';
import { keyFingerprint, readVerifierKey } from './key.ts';
import { type ProofBundle, parseProofBundle } from './proof-bundle.ts';

export type BundleCheckOptions = {
  /** The reader's own copy of the event (JSON, any spacing), checked against the entry's leaf. */
  text?: string;
  /** The log key the reader trusts; without it the key the bundle names is used, and the verdict says so. */
  verifierKey?: string;
  /** Witness cosigner keys the reader trusts, beside those the bundle names. */
  witnessKeys?: string[];
};

export type KeySource = 'bundle' | 'reader';

export type BundleVerdict = {
  index: number;
  origin: string;
  size: number;
  key: { name: string; fingerprint: string; source: KeySource };
  witnesses: (Cosignature & { source: KeySource })[];
  confidential: boolean;
  /** The recorded event (the reader's copy when one was given); null for a confidential entry. */
  event: unknown;
  textChecked: boolean;
};

/** Runs one named check; its failure is rethrown with the check's name first, keeping the code. */
function step<T>(name: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    const code = e instanceof VerificationError ? e.code : 'INPUT_MALFORMED';
    const why = e instanceof Error ? e.message : String(e);
    throw new VerificationError(code, `${name}: ${why}`);
  }
}

export function verifyProofBundle(
  input: string | Uint8Array,
  options: BundleCheckOptions = {},
): BundleVerdict {
  const bundle = step('the bundle’s format', () => parseProofBundle(input));
  const keyText = step('the log key', () => chooseKey(bundle, options.verifierKey));
  const key = step('the log key', () => readVerifierKey(keyText));
  const signed = step('the checkpoint signature', () => verifySignedCheckpoint(bundle.checkpoint, keyText));
  const witnesses = step('the witness cosignatures', () => checkSignatureLines(bundle, options.witnessKeys));
  const confidential = bundle.event === null;
  step('the bundle’s event and inclusion proof', () =>
    checkEntry(bundle, signed, keyText, bundle.event ?? ''),
  );
  if (options.text !== undefined) {
    const text = options.text;
    step('your copy of the event', () => {
      if (confidential)
        throw new VerificationError(
          'INPUT_MALFORMED',
          'the entry is confidential: the bundle holds no salt, so no text can be checked against its leaf',
        );
      checkEntry(bundle, signed, keyText, text);
    });
  }
  return {
    index: bundle.index,
    origin: signed.origin,
    size: signed.size,
    key: {
      name: key.name,
      fingerprint: keyFingerprint(key),
      source: options.verifierKey === undefined ? 'bundle' : 'reader',
    },
    witnesses,
    confidential,
    event: confidential ? null : JSON.parse(options.text ?? (bundle.event as string)),
    textChecked: options.text !== undefined,
  };
}

/** The reader's key, which must be the one the bundle names (else some byte of the bundle or the key is wrong). */
function chooseKey(bundle: ProofBundle, given: string | undefined): string {
  if (given === undefined) return bundle.verifierKey;
  const trusted = readVerifierKey(given);
  if (given !== bundle.verifierKey)
    throw new VerificationError(
      'KEY_MISMATCH',
      `the bundle names the log key ${bundle.verifierKey.split('+')[0] ?? ''} (${bundle.verifierKey}), not the key given (${keyFingerprint(trusted)})`,
    );
  return given;
}

/**
 * Every signature line on the checkpoint must be accounted for: the log's own, and one valid cosignature per
 * witness key. A line nobody can check would let its bytes change unnoticed, so it fails the bundle.
 */
function checkSignatureLines(bundle: ProofBundle, readerKeys: string[] = []): BundleVerdict['witnesses'] {
  const keys = [...new Set([...readerKeys, ...bundle.witnessKeys])];
  const found = verifyCosignatures(bundle.checkpoint, keys);
  const lines = bundle.checkpoint.slice(bundle.checkpoint.lastIndexOf('\n\n') + 2, -1).split('\n');
  for (const k of bundle.witnessKeys) {
    const name = k.split('+')[0];
    if (!found.some((f) => f.name === name))
      throw new VerificationError(
        'COSIGNATURE_INVALID',
        `the bundle names witness ${name}, who did not cosign`,
      );
  }
  if (lines.length !== 1 + found.length)
    throw new VerificationError(
      'COSIGNATURE_INVALID',
      `the checkpoint carries ${lines.length} signature lines, of which only ${1 + found.length} could be checked`,
    );
  // Which of them verify with a key the reader gave (not merely one of the same name).
  const byReader = new Set(verifyCosignatures(bundle.checkpoint, readerKeys).map((f) => f.name));
  return found.map((f) => ({ ...f, source: byReader.has(f.name) ? 'reader' : 'bundle' }));
}

function checkEntry(bundle: ProofBundle, signed: SignedCheckpoint, key: string, eventText: string): void {
  const result = verifyEntryBundle({
    index: bundle.index,
    eventText,
    entry: {
      index: bundle.index,
      confidential: bundle.event === null,
      salt: bundle.salt,
      leafHash: bundle.leafHash,
    },
    checkpoint: { checkpoint: bundle.checkpoint },
    proof: { index: bundle.index, size: signed.size, proof: bundle.proof },
    verifierKey: key,
  });
  const first = result.checks.find((c) => !c.ok);
  if (first) throw new VerificationError(first.code ?? 'INPUT_MALFORMED', `${first.title}: ${first.detail}`);
}
