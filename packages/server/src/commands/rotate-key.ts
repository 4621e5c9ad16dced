// An account replaces its valid key with a new one, approved by the old key's signature over
// `keyRotationMessage(accountId, oldKeyId, newPublicKey)`, so whoever replays the log can check that the holder
// of the old key chose the new one. The approval is verified before anything is written (422 otherwise).
import { type AccountKey, actorOf, Id, KeyRotation, newEvent, uuidv7 } from '@concord/core';
import { keyRotationMessage, verifyWithKey } from '@concord/core/signatures';
import { conflict, notFound } from '../problems.ts';
import { validate } from '../validate.ts';
import type { CommandContext } from './context.ts';
import { assertNewKey, keyHolder, signatureRefused } from './key-rules.ts';
import { mustExist } from './lookups.ts';

export async function rotateKey(ctx: CommandContext, keyId: string, input: unknown): Promise<AccountKey> {
  const holder = keyHolder(ctx);
  const oldId = validate(Id, keyId, ['keyId']);
  const { publicKey, label, approval } = validate(KeyRotation, input);
  return ctx.store.transact(async (tx) => {
    const old = await tx.keys.get(oldId);
    if (old === null || old.accountId !== holder.accountId) throw notFound('key', oldId);
    if (old.validUntil !== null)
      throw conflict(`this key was ${old.ended} already; register a new key instead`);
    await assertNewKey(tx, publicKey);
    if (!verifyWithKey(old.publicKey, keyRotationMessage(holder.accountId, old.id, publicKey), approval))
      throw signatureRefused('the approval is not a signature of the rotation message by the current key');
    const id = uuidv7();
    const record = { id, accountId: holder.accountId, publicKey, label, previousKeyId: old.id, approval };
    const at = ctx.clock().toISOString();
    await tx.appendEvent(newEvent('key.rotated', record, { actor: actorOf(holder), at }));
    return mustExist('key', id, (i) => tx.keys.get(i));
  });
}
