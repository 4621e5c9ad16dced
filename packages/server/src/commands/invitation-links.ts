// Invitation and sign-in links: the secret travels only in the link's fragment (`…/invite#ci_…`), which browsers
// never send to a server, so it stays out of access logs and Referer headers; the page posts it in a JSON body.
// The store keeps its SHA-256 only. A token that names nothing is a 404; a used, revoked or expired link a 410.
// Neither problem repeats the token.
import type { Invitation, InvitationKind, Store } from '@concord/db';
import { invitationState } from '@concord/db';
import { newToken, tokenHash, tokenHashOrNull } from '../auth/tokens.ts';
import { invitationExpired, invitationUnknown } from '../problems.ts';

/** The token kind of each link kind: an invitation's secret never passes for a sign-in link's, nor back. */
export const LINK_TOKEN = { membership: 'invitation', 'sign-in': 'link' } as const;

/** The page of the web application that reads each kind of link from its fragment. */
export const LINK_PAGE = { membership: '/invite', 'sign-in': '/sign-in/link' } as const;

export const LINK_HOURS = { min: 1, max: 720 } as const;

/** A new secret for a link of `kind`: the link to show once (`${origin}${page}#${token}`) and the hash to store. */
export function newLink(kind: InvitationKind, origin: string): { link: string; tokenHash: string } {
  const token = newToken(LINK_TOKEN[kind]);
  return {
    link: `${new URL(origin).origin}${LINK_PAGE[kind]}#${token}`,
    tokenHash: tokenHash(LINK_TOKEN[kind], token),
  };
}

/** The stored hash of a link token of `kind`, or null when `token` is not one. */
export function linkHash(kind: InvitationKind, token: unknown): string | null {
  return tokenHashOrNull(LINK_TOKEN[kind], token);
}

const WHY: Record<'used' | 'revoked' | 'expired', string> = {
  used: 'this link has already been used',
  revoked: 'this link was withdrawn',
  expired: 'this link has expired',
};

/** The link of `kind` with this token, if it can still be used at `at`; else the 404 or 410 problem. */
export async function findOpenLink(
  store: Store,
  kind: InvitationKind,
  token: unknown,
  at: string,
): Promise<Invitation & { tokenHash: string }> {
  const hash = linkHash(kind, token);
  const found = hash === null ? null : await store.invitations.findByToken(hash);
  if (hash === null || found === null || found.kind !== kind) throw invitationUnknown();
  const state = invitationState(found, at);
  if (state !== 'open') throw invitationExpired(`${WHY[state]}: ask for a new one`);
  return { ...found, tokenHash: hash };
}

/** After a consume lost a race or the link expired meanwhile: the 410 that says why. */
export async function goneNow(store: Store, tokenHash: string, at: string): Promise<never> {
  const found = await store.invitations.findByToken(tokenHash);
  const state = found === null ? 'used' : invitationState(found, at);
  throw invitationExpired(`${WHY[state === 'open' ? 'used' : state]}: ask for a new one`);
}
