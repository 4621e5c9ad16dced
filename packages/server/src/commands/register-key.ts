// An account registers its first signing key (or its next one after revoking the last) on the strength of its
// session or token: there is no older key to approve it. While a key is valid, a new one comes by rotation,
// approved by that key (rotate-key.ts). One public `key.registered` event.
import { type AccountKey, actorOf, KeyRegistration, newEvent, uuidv7 } from '@concord/core';
import { conflict } from '../problems.ts';
import { validate } from '../validate.ts';
import type { CommandContext } from './context.ts';
import { assertNewKey, currentKey, keyHolder } from './key-rules.ts';
import { mustExist } from './lookups.ts';

export async function registerKey(ctx: CommandContext, input: unknown): Promise<AccountKey> {
  const holder = keyHolder(ctx);
  const { publicKey, label } = validate(KeyRegistration, input);
  return ctx.store.transact(async (tx) => {
    if ((await currentKey(tx, holder.accountId)) !== null)
      throw conflict(
        'your account already has a valid key: rotate it (signed with that key) or revoke it first',
      );
    await assertNewKey(tx, publicKey);
    const id = uuidv7();
    const at = ctx.clock().toISOString();
    const record = { id, accountId: holder.accountId, publicKey, label };
    await tx.appendEvent(newEvent('key.registered', record, { actor: actorOf(holder), at }));
    return mustExist('key', id, (i) => tx.keys.get(i));
  });
}
