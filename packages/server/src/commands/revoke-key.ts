// An account revokes one of its valid keys with a reason (a lost laptop needs no signature from the lost key).
// Signatures made before the revocation stay valid; the key signs nothing after it.
import { type AccountKey, actorOf, Id, KeyRevocation, newEvent } from '@concord/core';
import { conflict, notFound } from '../problems.ts';
import { validate } from '../validate.ts';
import type { CommandContext } from './context.ts';
import { keyHolder } from './key-rules.ts';
import { mustExist } from './lookups.ts';

export async function revokeKey(ctx: CommandContext, keyId: string, input: unknown): Promise<AccountKey> {
  const holder = keyHolder(ctx);
  const id = validate(Id, keyId, ['keyId']);
  const { reason } = validate(KeyRevocation, input);
  return ctx.store.transact(async (tx) => {
    const key = await tx.keys.get(id);
    if (key === null || key.accountId !== holder.accountId) throw notFound('key', id);
    if (key.validUntil !== null) throw conflict(`this key was ${key.ended} already`);
    const at = ctx.clock().toISOString();
    await tx.appendEvent(
      newEvent('key.revoked', { id, accountId: holder.accountId, reason }, { actor: actorOf(holder), at }),
    );
    return mustExist('key', id, (i) => tx.keys.get(i));
  });
}
