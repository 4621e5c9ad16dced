// bytea crosses two drivers: pg wants a Buffer in and gives a Buffer out, PGlite gives a Uint8Array.
// Everything above this module sees plain Uint8Array.
export function toDbBytes(bytes: Uint8Array): Uint8Array {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function fromDbBytes(value: unknown): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new TypeError('expected a bytea value');
  return new Uint8Array(value);
}

/** JSON for a jsonb parameter (both drivers cast text to jsonb by column type). */
export function toJsonb(value: unknown): string {
  return JSON.stringify(value);
}
