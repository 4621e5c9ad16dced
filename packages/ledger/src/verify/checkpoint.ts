// A checkpoint is believed only through its signature: size and root are read from the signed text.
import { verifyCheckpoint } from '../checkpoint.ts';
import { asVerification } from './error.ts';
import { readVerifierKey } from './key.ts';

export type SignedCheckpoint = { origin: string; size: number; rootHash: Uint8Array };

/** The checkpoint a signed note commits to, if `verifierKey` signed it; otherwise a VerificationError. */
export function verifySignedCheckpoint(note: string, verifierKey: string): SignedCheckpoint {
  readVerifierKey(verifierKey);
  const cp = asVerification('CHECKPOINT_MALFORMED', () => verifyCheckpoint(note, verifierKey), {
    SIGNATURE_INVALID: 'CHECKPOINT_SIGNATURE_INVALID',
    UNKNOWN_KEY: 'CHECKPOINT_KEY_UNKNOWN',
    KEY_INVALID: 'KEY_INVALID',
  });
  return { origin: cp.origin, size: cp.size, rootHash: cp.rootHash };
}
