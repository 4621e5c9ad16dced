// Opaque bearer tokens: a readable prefix that says what the token is for, then 32 random bytes in base64url
// (43 characters). The prefix lets a leaked token be recognised (in a paste, by a secret scanner) and keeps a
// session token from being accepted where an API token is expected. Only the token's hex SHA-256 is stored:
// unsalted on purpose, since 256 random bits cannot be guessed back from the hash and an exact-match index
// finds it.
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_PREFIXES = {
  /** The session cookie's value. */
  session: 'cs_',
  /** A personal API token (CLI, automation), scoped to one membership. */
  api: 'ct_',
  /** An invitation link's secret. */
  invitation: 'ci_',
  /** A one-time sign-in link's secret (it signs in as an existing account, so it never passes for an invitation). */
  link: 'cl_',
} as const;

export type TokenKind = keyof typeof TOKEN_PREFIXES;

const BODY = /^[A-Za-z0-9_-]{43}$/;

/** A token that is not of the expected kind and shape. The message never contains the token. */
export class MalformedToken extends Error {
  readonly kind: TokenKind;
  constructor(kind: TokenKind) {
    super(`not a well-formed ${kind} token`);
    this.name = 'MalformedToken';
    this.kind = kind;
  }
}

/** A new token of `kind`; show it once, store `tokenHash(kind, token)`. */
export function newToken(kind: TokenKind): string {
  return TOKEN_PREFIXES[kind] + randomBytes(32).toString('base64url');
}

/** True when `value` has the exact shape of a `kind` token (prefix, 43 base64url characters, 32 bytes). */
export function isToken(kind: TokenKind, value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 46 || !value.startsWith(TOKEN_PREFIXES[kind]))
    return false;
  const body = value.slice(3);
  // 43 characters carry 258 bits: the last one must leave the two spare bits zero, or two spellings would
  // decode to the same bytes.
  return BODY.test(body) && Buffer.from(body, 'base64url').toString('base64url') === body;
}

/** The stored form of a token: hex SHA-256. Throws MalformedToken (without the value) before hashing anything. */
export function tokenHash(kind: TokenKind, token: unknown): string {
  if (!isToken(kind, token)) throw new MalformedToken(kind);
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** `tokenHash`, or null for anything malformed: for lookups, where a bad token is simply "not signed in". */
export function tokenHashOrNull(kind: TokenKind, token: unknown): string | null {
  return isToken(kind, token) ? tokenHash(kind, token) : null;
}
