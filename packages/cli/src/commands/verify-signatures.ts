// `concord verify --signatures FILE`: checks, offline, every signature of an exported signatures file (the answer
// of GET /api/versions/{id}/signatures) against the hash it names, and that hash against one you computed
// yourself (--version-hash) when given. Pure: the command reads the file and prints what this returns.
import { VersionSignatures } from '@concord/core';
import { accountKeyFingerprint, isUsablePublicKey, verifyVersionSignature } from '@concord/core/signatures';
import { CliError } from '../errors.ts';

export function checkSignatures(text: string, expectedHash?: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CliError('not verified: the signatures file is not JSON');
  }
  const file = VersionSignatures.safeParse(parsed);
  if (!file.success)
    throw new CliError('not verified: not a signatures file (concord.version-signatures/v1)');
  const { versionId, versionHash, items } = file.data;
  if (expectedHash !== undefined && expectedHash.trim().toLowerCase() !== versionHash)
    throw new CliError(`not verified: the file signs hash ${versionHash}, not ${expectedHash.trim()}`);
  if (items.length === 0) throw new CliError(`not verified: nobody has signed version ${versionId}`);
  const who: string[] = [];
  for (const s of items) {
    if (!isUsablePublicKey(s.publicKey))
      throw new CliError(`not verified: the key given for ${s.partyName} is not a usable Ed25519 key`);
    const name = `${s.partyName} (key ${accountKeyFingerprint(s.publicKey)})`;
    if (s.versionHash !== versionHash || !verifyVersionSignature(s.publicKey, versionHash, s.signature))
      throw new CliError(`not verified: the signature for ${name} does not verify over ${versionHash}`);
    who.push(`${name} ${s.signedAt}`);
  }
  const scope = expectedHash === undefined ? 'the hash the file names' : 'your hash';
  return `verified: ${items.length} signature(s) on version ${versionId} over ${scope} ${versionHash}: ${who.join('; ')}`;
}
