// One error class with a closed set of codes, so callers (UI, CLI, server) can explain *why* something failed
// without parsing messages.
export type LedgerErrorCode =
  | 'BAD_INPUT'
  | 'INCLUSION_INVALID'
  | 'CONSISTENCY_INVALID'
  | 'SIGNATURE_INVALID'
  | 'NOTE_MALFORMED'
  | 'KEY_INVALID'
  | 'CHECKPOINT_MALFORMED'
  | 'UNKNOWN_KEY';

export class LedgerError extends Error {
  readonly code: LedgerErrorCode;

  constructor(code: LedgerErrorCode, message: string) {
    super(message);
    this.name = 'LedgerError';
    this.code = code;
  }
}

export function badInput(message: string): LedgerError {
  return new LedgerError('BAD_INPUT', message);
}

/** Throws BAD_INPUT unless `n` is a safe non-negative integer (tree sizes and indices). */
export function checkIndex(name: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw badInput(`${name} must be a non-negative safe integer, got ${String(n)}`);
  }
}

/** Throws BAD_INPUT unless `h` is a 32-byte Uint8Array (every hash in the log is SHA-256). */
export function checkHash(name: string, h: unknown): asserts h is Uint8Array {
  if (!(h instanceof Uint8Array) || h.length !== 32) {
    const got = h instanceof Uint8Array ? `${h.length} bytes` : typeof h;
    throw badInput(`${name} must be a 32-byte hash, got ${got}`);
  }
}
