// Signing in and out (the /api/auth routes), the demo's "view as" switch, and what each refusal means in words
// a person can act on. Every successful call records the new principal with setSession.
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';
import { getJson, postJson, type RequestOptions } from './client.ts';
import { describeWait, type Problem, problemSlug } from './problem.ts';
import { type SessionPrincipal, setSession } from './session.ts';

export type PrincipalAnswer = { principal: SessionPrincipal | null };
/** The server keeps the challenge (single use); the browser answers it through the options. */
export type PasskeyRequest = { options: PublicKeyCredentialRequestOptionsJSON };
export type PasskeyCreation = { options: PublicKeyCredentialCreationOptionsJSON };
export type { AuthenticationResponseJSON, RegistrationResponseJSON };

export async function signInWithPassword(
  input: { login: string; password: string; totp?: string },
  options?: RequestOptions,
): Promise<SessionPrincipal | null> {
  const answer = await postJson<PrincipalAnswer>('/api/auth/password', input, options);
  setSession(answer.principal);
  return answer.principal;
}

export function passkeySignInOptions(options?: RequestOptions): Promise<PasskeyRequest> {
  return postJson<PasskeyRequest>('/api/auth/passkey/options', {}, options);
}

export async function signInWithPasskey(
  response: AuthenticationResponseJSON,
  options?: RequestOptions,
): Promise<SessionPrincipal | null> {
  const answer = await postJson<PrincipalAnswer>('/api/auth/passkey', { response }, options);
  setSession(answer.principal);
  return answer.principal;
}

export async function signInWithLink(
  token: string,
  options?: RequestOptions,
): Promise<SessionPrincipal | null> {
  const answer = await postJson<PrincipalAnswer>('/api/auth/link', { token }, options);
  setSession(answer.principal);
  return answer.principal;
}

export async function signOut(options?: RequestOptions): Promise<void> {
  await postJson('/api/auth/sign-out', {}, options);
  setSession(null);
}

export async function signOutEverywhere(options?: RequestOptions): Promise<void> {
  await postJson('/api/auth/sign-out-everywhere', {}, options);
  setSession(null);
}

export type DemoPerson = { key: string; name: string; role: string; description: string };

/** The demo's people, or null when this server is not a demo (404). */
export async function demoPeople(options?: RequestOptions): Promise<DemoPerson[] | null> {
  try {
    return (await getJson<{ people: DemoPerson[] }>('/api/demo/people', options)).people;
  } catch {
    return null;
  }
}

/** Signs in as one of the demo's people (`public`: signs out). */
export async function demoSignInAs(key: string, options?: RequestOptions): Promise<SessionPrincipal | null> {
  const answer = await postJson<PrincipalAnswer>('/api/demo/sign-in-as', { key }, options);
  setSession(answer.principal ?? null);
  return answer.principal ?? null;
}

/** Whatever went wrong, in one or two sentences for the person at the keyboard (never raw JSON). */
export function explainProblem(problem: Problem): string {
  const slug = problemSlug(problem);
  switch (slug) {
    case 'sign-in-failed':
      return 'That handle or e-mail and password do not match an account. Check both and try again.';
    case 'second-factor-required':
      return 'Enter the 6-digit code your authenticator app shows for Concord.';
    case 'second-factor-failed':
      return 'That code is not right, or it was already used. Enter the code your authenticator app shows now.';
    case 'too-many-attempts':
      return problem.retryAfter !== undefined
        ? `Too many attempts. For your safety, wait ${describeWait(problem.retryAfter)} before trying again.`
        : 'Too many attempts. For your safety, wait a few minutes before trying again.';
    case 'passkey-failed':
      return 'This passkey was not accepted. It may belong to another site or account, or have been removed.';
    case 'passkey-refused':
      return `This passkey could not be registered${problem.detail ? ` (${problem.detail})` : ''}. Try again, or use another device.`;
    case 'passkeys-unavailable':
      return 'Passkeys cannot be used at this address. Open Concord at its https:// address (or at localhost) to use one.';
    case 'invitation-expired':
      return 'This link was used or has expired. Ask for a new one.';
    case 'current-password-wrong':
      return 'Your current password is not right.';
    case 'csrf':
      return 'The request was refused because it did not come from this site. Reload the page and try again.';
  }
  if (problem.status === 0) return `The server could not be reached. Check your connection and try again.`;
  if (problem.status === 401) return 'You need to sign in for this.';
  if (problem.status === 403) return problem.detail ?? 'You are not allowed to do this.';
  if (problem.status === 404) return 'Not found: it may have been removed, or the link is incomplete.';
  if (problem.status === 429)
    return problem.retryAfter !== undefined
      ? `Too many attempts. Wait ${describeWait(problem.retryAfter)} before trying again.`
      : 'Too many attempts. Wait a few minutes before trying again.';
  if (problem.errors && problem.errors.length > 0)
    return `${problem.title}: ${problem.errors.map((e) => (e.path ? `${e.path} ${e.message}` : e.message)).join('; ')}.`;
  return problem.detail ? `${problem.title}. ${problem.detail}` : problem.title;
}

/** What a browser's WebAuthn error means (cancelled, no passkey here, not supported). */
export function explainPasskeyError(error: unknown): string | null {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'AbortError')
    return 'The passkey request was cancelled or timed out. Try again when you are ready.';
  if (name === 'InvalidStateError') return 'This device already holds a passkey for your account.';
  if (name === 'SecurityError')
    return 'Passkeys cannot be used at this address. Open Concord at its https:// address (or at localhost).';
  if (name === 'NotSupportedError') return 'This browser or device cannot use passkeys.';
  return null;
}
