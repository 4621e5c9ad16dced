// What the key commands share: keys belong to accounts (the operator has none), an account holds at most one
// valid key at a time (a new one replaces it by rotation), and a bad signature is a 422 with nothing written.
import type { AccountKey, AccountPrincipal } from '@concord/core';
import type { Repositories } from '@concord/db';
import { conflict, forbidden, ProblemError, unauthenticated } from '../problems.ts';
import type { CommandContext } from './context.ts';

export function signatureRefused(detail: string): ProblemError {
  return new ProblemError({
    status: 422,
    slug: 'signature-invalid',
    title: 'The signature does not verify',
    detail,
  });
}

/** The signed-in account acting on its own keys. */
export function keyHolder(ctx: CommandContext): AccountPrincipal {
  if (ctx.principal === null) throw unauthenticated('managing signing keys needs you to sign in');
  if (ctx.principal.kind !== 'account')
    throw forbidden('signing keys belong to accounts; the operator has none');
  return ctx.principal;
}

/** The account's key that is valid now (not rotated away, not revoked), if any. */
export async function currentKey(tx: Repositories, accountId: string): Promise<AccountKey | null> {
  const keys = await tx.keys.listByAccount(accountId);
  return keys.find((k) => k.validUntil === null) ?? null;
}

/** A public key is registered once, ever, by anyone: a revoked key never comes back under a new id. */
export async function assertNewKey(tx: Repositories, publicKey: string): Promise<void> {
  if ((await tx.keys.byPublicKey(publicKey)) !== null)
    throw conflict('this public key is already registered; generate a new key pair');
}
