// One error for everything a verifier can find wrong, with a closed set of codes (as sigstore-js's
// VerificationError), so the browser, the CLI and the server can say *which* check failed without parsing
// messages. Lower-level LedgerErrors are mapped onto these codes at the boundary of each check.
import { LedgerError } from '../errors.ts';

export type VerificationErrorCode =
  | 'INPUT_MALFORMED'
  | 'BUNDLE_MALFORMED'
  | 'KEY_INVALID'
  | 'EVENT_MALFORMED'
  | 'LEAF_MISMATCH'
  | 'CHECKPOINT_MALFORMED'
  | 'CHECKPOINT_SIGNATURE_INVALID'
  | 'CHECKPOINT_KEY_UNKNOWN'
  | 'KEY_MISMATCH'
  | 'INCLUSION_PROOF_INVALID'
  | 'CONSISTENCY_PROOF_INVALID'
  | 'COSIGNATURE_INVALID'
  | 'LOG_SHRANK';

export class VerificationError extends Error {
  readonly code: VerificationErrorCode;

  constructor(code: VerificationErrorCode, message: string) {
    super(message);
    this.name = 'VerificationError';
    this.code = code;
  }
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Runs `step`, turning any failure into a VerificationError: a LedgerError by its code, anything else as `code`. */
export function asVerification<T>(
  code: VerificationErrorCode,
  step: () => T,
  byLedgerCode: Partial<Record<LedgerError['code'], VerificationErrorCode>> = {},
): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof VerificationError) throw e;
    const mapped = e instanceof LedgerError ? (byLedgerCode[e.code] ?? code) : code;
    throw new VerificationError(mapped, reason(e));
  }
}
