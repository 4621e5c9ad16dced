// One-time sign-in links for an existing account: the operator prints one (the first account on an empty store,
// or a person who lost every way in), the person opens it, is signed in once, and then sets a password or
// registers a passkey. The link is the credential, so it is short-lived (24 hours by default), works once, and
// only its hash is stored. Not logged: no record changes, a person signs in.
import { isUuid } from '@concord/core';
import type { Store } from '@concord/db';
import { invitationExpired, notFound, ruleBroken } from '../problems.ts';
import { type Clock, systemClock } from './context.ts';
import { findOpenLink, goneNow, LINK_HOURS, newLink } from './invitation-links.ts';

export const SIGN_IN_LINK_DEFAULT_HOURS = 24;

export type IssuedSignInLink = { id: string; accountId: string; link: string; expiresAt: string };

/** A new one-time sign-in link for `accountId` (shown once: `${origin}/sign-in/link#cl_…`). */
export async function issueSignInLink(
  store: Store,
  accountId: string,
  options: { origin: string; hours?: number; clock?: Clock },
): Promise<IssuedSignInLink> {
  const hours = options.hours ?? SIGN_IN_LINK_DEFAULT_HOURS;
  if (!Number.isInteger(hours) || hours < LINK_HOURS.min || hours > LINK_HOURS.max)
    throw ruleBroken(`a sign-in link lasts ${LINK_HOURS.min} to ${LINK_HOURS.max} hours`, [
      { path: 'hours', message: 'out of range' },
    ]);
  const account = isUuid(accountId) ? await store.accounts.get(accountId) : null;
  if (account === null || account.disabledAt !== null) throw notFound('account', String(accountId));
  const now = (options.clock ?? systemClock)();
  const { link, tokenHash } = newLink('sign-in', options.origin);
  const created = await store.invitations.create({
    kind: 'sign-in',
    tokenHash,
    accountId,
    invitedBy: null,
    at: now.toISOString(),
    expiresAt: new Date(now.getTime() + hours * 3_600_000).toISOString(),
  });
  return { id: created.id, accountId, link, expiresAt: created.expiresAt };
}

/** Uses a sign-in link up; answers the account it signs in, or throws 404 / 410 (writing nothing). */
export async function useSignInLink(store: Store, token: unknown, at: string): Promise<string> {
  const open = await findOpenLink(store, 'sign-in', token, at);
  if (open.kind !== 'sign-in') throw new Error('unreachable: findOpenLink checks the kind');
  const account = await store.accounts.get(open.accountId);
  if (account === null || account.disabledAt !== null)
    throw invitationExpired('the account of this link is disabled');
  const used = await store.invitations.consume(open.tokenHash, 'sign-in', at, open.accountId);
  if (used === null) return goneNow(store, open.tokenHash, at);
  return open.accountId;
}
