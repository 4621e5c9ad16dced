/** A copy of `bytes` with one bit of byte `at` flipped (tests that tamper with hashes). */
export function flipped(bytes: Uint8Array, at = 0): Uint8Array {
  const copy = bytes.slice();
  copy[at] = (copy[at] ?? 0) ^ 1;
  return copy;
}
