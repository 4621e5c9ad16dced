import {
  type Check,
  checkGrowth,
  missingGrowthProof,
  type RememberedCheckpoint,
  type SignedCheckpoint,
} from '@concord/ledger/verify';
import { useEffect, useMemo } from 'react';
import { useResource } from '../api/use-resource.ts';
import { readRemembered, remember } from './log-growth.ts';

export type Growth =
  | { state: 'unsigned' }
  | { state: 'first'; size: number }
  | { state: 'pending'; previous: RememberedCheckpoint }
  | { state: 'done'; check: Check };

const browserStorage = () => (typeof localStorage === 'undefined' ? null : localStorage);

/**
 * Compares the signed checkpoint with the one this browser remembered for the same key, fetching a
 * consistency proof when the log grew, and remembers the new checkpoint once it is known to extend the old.
 */
export function useLogGrowth(verifierKey: string, signed: SignedCheckpoint | null): Growth {
  // Read once per key: what was remembered before this visit, not what this visit writes.
  const previous = useMemo(() => {
    const storage = browserStorage();
    return storage ? readRemembered(storage, verifierKey) : null;
  }, [verifierKey]);
  const needsProof = signed !== null && previous !== null && previous.size < signed.size;
  const proof = useResource<{ proof: string[] }>(
    needsProof ? `/api/log/proofs/consistency?from=${previous.size}&to=${signed.size}` : null,
  );

  let growth: Growth;
  if (signed === null) growth = { state: 'unsigned' };
  else if (previous === null) growth = { state: 'first', size: signed.size };
  else if (!needsProof) growth = { state: 'done', check: checkGrowth(previous, signed, []) };
  else if (proof.state === 'ok')
    growth = { state: 'done', check: checkGrowth(previous, signed, proof.data.proof) };
  else if (proof.state === 'error') {
    const why = `${proof.problem.title}${proof.problem.detail ? ` (${proof.problem.detail})` : ''}`;
    growth = { state: 'done', check: missingGrowthProof(previous, signed.size, why) };
  } else growth = { state: 'pending', previous };

  const extends_ = growth.state === 'first' || (growth.state === 'done' && growth.check.ok);
  useEffect(() => {
    const storage = browserStorage();
    if (storage && signed && extends_) remember(storage, verifierKey, signed, new Date().toISOString());
  }, [verifierKey, signed, extends_]);
  return growth;
}
