// A returning reader as a small witness: the checkpoint it remembered from an earlier visit must be a prefix of
// the one signed now (RFC 9162 §2.1.4). A log that cut or rewrote its history cannot produce the proof.
import { fromBase64 } from '../encoding.ts';
import { attempt, type Check } from './check.ts';
import { type TreeHead, verifyLogGrowth } from './tlog.ts';

export type RememberedCheckpoint = { size: number; rootHash: string; seenAt: string };

const TITLE = 'The log has only grown since you last checked it';

/** Whether the signed tree `current` extends the one remembered; `proof` is the server's consistency proof. */
export function checkGrowth(previous: RememberedCheckpoint, current: TreeHead, proof: string[]): Check {
  const seen = previous.seenAt ? ` (seen ${previous.seenAt.slice(0, 16).replace('T', ' ')} UTC)` : '';
  const span = `from size ${previous.size}${seen} to ${current.size}`;
  const result = attempt('growth', TITLE, '', () => {
    verifyLogGrowth({ size: previous.size, rootHash: fromBase64(previous.rootHash) }, current, proof);
    const detail =
      previous.size === current.size
        ? `Same size (${current.size}) and the same root as when you last checked it: nothing was rewritten.`
        : `A consistency proof (RFC 9162) ${span} shows the earlier tree is a prefix of this one: nothing was rewritten.`;
    return { value: null, detail };
  }).check;
  if (result.ok) return result;
  const detail =
    result.code === 'LOG_SHRANK'
      ? `The log is smaller than when you last checked it (${previous.size} entries, now ${current.size}): entries were removed.`
      : `No valid consistency proof ${span}: the history you saw earlier was rewritten (${result.detail}).`;
  return { ...result, detail };
}

/** The check to show when the server gave no consistency proof at all. */
export function missingGrowthProof(previous: RememberedCheckpoint, size: number, why: string): Check {
  const detail = `The log did not give a consistency proof from size ${previous.size} to ${size}: ${why}.`;
  return { id: 'growth', title: TITLE, ok: false, detail, code: 'CONSISTENCY_PROOF_INVALID' };
}
