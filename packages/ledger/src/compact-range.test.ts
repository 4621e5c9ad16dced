import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CompactRange, type StoredNode } from './compact-range.ts';
import { utf8 } from './encoding.ts';
import { LedgerError } from './errors.ts';
import { emptyRoot, hashChildren, hashLeaf } from './hashing.ts';
import { referenceRoot } from './reference.ts';

const leaf = (i: number) => hashLeaf(utf8(`leaf ${i}`));

test('root matches the RFC 6962 reference for sizes 0..300', () => {
  const range = new CompactRange();
  const leaves: Uint8Array[] = [];
  assert.deepEqual(range.root(), emptyRoot());
  for (let i = 0; i < 300; i++) {
    leaves.push(leaf(i));
    range.append(leaf(i));
    assert.equal(range.size, i + 1);
    assert.deepEqual(range.root(), referenceRoot(leaves), `size ${i + 1}`);
  }
});

test('append returns exactly the completed perfect subtrees, and their hashes are right', () => {
  const range = new CompactRange();
  const stored = new Map<string, Uint8Array>();
  const leaves: Uint8Array[] = [];
  for (let i = 0; i < 70; i++) {
    leaves.push(leaf(i));
    const nodes: StoredNode[] = range.append(leaf(i));
    // Leaf i completes one node per trailing 1-bit of i, plus the leaf itself.
    let expected = 1;
    for (let k = i; k % 2 === 1; k = (k - 1) / 2) expected++;
    assert.equal(nodes.length, expected, `append #${i}`);
    for (const n of nodes) {
      const width = 2 ** n.level;
      assert.deepEqual(n.hash, referenceRoot(leaves.slice(n.index * width, (n.index + 1) * width)));
      assert.equal((n.index + 1) * width, i + 1, 'a completed node ends at the new leaf');
      stored.set(`${n.level}/${n.index}`, n.hash);
    }
  }
  // Every perfect subtree of a 70-leaf tree was handed out exactly once: 70 + 35 + 17 + 8 + 4 + 2 + 1.
  assert.equal(stored.size, 137);
});

test('fromNodes resumes from stored nodes and keeps appending correctly', () => {
  const original = new CompactRange();
  const stored = new Map<string, Uint8Array>();
  const leaves: Uint8Array[] = [];
  for (let i = 0; i < 100; i++) {
    leaves.push(leaf(i));
    for (const n of original.append(leaf(i))) stored.set(`${n.level}/${n.index}`, n.hash);
  }
  for (const size of [0, 1, 2, 3, 7, 8, 64, 99, 100]) {
    const asked: string[] = [];
    const resumed = CompactRange.fromNodes(size, (level, index) => {
      asked.push(`${level}/${index}`);
      const h = stored.get(`${level}/${index}`);
      assert.ok(h, `node ${level}/${index} must exist`);
      return h;
    });
    assert.equal(resumed.size, size);
    assert.ok(asked.length <= 7, 'O(log n) reads');
    assert.deepEqual(resumed.root(), referenceRoot(leaves.slice(0, size)));
    resumed.append(leaf(1000));
    assert.deepEqual(resumed.root(), referenceRoot([...leaves.slice(0, size), leaf(1000)]));
  }
});

test('fromNodes works for huge sizes (index arithmetic beyond 32 bits)', () => {
  const size = 2 ** 40 + 5;
  const asked: [number, number][] = [];
  const h = leaf(0);
  const range = CompactRange.fromNodes(size, (level, index) => {
    asked.push([level, index]);
    return h;
  });
  assert.deepEqual(asked, [
    [40, 0],
    [2, 2 ** 38],
    [0, 2 ** 40 + 4],
  ]);
  assert.deepEqual(range.root(), hashChildren(h, hashChildren(h, h)));
  const nodes = range.append(h);
  assert.deepEqual(
    nodes.map((n) => [n.level, n.index]),
    [
      [0, 2 ** 40 + 5],
      [1, 2 ** 39 + 2],
    ],
  );
});

test('refuses bad input', () => {
  const isBad = (e: unknown) => e instanceof LedgerError && e.code === 'BAD_INPUT';
  assert.throws(() => new CompactRange().append(new Uint8Array(31)), isBad);
  assert.throws(() => CompactRange.fromNodes(-1, () => leaf(0)), isBad);
  assert.throws(() => CompactRange.fromNodes(1.5, () => leaf(0)), isBad);
  assert.throws(() => CompactRange.fromNodes(3, () => new Uint8Array(5)), isBad);
});

test('a caller reusing its leaf buffer cannot corrupt the range', () => {
  const range = new CompactRange();
  const buffer = leaf(0).slice();
  range.append(buffer);
  const before = range.root();
  buffer.fill(0);
  assert.deepEqual(range.root(), before);
});
