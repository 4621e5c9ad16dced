// Time-based one-time codes (RFC 6238) as authenticator apps expect them: SHA-1, 6 digits, 30-second steps,
// 20-byte secrets, enrolled through an otpauth:// URI (a QR code). The library is otpauth 9.5.2 (AUTH.md §3).
//
// A code is accepted one step either side of now (clock drift) but never for a step at or before the last one
// accepted for the account: a code seen over a shoulder or in a proxy log cannot be used a second time, nor can
// an older one. The caller stores the returned step with the account's secret. The clock is always passed in.
import { HOTP, Secret, TOTP } from 'otpauth';

export const TOTP_ISSUER = 'Concord';
const ALGORITHM = 'SHA1';
const DIGITS = 6;
const PERIOD_SECONDS = 30;
const SECRET_BYTES = 20;
/** Steps accepted either side of the current one. */
const WINDOW = 1;

const SECRET_SHAPE = /^[A-Z2-7]{32}$/;

function secretOf(base32: string): Secret {
  if (typeof base32 !== 'string' || !SECRET_SHAPE.test(base32))
    throw new Error('the TOTP secret is not 32 base32 characters');
  return Secret.fromBase32(base32);
}

/** A new secret (20 random bytes) in base32, the form stored and put in the enrolment URI. */
export function newTotpSecret(): string {
  return new Secret({ size: SECRET_BYTES }).base32;
}

/** The otpauth:// URI an authenticator app reads (usually from a QR code), labelled `Concord:<account>`. */
export function totpUri(input: { secret: string; account: string }): string {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label: input.account,
    secret: secretOf(input.secret),
    algorithm: ALGORITHM,
    digits: DIGITS,
    period: PERIOD_SECONDS,
  }).toString();
}

/** The time step `now` falls in: whole 30-second periods since the Unix epoch. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / PERIOD_SECONDS);
}

/** The code for the step `now` falls in (what the authenticator app shows; for tests and tools). */
export function totpCode(input: { secret: string; now: Date }): string {
  return HOTP.generate({
    secret: secretOf(input.secret),
    algorithm: ALGORITHM,
    digits: DIGITS,
    counter: totpStep(input.now),
  });
}

export type TotpCheck =
  | { ok: true; step: number }
  | { ok: false; reason: 'malformed' | 'wrong' | 'replayed' };

/**
 * Checks `code` against `secret` at `now`. On success, `step` is the step the code belongs to: store it as the
 * account's new last step. `lastStep` null means no code was accepted yet. 'replayed' (a right code for a step
 * already used or older) is for the server log; tell the user the same as for 'wrong'.
 */
export function checkTotp(input: {
  secret: string;
  code: string;
  lastStep: number | null;
  now: Date;
}): TotpCheck {
  const code = typeof input.code === 'string' ? input.code.replace(/\s/g, '') : '';
  if (!/^\d{6}$/.test(code)) return { ok: false, reason: 'malformed' };
  const secret = secretOf(input.secret);
  const current = totpStep(input.now);
  let replayed = false;
  // The current step first, then outwards, earlier before later.
  const steps = [current];
  for (let i = 1; i <= WINDOW; i++) steps.push(current - i, current + i);
  for (const step of steps) {
    const matches =
      HOTP.validate({
        token: code,
        secret,
        algorithm: ALGORITHM,
        digits: DIGITS,
        counter: step,
        window: 0,
      }) !== null;
    if (!matches) continue;
    if (input.lastStep !== null && step <= input.lastStep) {
      replayed = true;
      continue;
    }
    return { ok: true, step };
  }
  return { ok: false, reason: replayed ? 'replayed' : 'wrong' };
}
