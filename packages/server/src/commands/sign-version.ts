// A signatory signs a final version for its party: a delegate of a party of the process (the policy's grant
// names the membership, hence the party), with its own key valid at signing time, once per key and version. The
// server recomputes the version's canonical hash from the stored points and verifies the signature before it
// appends `version.signed` (a bad signature is a 422 and nothing is written).
import { Id, newEvent, uuidv7, type VersionSignature, VersionSigning } from '@concord/core';
import { keyValidAt, verifyVersionSignature, versionHash } from '@concord/core/signatures';
import { conflict, notFound } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { keyHolder, signatureRefused } from './key-rules.ts';
import { versionSubject } from './subjects.ts';

export async function signVersion(
  ctx: CommandContext,
  versionId: string,
  input: unknown,
): Promise<VersionSignature> {
  const id = validate(Id, versionId, ['versionId']);
  const { keyId, signature } = validate(VersionSigning, input);
  return writeAs(ctx, async (tx) => {
    const subject = await versionSubject(tx, id);
    const grant = permit(ctx, 'sign', 'version', subject.resource, { what: 'version', id });
    const holder = keyHolder(ctx);
    const partyId = grant.membership?.partyId;
    if (!partyId) throw conflict('only a delegate of a party signs, for that party');
    if (subject.entity.status !== 'final' || subject.entity.withdrawal !== null)
      throw conflict('only a final version that stands is signed: this version is not final');
    const key = await tx.keys.get(keyId);
    if (key === null || key.accountId !== holder.accountId) throw notFound('key', keyId);
    const at = ctx.clock().toISOString();
    if (!keyValidAt(key, at)) throw conflict(`this key was ${key.ended}: it signs nothing any more`);
    if ((await tx.keys.signatures(id)).some((s) => s.keyId === keyId))
      throw conflict('this key has already signed this version');
    const hash = versionHash(id, await tx.points.listByVersion(id));
    if (!verifyVersionSignature(key.publicKey, hash, signature))
      throw signatureRefused(`the signature does not verify for this key over the version's hash ${hash}`);
    const record = { id: uuidv7(), versionId: id, processId: subject.resource.processId, partyId };
    const signed = { ...record, accountId: holder.accountId, keyId, versionHash: hash, signature };
    await tx.appendEvent(newEvent('version.signed', signed, { ...stamp(ctx, grant, subject.scope), at }));
    const all = await tx.keys.signatures(id);
    return all.find((s) => s.id === record.id) as VersionSignature;
  });
}
