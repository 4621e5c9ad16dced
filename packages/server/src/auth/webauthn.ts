// Passkeys (WebAuthn) through @simplewebauthn/server 14.0.3, the newest line that supports Node 20 (14.1.0
// declares Node >= 22; AUTH.md §2). These wrappers fix the choices that matter for security in one place:
//
// - user verification (PIN, biometrics) is required at registration and at every sign-in: a passkey is the whole
//   sign-in, not a second factor, so mere presence (a touch) is not enough;
// - discoverable credentials (residentKey 'required'), so sign-in is usernameless and reveals no account list;
// - attestation 'none': Concord does not vet authenticator models, and asking for attestation only adds prompts;
// - the expected origin and RP ID come from configuration, never from the request's Origin header (which is what
//   an attacker controls); the RP ID is the configured origin's host name. WebAuthn refuses IP addresses, so
//   `http://127.0.0.1:PORT` cannot use passkeys: serve and print `http://localhost:PORT`.
//
// Challenges are the caller's to store single-use (store.challenges): the caller reads the challenge a response
// answers with `challengeOf`, consumes it atomically, and only then verifies with it. Verification never throws:
// the library's error messages quote the expected and received challenges, so they are reduced to a coarse
// reason that is safe to log and to show.
import { isIP } from 'node:net';
import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';

/** How long the browser may take (and how long the caller should keep the challenge). */
export const WEBAUTHN_TIMEOUT_SECONDS = 300;

export type RelyingParty = { origin: string; rpID: string; rpName: string };

/**
 * The relying party for the configured origin. Throws for an IP-address host (WebAuthn has no RP ID for it) and
 * for plain http anywhere but localhost (not a secure context, so browsers hide WebAuthn).
 */
export function relyingParty(origin: string, rpName = 'Concord'): RelyingParty {
  const url = new URL(origin);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0)
    throw new Error(
      `passkeys need a host name, not the address ${host}: serve at http://localhost:${url.port || '80'} instead`,
    );
  const local = host === 'localhost' || host.endsWith('.localhost');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
    throw new Error('passkeys need https (plain http works only on localhost)');
  return { origin: url.origin, rpID: host, rpName };
}

/** A stored passkey as verification needs it. */
export type PasskeyCredential = {
  /** The credential id, base64url. */
  id: string;
  publicKey: Uint8Array;
  counter: number;
  transports: string[];
};

export type VerifyFailureReason =
  | 'malformed'
  | 'challenge'
  | 'origin'
  | 'rp-id'
  | 'user-verification'
  | 'user-handle'
  | 'credential'
  | 'counter'
  | 'signature';

export type VerifyFailure = { ok: false; reason: VerifyFailureReason };

// The library's messages, mapped to a reason without keeping any of their (challenge-quoting) text.
function reasonOf(error: unknown): VerifyFailureReason {
  const message = error instanceof Error ? error.message : '';
  if (/challenge/i.test(message)) return 'challenge';
  if (/origin/i.test(message)) return 'origin';
  if (/RP ?ID/i.test(message)) return 'rp-id';
  if (/user verification|could not be verified|not present/i.test(message)) return 'user-verification';
  if (/counter/i.test(message)) return 'counter';
  return 'malformed';
}

/** The 16 bytes of an account's UUID: the WebAuthn user handle (no personal data in it). */
export function userHandleOf(accountId: string): Uint8Array<ArrayBuffer> {
  const hex = accountId.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error('an account id must be a UUID');
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

const B64URL = /^[A-Za-z0-9_-]+$/;

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** The credential id a (registration or authentication) response names, or null when it has none. */
export function credentialIdOf(response: unknown): string | null {
  const id = record(response)?.id;
  return typeof id === 'string' && id.length <= 1400 && B64URL.test(id) ? id : null;
}

/** The challenge a response answers (from its clientDataJSON), or null when it cannot be read. */
export function challengeOf(response: unknown): string | null {
  const clientDataJSON = record(record(response)?.response)?.clientDataJSON;
  if (typeof clientDataJSON !== 'string' || clientDataJSON.length > 4096 || !B64URL.test(clientDataJSON))
    return null;
  try {
    const challenge = record(
      JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8')),
    )?.challenge;
    return typeof challenge === 'string' && challenge.length <= 512 && B64URL.test(challenge)
      ? challenge
      : null;
  } catch {
    return null;
  }
}

/** Options for `navigator.credentials.create` (via @simplewebauthn/browser's startRegistration). */
export function registrationOptions(
  rp: RelyingParty,
  input: {
    accountId: string;
    /** Shown by the authenticator's account picker: the handle. */
    userName: string;
    displayName: string;
    /** The account's passkeys, so the same authenticator is not registered twice. */
    existing: { id: string; transports: string[] }[];
  },
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  return generateRegistrationOptions({
    rpName: rp.rpName,
    rpID: rp.rpID,
    userName: input.userName,
    userID: userHandleOf(input.accountId),
    userDisplayName: input.displayName,
    timeout: WEBAUTHN_TIMEOUT_SECONDS * 1000,
    attestationType: 'none',
    excludeCredentials: input.existing.map((k) => ({ id: k.id, transports: k.transports })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
}

/**
 * Verifies a registration response against a challenge the caller has already consumed. On success, the
 * credential to store (counter as reported, usually 0).
 */
export async function verifyRegistration(
  rp: RelyingParty,
  input: { response: unknown; expectedChallenge: string },
): Promise<{ ok: true; credential: PasskeyCredential; backedUp: boolean } | VerifyFailure> {
  try {
    const result = await verifyRegistrationResponse({
      response: input.response as RegistrationResponseJSON,
      expectedChallenge: input.expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserPresence: true,
      requireUserVerification: true,
    });
    if (!result.verified) return { ok: false, reason: 'signature' };
    const { credential, credentialBackedUp } = result.registrationInfo;
    return {
      ok: true,
      credential: {
        id: credential.id,
        publicKey: new Uint8Array(credential.publicKey),
        counter: credential.counter,
        transports: credential.transports ?? [],
      },
      backedUp: credentialBackedUp,
    };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

/** Options for `navigator.credentials.get`: usernameless (no allowCredentials), user verification required. */
export function authenticationOptions(rp: RelyingParty): Promise<PublicKeyCredentialRequestOptionsJSON> {
  return generateAuthenticationOptions({
    rpID: rp.rpID,
    allowCredentials: [],
    userVerification: 'required',
    timeout: WEBAUTHN_TIMEOUT_SECONDS * 1000,
  });
}

/**
 * Verifies a sign-in response for the passkey the caller looked up by `credentialIdOf(response)`, against a
 * challenge already consumed. The response must name that credential and carry the user handle of its account.
 * On success, `newCounter` must be stored (store.passkeys.updateCounter); a counter that did not increase (when
 * the authenticator keeps one) is refused as a sign of a cloned authenticator.
 */
export async function verifyAuthentication(
  rp: RelyingParty,
  input: { response: unknown; expectedChallenge: string; credential: PasskeyCredential; accountId: string },
): Promise<{ ok: true; newCounter: number } | VerifyFailure> {
  if (credentialIdOf(input.response) !== input.credential.id) return { ok: false, reason: 'credential' };
  const userHandle = record(record(input.response)?.response)?.userHandle;
  const expectedHandle = Buffer.from(userHandleOf(input.accountId)).toString('base64url');
  if (userHandle !== expectedHandle) return { ok: false, reason: 'user-handle' };
  try {
    const result = await verifyAuthenticationResponse({
      response: input.response as AuthenticationResponseJSON,
      expectedChallenge: input.expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      credential: {
        id: input.credential.id,
        publicKey: new Uint8Array(input.credential.publicKey),
        counter: input.credential.counter,
        transports: input.credential.transports,
      },
      requireUserVerification: true,
    });
    if (!result.verified) return { ok: false, reason: 'signature' };
    return { ok: true, newCounter: result.authenticationInfo.newCounter };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}
