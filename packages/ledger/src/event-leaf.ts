// Leaf definition of the Concord log (ARCHITECTURE.md): leafData = SHA-256(salt ‖ UTF-8(canonical event)),
// leafHash = SHA-256(0x00 ‖ leafData). The random salt keeps events that a reader cannot see unguessable from
// their public leaf hashes (no dictionary attack on short, predictable events).
import { concatBytes, utf8 } from './encoding.ts';
import { badInput } from './errors.ts';
import { hashLeaf, sha256 } from './hashing.ts';

export const SALT_BYTES = 32;

export function eventLeafData(salt: Uint8Array, canonicalEvent: string): Uint8Array {
  if (!(salt instanceof Uint8Array) || salt.length !== SALT_BYTES) throw badInput('salt must be 32 bytes');
  if (typeof canonicalEvent !== 'string') throw badInput('canonical event must be a string');
  return sha256(concatBytes(salt, utf8(canonicalEvent)));
}

export function eventLeafHash(salt: Uint8Array, canonicalEvent: string): Uint8Array {
  return hashLeaf(eventLeafData(salt, canonicalEvent));
}

export function newSalt(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(SALT_BYTES));
}
