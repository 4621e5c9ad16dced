// Errors the store raises on purpose, with a stable code callers can map (e.g. to HTTP 400/404/409).
export type StoreErrorCode =
  | 'OUT_OF_RANGE' // a proof or entry asked for beyond the log
  | 'BAD_INPUT' // an argument that is not a safe non-negative integer, an event that fails validation
  | 'CONFLICT' // an event that contradicts the stored state (duplicate id, unknown parent)
  | 'KEY_MISMATCH' // the signing key file does not match the verifier key recorded in the database
  | 'CLOSED'; // the store was closed

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
  }
}
