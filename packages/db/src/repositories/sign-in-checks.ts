// Argument checks shared by the sign-in repositories. A bad argument is a StoreError BAD_INPUT whose message
// names the argument, never its value: some of these values are secrets or hashes of secrets.
import { isIsoUtc, isUuid } from '@concord/core';
import { StoreError } from '../errors.ts';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** An ISO UTC time as nowIso() prints it (fixed width, so stored times compare correctly as text). */
export function checkedTime(value: unknown, what: string): string {
  if (typeof value !== 'string' || !isIsoUtc(value))
    throw new StoreError('BAD_INPUT', `${what} must be a UTC time like 2025-11-20T14:30:00.000Z`);
  return value;
}

export function checkedId(value: unknown, what: string): string {
  if (!isUuid(value)) throw new StoreError('BAD_INPUT', `${what} must be a UUID`);
  return value;
}

export function checkedHash(value: unknown, what: string): string {
  if (typeof value !== 'string' || !SHA256_HEX.test(value))
    throw new StoreError('BAD_INPUT', `${what} must be a hex SHA-256 (64 lowercase hex digits)`);
  return value;
}

export function isSha256Hex(value: unknown): value is string {
  return typeof value === 'string' && SHA256_HEX.test(value);
}

/** A whole number of seconds in [min, max]. */
export function checkedSeconds(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max)
    throw new StoreError('BAD_INPUT', `${what} must be a whole number of seconds from ${min} to ${max}`);
  return value;
}

/** Free text kept for display (a label, a user agent): trimmed, control characters dropped, cut to `max`. */
export function displayText(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  return [...value.replace(/\p{Cc}/gu, ' ').trim()].slice(0, max).join('');
}

/** `at` plus `seconds`, as an ISO UTC time. */
export function plusSeconds(at: string, seconds: number): string {
  return new Date(Date.parse(at) + seconds * 1000).toISOString();
}

/** The earlier of two ISO UTC times (they compare as text). */
export function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

/** PostgreSQL's unique_violation, on either driver. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}

/** PostgreSQL's foreign_key_violation (e.g. an unknown account), on either driver. */
export function isForeignKeyViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23503';
}
