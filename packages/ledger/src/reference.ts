// Slow, obviously-correct RFC 6962 §2.1 definitions, transcribed verbatim (MTH, PATH, PROOF/SUBPROOF). Used only
// by tests to cross-check the fast code; never by the server.
import { checkIndex, LedgerError } from './errors.ts';
import { emptyRoot, hashChildren } from './hashing.ts';

// k = the largest power of two smaller than n (n > 1).
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]) from leaf hashes. */
export function referenceRoot(leafHashes: Uint8Array[]): Uint8Array {
  const n = leafHashes.length;
  if (n === 0) return emptyRoot();
  if (n === 1) return leafHashes[0] as Uint8Array;
  const k = split(n);
  return hashChildren(referenceRoot(leafHashes.slice(0, k)), referenceRoot(leafHashes.slice(k)));
}

/** PATH(m, D[n]): the inclusion proof for leaf m. */
export function referenceInclusion(leafHashes: Uint8Array[], index: number): Uint8Array[] {
  const n = leafHashes.length;
  checkIndex('index', index);
  if (index >= n) throw new LedgerError('BAD_INPUT', `index ${index} is outside a tree of size ${n}`);
  if (n === 1) return [];
  const k = split(n);
  if (index < k) {
    return [...referenceInclusion(leafHashes.slice(0, k), index), referenceRoot(leafHashes.slice(k))];
  }
  return [...referenceInclusion(leafHashes.slice(k), index - k), referenceRoot(leafHashes.slice(0, k))];
}

function subproof(m: number, leaves: Uint8Array[], b: boolean): Uint8Array[] {
  const n = leaves.length;
  if (m === n) return b ? [] : [referenceRoot(leaves)];
  const k = split(n);
  if (m <= k) return [...subproof(m, leaves.slice(0, k), b), referenceRoot(leaves.slice(k))];
  return [...subproof(m - k, leaves.slice(k), false), referenceRoot(leaves.slice(0, k))];
}

/** PROOF(m, D[n]) for 0 < m ≤ n; by our policy the proof for m = 0 is empty. */
export function referenceConsistency(leafHashes: Uint8Array[], size1: number): Uint8Array[] {
  checkIndex('size1', size1);
  if (size1 > leafHashes.length) throw new LedgerError('BAD_INPUT', 'size1 is larger than the tree');
  if (size1 === 0) return [];
  return subproof(size1, leafHashes, true);
}
