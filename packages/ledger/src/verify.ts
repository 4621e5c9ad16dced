// RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency) verification, iterative, on JS numbers checked to be
// safe integers (halving and parity are exact for them, unlike 32-bit bit operators).
//
// Policy (also in README.md), where implementations differ:
// - every hash (leaf, root, proof element) must be exactly 32 bytes, checked before any hashing;
// - size1 = 0: the empty tree is a prefix of every tree, so the proof must be empty and root1 must be the empty
//   root SHA-256(""); then it is valid (RFC 6962 defines no proof for m = 0; transparency-dev rejects every such
//   request, CCTV accepts it; we accept only the empty proof; for 0 -> 0 root2 must then be the empty root too);
// - size1 = size2: the proof must be empty and the two roots equal;
// - size1 > size2: always an error; a non-empty proof must have exactly the length the algorithm consumes.
import { bytesEqual } from './encoding.ts';
import { checkHash, checkIndex, LedgerError } from './errors.ts';
import { emptyRoot } from './hashing.ts';
import { fromWords, nodeWords, sha256Node, toWords } from './sha256-core.ts';

// Every input hash is length-checked up front, so the hot loops use the unchecked node hash.
const hashChildren = sha256Node;
const R = new Int32Array(8);
const P = new Int32Array(8);

function checkProof(proof: unknown): asserts proof is Uint8Array[] {
  if (!Array.isArray(proof)) throw new LedgerError('BAD_INPUT', 'proof must be an array of hashes');
  // Plain loop, and the element's name only built on failure: this runs for every hash of every proof.
  for (let k = 0; k < proof.length; k++) {
    const h: unknown = proof[k];
    if (!(h instanceof Uint8Array) || h.length !== 32) checkHash(`proof[${k}]`, h);
  }
}

function inclusionFail(why: string): never {
  throw new LedgerError('INCLUSION_INVALID', `inclusion proof invalid: ${why}`);
}

function consistencyFail(why: string): never {
  throw new LedgerError('CONSISTENCY_INVALID', `consistency proof invalid: ${why}`);
}

const half = (n: number) => Math.floor(n / 2);
const odd = (n: number) => n % 2 === 1;

/** The root implied by an inclusion proof (RFC 9162 §2.1.3.2 steps 1–4); throws if the proof has the wrong length. */
export function rootFromInclusionProof(
  index: number,
  size: number,
  leafHash: Uint8Array,
  proof: Uint8Array[],
): Uint8Array {
  checkIndex('index', index);
  checkIndex('size', size);
  checkHash('leaf hash', leafHash);
  checkProof(proof);
  if (index >= size) inclusionFail(`index ${index} is outside a tree of size ${size}`);
  let fn = index;
  let sn = size - 1;
  // The running hash r and each proof element p are kept as words (see sha256-core.ts nodeWords).
  toWords(leafHash, R);
  for (const p of proof) {
    if (sn === 0) inclusionFail('proof is too long');
    toWords(p, P);
    if (odd(fn) || fn === sn) {
      nodeWords(P, R, R);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      nodeWords(R, P, R);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) inclusionFail('proof is too short');
  return fromWords(R);
}

export type InclusionClaim = {
  index: number;
  size: number;
  leafHash: Uint8Array;
  proof: Uint8Array[];
  root: Uint8Array;
};

/** Throws LedgerError('INCLUSION_INVALID' | 'BAD_INPUT') unless leaf `index` is in the tree with this root. */
export function verifyInclusion({ index, size, leafHash, proof, root }: InclusionClaim): void {
  checkHash('root', root);
  const computed = rootFromInclusionProof(index, size, leafHash, proof);
  if (!bytesEqual(computed, root)) inclusionFail('computed root does not match');
}

export type ConsistencyClaim = {
  size1: number;
  size2: number;
  proof: Uint8Array[];
  root1: Uint8Array;
  root2: Uint8Array;
};

/** Throws LedgerError('CONSISTENCY_INVALID' | 'BAD_INPUT') unless tree (size2, root2) extends (size1, root1). */
export function verifyConsistency({ size1, size2, proof, root1, root2 }: ConsistencyClaim): void {
  checkIndex('size1', size1);
  checkIndex('size2', size2);
  checkHash('root1', root1);
  checkHash('root2', root2);
  checkProof(proof);
  if (size1 > size2) consistencyFail(`size1 ${size1} is larger than size2 ${size2}`);
  if (size1 === 0) {
    if (proof.length !== 0) consistencyFail('proof from the empty tree must be empty');
    if (!bytesEqual(root1, emptyRoot())) consistencyFail('root1 is not the empty-tree root');
  }
  if (size1 === size2) {
    if (proof.length !== 0) consistencyFail('proof between equal sizes must be empty');
    if (!bytesEqual(root1, root2)) consistencyFail('roots differ for the same size');
  }
  if (size1 === 0 || size1 === size2) return;
  if (proof.length === 0) consistencyFail('proof is empty');
  const [fr, sr] = rootsFromConsistencyProof(size1, size2, root1, proof);
  if (!bytesEqual(fr, root1)) consistencyFail('computed root1 does not match');
  if (!bytesEqual(sr, root2)) consistencyFail('computed root2 does not match');
}

// RFC 9162 §2.1.4.2 steps 2–7 for 0 < size1 < size2.
function rootsFromConsistencyProof(
  size1: number,
  size2: number,
  root1: Uint8Array,
  proof: Uint8Array[],
): [Uint8Array, Uint8Array] {
  const isPowerOfTwo = Number.isInteger(Math.log2(size1)) && 2 ** Math.log2(size1) === size1;
  const path = isPowerOfTwo ? [root1, ...proof] : proof;
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0] as Uint8Array;
  let sr = fr;
  for (const c of path.slice(1)) {
    if (sn === 0) consistencyFail('proof is too long');
    if (odd(fn) || fn === sn) {
      fr = hashChildren(c, fr);
      sr = hashChildren(c, sr);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = hashChildren(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) consistencyFail('proof is too short');
  return [fr, sr];
}
