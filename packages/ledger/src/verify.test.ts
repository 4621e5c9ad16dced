import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { flipped } from '../test/bytes.ts';
import { utf8 } from './encoding.ts';
import { LedgerError, type LedgerErrorCode } from './errors.ts';
import { emptyRoot, hashLeaf } from './hashing.ts';
import { MemoryTree } from './memory-tree.ts';
import { rootFromInclusionProof, verifyConsistency, verifyInclusion } from './verify.ts';

const code = (c: LedgerErrorCode) => (e: unknown) => e instanceof LedgerError && e.code === c;
const tree = new MemoryTree();
for (let i = 0; i < 21; i++) tree.append(hashLeaf(utf8(`e${i}`)));
const leaf = (i: number) => hashLeaf(utf8(`e${i}`));

describe('inclusion', () => {
  test('every leaf of every size verifies, and rootFromInclusionProof gives the root', () => {
    for (let size = 1; size <= 21; size++) {
      for (let index = 0; index < size; index++) {
        const proof = tree.inclusionProof(index, size);
        assert.deepEqual(rootFromInclusionProof(index, size, leaf(index), proof), tree.root(size));
      }
    }
  });

  test('any single bit flip, reordering, or wrong index is rejected', () => {
    const size = 21;
    const root = tree.root(size);
    for (const index of [0, 7, 16, 20]) {
      const proof = tree.inclusionProof(index, size);
      for (let k = 0; k < proof.length; k++) {
        const bad = [...proof];
        bad[k] = flipped(proof[k] as Uint8Array, k);
        assert.throws(
          () => verifyInclusion({ index, size, leafHash: leaf(index), proof: bad, root }),
          code('INCLUSION_INVALID'),
        );
      }
      const other = index === 0 ? 1 : 0;
      assert.throws(
        () => verifyInclusion({ index: other, size, leafHash: leaf(index), proof, root }),
        code('INCLUSION_INVALID'),
      );
      assert.throws(
        () => verifyInclusion({ index, size, leafHash: leaf(index), proof: [...proof].reverse(), root }),
        code('INCLUSION_INVALID'),
      );
      assert.throws(
        () => verifyInclusion({ index, size, leafHash: leaf(index), proof: [...proof, root], root }),
        code('INCLUSION_INVALID'),
      );
      assert.throws(
        () => verifyInclusion({ index, size, leafHash: leaf(index), proof: proof.slice(1), root }),
        code('INCLUSION_INVALID'),
      );
    }
  });

  test('bad input: index >= size, unsafe numbers, short hashes', () => {
    const root = tree.root();
    const proof = tree.inclusionProof(3, 21);
    assert.throws(
      () => verifyInclusion({ index: 21, size: 21, leafHash: leaf(3), proof, root }),
      code('INCLUSION_INVALID'),
    );
    assert.throws(
      () => verifyInclusion({ index: 2 ** 53, size: 21, leafHash: leaf(3), proof, root }),
      code('BAD_INPUT'),
    );
    assert.throws(
      () => verifyInclusion({ index: 3, size: -1, leafHash: leaf(3), proof, root }),
      code('BAD_INPUT'),
    );
    assert.throws(
      () => verifyInclusion({ index: 3, size: 21, leafHash: leaf(3).subarray(1), proof, root }),
      code('BAD_INPUT'),
    );
    assert.throws(
      () => verifyInclusion({ index: 3, size: 21, leafHash: leaf(3), proof, root: new Uint8Array(0) }),
      code('BAD_INPUT'),
    );
    const shortElement = [...proof.slice(0, -1), new Uint8Array(31)];
    assert.throws(
      () => verifyInclusion({ index: 3, size: 21, leafHash: leaf(3), proof: shortElement, root }),
      code('BAD_INPUT'),
    );
  });
});

describe('consistency policy', () => {
  const root = (n: number) => tree.root(n);

  test('size1 = 0: only the empty proof from the empty root is valid', () => {
    verifyConsistency({ size1: 0, size2: 5, proof: [], root1: emptyRoot(), root2: root(5) });
    verifyConsistency({ size1: 0, size2: 0, proof: [], root1: emptyRoot(), root2: emptyRoot() });
    assert.throws(
      () => verifyConsistency({ size1: 0, size2: 5, proof: [root(5)], root1: emptyRoot(), root2: root(5) }),
      code('CONSISTENCY_INVALID'),
    );
    assert.throws(
      () => verifyConsistency({ size1: 0, size2: 5, proof: [], root1: root(1), root2: root(5) }),
      code('CONSISTENCY_INVALID'),
    );
    assert.throws(
      () => verifyConsistency({ size1: 0, size2: 0, proof: [], root1: emptyRoot(), root2: root(1) }),
      code('CONSISTENCY_INVALID'),
    );
  });

  test('size1 = size2: empty proof and equal roots', () => {
    verifyConsistency({ size1: 7, size2: 7, proof: [], root1: root(7), root2: root(7) });
    assert.throws(
      () => verifyConsistency({ size1: 7, size2: 7, proof: [], root1: root(7), root2: root(8) }),
      code('CONSISTENCY_INVALID'),
    );
    assert.throws(
      () => verifyConsistency({ size1: 7, size2: 7, proof: [root(7)], root1: root(7), root2: root(7) }),
      code('CONSISTENCY_INVALID'),
    );
  });

  test('size1 > size2 is an error; so is an empty proof between different sizes', () => {
    assert.throws(
      () => verifyConsistency({ size1: 8, size2: 7, proof: [], root1: root(8), root2: root(7) }),
      code('CONSISTENCY_INVALID'),
    );
    assert.throws(
      () => verifyConsistency({ size1: 4, size2: 8, proof: [], root1: root(4), root2: root(8) }),
      code('CONSISTENCY_INVALID'),
    );
  });

  test('every hash must be 32 bytes', () => {
    const proof = tree.consistencyProof(3, 9);
    assert.throws(
      () => verifyConsistency({ size1: 3, size2: 9, proof, root1: root(3).subarray(0, 12), root2: root(9) }),
      code('BAD_INPUT'),
    );
    assert.throws(
      () =>
        verifyConsistency({
          size1: 3,
          size2: 9,
          proof: [new Uint8Array(33)],
          root1: root(3),
          root2: root(9),
        }),
      code('BAD_INPUT'),
    );
  });

  test('valid proofs verify; tampered ones and swapped roots do not', () => {
    for (let size2 = 1; size2 <= 21; size2++) {
      for (let size1 = 1; size1 < size2; size1++) {
        const proof = tree.consistencyProof(size1, size2);
        verifyConsistency({ size1, size2, proof, root1: root(size1), root2: root(size2) });
        assert.throws(
          () => verifyConsistency({ size1, size2, proof, root1: root(size2), root2: root(size1) }),
          code('CONSISTENCY_INVALID'),
        );
        const bad = [...proof];
        bad[bad.length - 1] = flipped(bad[bad.length - 1] as Uint8Array, 0);
        assert.throws(
          () => verifyConsistency({ size1, size2, proof: bad, root1: root(size1), root2: root(size2) }),
          code('CONSISTENCY_INVALID'),
        );
        assert.throws(
          () =>
            verifyConsistency({
              size1,
              size2,
              proof: [...proof, root(1)],
              root1: root(size1),
              root2: root(size2),
            }),
          code('CONSISTENCY_INVALID'),
        );
      }
    }
  });
});
