// The shape of an access key and the only form in which it is stored. A key is a bearer secret: `ck_` and 43
// base64url characters carrying 32 random bytes. The database keeps its hex SHA-256 (unsalted on purpose: the
// key has 256 bits of entropy, so the hash cannot be guessed back, and an exact-match index finds it).
import { createHash, randomBytes } from 'node:crypto';

const KEY_SHAPE = /^ck_[A-Za-z0-9_-]{43}$/;

export function newAccessKey(): string {
  return `ck_${randomBytes(32).toString('base64url')}`;
}

export function isAccessKeyShaped(value: unknown): value is string {
  return typeof value === 'string' && KEY_SHAPE.test(value);
}

export function accessKeyHash(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}
