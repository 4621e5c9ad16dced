// The signed-in person's own account (GET /api/account and its parts): password, two-step sign-in (TOTP),
// passkeys, sessions and personal API tokens. Only a browser session may use these routes.
import type { RegistrationResponseJSON } from '@simplewebauthn/browser';
import type { PasskeyCreation } from './auth.ts';
import { deleteJson, getJson, postJson, putJson } from './client.ts';

export type AccountPasskey = { id: string; name: string; createdAt: string; lastUsedAt: string | null };
export type AccountSession = {
  id: string;
  current: boolean;
  userAgent: string | null;
  address: string | null;
  createdAt: string;
  lastSeenAt: string | null;
};
export type AccountToken = {
  id: string;
  label: string;
  membershipId: string;
  createdAt: string;
  lastUsedAt?: string | null;
};
export type AccountAnswer = {
  account: { id: string; name: string; handle: string | null; email: string | null };
  hasPassword: boolean;
  /** The authenticator app: none, set up but not yet confirmed with a code, or in use. */
  totp: 'none' | 'pending' | 'enabled';
  passkeys: AccountPasskey[];
  sessions: AccountSession[];
  tokens: AccountToken[];
};
export type IssuedToken = { id: string; token: string; label: string; membershipId: string };

const enc = encodeURIComponent;

export const account = {
  get: () => getJson<AccountAnswer>('/api/account'),
  setPassword: (input: { current?: string; password: string }) =>
    putJson<void>('/api/account/password', input),
  startTotp: () => postJson<{ secret: string; uri: string }>('/api/account/totp', {}),
  confirmTotp: (code: string) => postJson<void>('/api/account/totp/confirm', { code }),
  removeTotp: (code: string) => postJson<void>('/api/account/totp/remove', { code }),
  passkeyOptions: () => postJson<PasskeyCreation>('/api/account/passkeys/options', {}),
  addPasskey: (input: { response: RegistrationResponseJSON; name: string }) =>
    postJson<AccountPasskey>('/api/account/passkeys', input),
  removePasskey: (id: string) => deleteJson(`/api/account/passkeys/${enc(id)}`),
  endSession: (id: string) => deleteJson(`/api/account/sessions/${enc(id)}`),
  createToken: (input: { membershipId: string; label: string }) =>
    postJson<IssuedToken>('/api/account/tokens', input),
  revokeToken: (id: string) => deleteJson(`/api/account/tokens/${enc(id)}`),
};
