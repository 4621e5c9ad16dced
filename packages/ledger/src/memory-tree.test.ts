import assert from 'node:assert/strict';
import { test } from 'node:test';
import { utf8 } from './encoding.ts';
import { LedgerError } from './errors.ts';
import { hashLeaf } from './hashing.ts';
import { MemoryTree } from './memory-tree.ts';
import { consistencyPlan, inclusionPlan } from './proof-plan.ts';
import { referenceConsistency, referenceInclusion, referenceRoot } from './reference.ts';
import { verifyConsistency, verifyInclusion } from './verify.ts';

const leaf = (i: number) => hashLeaf(utf8(`entry ${i}`));

// Deterministic pseudo-random numbers so a failure can be replayed.
function prng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return s % n;
  };
}

function buildTree(n: number): { tree: MemoryTree; leaves: Uint8Array[] } {
  const tree = new MemoryTree();
  const leaves = Array.from({ length: n }, (_, i) => leaf(i));
  for (const l of leaves) tree.append(l);
  return { tree, leaves };
}

test('every root, inclusion and consistency proof of trees 0..64 equals the reference and verifies', () => {
  const { tree, leaves } = buildTree(64);
  for (let size = 0; size <= 64; size++) {
    const prefix = leaves.slice(0, size);
    const root = referenceRoot(prefix);
    assert.deepEqual(tree.root(size), root, `root(${size})`);
    for (let index = 0; index < size; index++) {
      const proof = tree.inclusionProof(index, size);
      assert.deepEqual(proof, referenceInclusion(prefix, index), `inclusion ${index}/${size}`);
      verifyInclusion({ index, size, leafHash: leaves[index] as Uint8Array, proof, root });
    }
    for (let size1 = 0; size1 <= size; size1++) {
      const proof = tree.consistencyProof(size1, size);
      assert.deepEqual(proof, referenceConsistency(prefix, size1), `consistency ${size1}->${size}`);
      verifyConsistency({
        size1,
        size2: size,
        proof,
        root1: referenceRoot(leaves.slice(0, size1)),
        root2: root,
      });
    }
  }
});

test('random samples on trees up to 300 and a few larger ones match the reference', () => {
  const rand = prng(6962);
  const { tree, leaves } = buildTree(300);
  const sizes = [...Array.from({ length: 60 }, () => 1 + rand(300)), 255, 256, 257, 300];
  for (const size of sizes) {
    const prefix = leaves.slice(0, size);
    const index = rand(size);
    const size1 = rand(size + 1);
    assert.deepEqual(tree.inclusionProof(index, size), referenceInclusion(prefix, index));
    assert.deepEqual(tree.consistencyProof(size1, size), referenceConsistency(prefix, size1));
  }
  for (const n of [1000 + rand(1000), 4097, 5000 + rand(3000)]) {
    const big = buildTree(n);
    const root = referenceRoot(big.leaves);
    assert.deepEqual(big.tree.root(), root, `root of ${n}`);
    for (let k = 0; k < 5; k++) {
      const index = rand(n);
      const size1 = 1 + rand(n);
      const proof = big.tree.inclusionProof(index, n);
      assert.deepEqual(proof, referenceInclusion(big.leaves, index));
      const cproof = big.tree.consistencyProof(size1, n);
      assert.deepEqual(cproof, referenceConsistency(big.leaves, size1));
      verifyConsistency({ size1, size2: n, proof: cproof, root1: big.tree.root(size1), root2: root });
    }
  }
});

test('plans read only O(log n) stored nodes, even for huge trees', () => {
  const size = 2 ** 50 - 3;
  for (const index of [0, 1, size - 1, 2 ** 49 + 12345]) {
    const plan = inclusionPlan(index, size);
    assert.ok(plan.nodes.length <= 2 * 50, `${plan.nodes.length} nodes`);
    for (const n of plan.nodes) {
      assert.ok(
        Number.isSafeInteger(n.index) && (n.index + 1) * 2 ** n.level <= size,
        'only complete subtrees',
      );
    }
  }
  const plan = consistencyPlan(2 ** 30 + 7, size);
  assert.ok(plan.nodes.length <= 2 * 50);
});

test('plans and proofs refuse bad input', () => {
  const isBad = (e: unknown) => e instanceof LedgerError && e.code === 'BAD_INPUT';
  const { tree } = buildTree(5);
  assert.throws(() => inclusionPlan(5, 5), isBad);
  assert.throws(() => inclusionPlan(-1, 5), isBad);
  assert.throws(() => inclusionPlan(0, 2 ** 53), isBad);
  assert.throws(() => consistencyPlan(6, 5), isBad);
  assert.throws(() => tree.inclusionProof(0, 6), isBad);
  assert.throws(() => tree.consistencyProof(1, 6), isBad);
  assert.throws(() => tree.root(6), isBad);
  const plan = inclusionPlan(2, 5);
  assert.throws(() => plan.assemble([]), isBad);
  assert.throws(() => plan.assemble(plan.nodes.map(() => new Uint8Array(31))), isBad);
});
