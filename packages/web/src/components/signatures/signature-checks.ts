// Each signature on a version checked in the browser with the verify subpath (core/signatures): against the hash
// the server names and against the hash recomputed here from the points on the screen, so a signature is shown
// as verified only over the text the reader sees.
import { type AgreedPoint, verifyVersionSignature, versionHash } from '@concord/core/signatures';
import type { VersionSignatures } from '../../api/keys.ts';

export type SignatureCheck = {
  id: string;
  party: string;
  at: string;
  fingerprint: string;
  verified: boolean;
};

export function checkSignatures(
  answer: VersionSignatures,
  points: readonly AgreedPoint[],
): { hashMatches: boolean; hash: string; checks: SignatureCheck[] } {
  const hash = versionHash(answer.versionId, points);
  const checks = answer.items.map((s) => ({
    id: s.id,
    party: s.partyName,
    at: s.signedAt,
    fingerprint: s.fingerprint,
    verified: s.versionHash === hash && verifyVersionSignature(s.publicKey, hash, s.signature),
  }));
  return { hashMatches: hash === answer.versionHash, hash, checks };
}
