// Password hashing with node:crypto's scrypt. The parameters travel with the hash
// (`scrypt$N$r$p$saltBase64$hashBase64`), so they can be raised later without invalidating stored hashes
// (`needsRehash` says when a hash should be replaced at the next successful sign-in).
//
// Choices (measured in ../shared/notes/AUTH.md §4): N=2^15, r=8, p=1 costs about 78 ms and 32 MiB per hash on the
// build machine. Node's default maxmem is 32 MiB, which these parameters just exceed, so maxmem is raised to 64 MiB.
// Passwords are NFKC-normalised so the same password typed on another keyboard or OS still matches.
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { findTextProblem } from '@concord/core/text';

export const PASSWORD_MIN_LENGTH = 10;
/** Longer passwords are refused before any hashing: normalising and hashing megabytes is a cheap DoS. */
export const PASSWORD_MAX_LENGTH = 1024;

const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const MAXMEM = 64 * 1024 * 1024;

export type PasswordIssue = 'too-short' | 'too-long' | 'not-text' | 'hidden-characters';

/** A password that may not be set. The message never contains the password. */
export class PasswordRefused extends Error {
  readonly reason: PasswordIssue;
  constructor(reason: PasswordIssue) {
    super(
      reason === 'too-short'
        ? `a password needs at least ${PASSWORD_MIN_LENGTH} characters`
        : reason === 'too-long'
          ? `a password may have at most ${PASSWORD_MAX_LENGTH} characters`
          : reason === 'hidden-characters'
            ? 'a password must not hold control, invisible or direction-changing characters (they cannot be typed reliably)'
            : 'a password must be text (no unpaired surrogates)',
    );
    this.name = 'PasswordRefused';
    this.reason = reason;
  }
}

// A lone surrogate would be encoded as U+FFFD, so two different strings would hash alike.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * The normalised password, or why it cannot be used. Length is counted in code points after NFKC, and the raw
 * string is bounded first (NFKC can expand a character up to 18-fold).
 */
function normalised(password: unknown): { ok: true; value: string } | { ok: false; issue: PasswordIssue } {
  if (typeof password !== 'string' || LONE_SURROGATE.test(password)) return { ok: false, issue: 'not-text' };
  if (password.length > PASSWORD_MAX_LENGTH * 2) return { ok: false, issue: 'too-long' };
  const value = password.normalize('NFKC');
  const length = [...value].length;
  if (length > PASSWORD_MAX_LENGTH) return { ok: false, issue: 'too-long' };
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, issue: 'too-short' };
  // The rules of every text Concord keeps: what cannot be typed or seen reliably cannot be typed again either.
  if (findTextProblem(value, { multiline: false }) !== null) return { ok: false, issue: 'hidden-characters' };
  return { ok: true, value };
}

/** Why a new password would be refused, or null when it is acceptable. */
export function passwordIssue(password: unknown): PasswordIssue | null {
  const n = normalised(password);
  return n.ok ? null : n.issue;
}

function derive(
  password: string,
  salt: Uint8Array,
  keyBytes: number,
  options: ScryptOptions,
): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, keyBytes, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** Hashes a new password; throws PasswordRefused when it breaks the length rules. */
export async function hashPassword(password: string): Promise<string> {
  const n = normalised(password);
  if (!n.ok) throw new PasswordRefused(n.issue);
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(n.value, salt, KEY_BYTES, { ...PARAMS, maxmem: MAXMEM });
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

type Parsed = { N: number; r: number; p: number; salt: Buffer; key: Buffer };

const ENCODED =
  /^scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$([A-Za-z0-9+/]{16,88}={0,2})\$([A-Za-z0-9+/]{16,88}={0,2})$/;

// Bounds on what a stored hash may ask for, so a corrupted or planted row cannot make one verification take
// gigabytes or minutes.
function parse(encoded: string): Parsed | null {
  const m = ENCODED.exec(encoded);
  if (!m) return null;
  const [N, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const salt = Buffer.from(m[4] as string, 'base64');
  const key = Buffer.from(m[5] as string, 'base64');
  const powerOfTwo = N > 1 && (N & (N - 1)) === 0;
  if (!powerOfTwo || N < 2 ** 14 || N > 2 ** 17 || r < 1 || r > 16 || p < 1 || p > 4) return null;
  if (salt.length < 16 || key.length < 16 || key.length > 64) return null;
  return { N, r, p, salt, key };
}

const DUMMY_SALT = Buffer.alloc(SALT_BYTES, 0x5a);

/**
 * True when `password` matches `encoded`. With `encoded` null (no such account, or no password set) a hash is
 * still computed with the current parameters and false returned, so the time taken does not tell an attacker
 * whether the account exists. A stored hash that is not in the expected form throws (without echoing it).
 */
export async function verifyPassword(password: string, encoded: string | null): Promise<boolean> {
  const n = normalised(password);
  // The length of what was typed is the caller's own knowledge, so refusing it early reveals nothing.
  if (!n.ok && n.issue !== 'too-short') return false;
  const candidate = (password as string).normalize('NFKC');
  if (encoded === null) {
    const key = await derive(candidate, DUMMY_SALT, KEY_BYTES, { ...PARAMS, maxmem: MAXMEM });
    timingSafeEqual(key, Buffer.alloc(KEY_BYTES));
    return false;
  }
  const stored = parse(encoded);
  if (stored === null) throw new Error('the stored password hash is not in the scrypt$N$r$p$salt$hash form');
  const key = await derive(candidate, stored.salt, stored.key.length, {
    N: stored.N,
    r: stored.r,
    p: stored.p,
    maxmem: Math.max(MAXMEM, 256 * stored.N * stored.r), // scrypt needs about 128·N·r bytes
  });
  return timingSafeEqual(key, stored.key);
}

/** True when `encoded` was made with other parameters than today's (hash the password again after sign-in). */
export function needsRehash(encoded: string): boolean {
  const stored = parse(encoded);
  return (
    stored === null ||
    stored.N !== PARAMS.N ||
    stored.r !== PARAMS.r ||
    stored.p !== PARAMS.p ||
    stored.key.length !== KEY_BYTES ||
    stored.salt.length !== SALT_BYTES
  );
}
