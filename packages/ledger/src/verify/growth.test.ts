import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toBase64, utf8 } from '../encoding.ts';
import { hashLeaf } from '../hashing.ts';
import { MemoryTree } from '../memory-tree.ts';
import { checkGrowth, missingGrowthProof } from './growth.ts';

function tree(n: number, tag = 'e') {
  const t = new MemoryTree();
  for (let i = 0; i < n; i++) t.append(hashLeaf(utf8(`${tag}${i}`)));
  return t;
}

describe('checkGrowth', () => {
  const log = tree(20);
  const at = (size: number) => ({ size, rootHash: toBase64(log.root(size)), seenAt: '2025-11-20T10:00:00Z' });

  test('a log that only grew passes, for every earlier size', () => {
    for (const size1 of [0, 1, 7, 8, 13, 20]) {
      const proof = log.consistencyProof(size1, 20).map(toBase64);
      const check = checkGrowth(at(size1), { size: 20, rootHash: log.root() }, proof);
      assert.equal(check.ok, true, `${size1} → 20: ${check.detail}`);
    }
  });

  test('a rewritten history fails: same size, other root; or no proof that links the trees', () => {
    const rewritten = tree(20, 'x');
    assert.equal(checkGrowth(at(20), { size: 20, rootHash: rewritten.root() }, []).ok, false);
    const proof = rewritten.consistencyProof(8, 20).map(toBase64);
    const check = checkGrowth(at(8), { size: 20, rootHash: rewritten.root() }, proof);
    assert.equal(check.ok, false);
    assert.match(check.detail, /rewritten/);
    assert.equal(check.code, 'CONSISTENCY_PROOF_INVALID');
  });

  test('a log that shrank fails and says entries were removed', () => {
    const check = checkGrowth(at(20), { size: 12, rootHash: log.root(12) }, []);
    assert.equal(check.ok, false);
    assert.match(check.detail, /entries were removed/);
    assert.equal(check.code, 'LOG_SHRANK');
  });

  test('a garbage proof fails with a reason, never a throw', () => {
    assert.equal(checkGrowth(at(8), { size: 20, rootHash: log.root() }, ['not base64!']).ok, false);
  });

  test('no proof from the server is a failed check that names the sizes', () => {
    const check = missingGrowthProof(at(8), 20, 'Service unavailable');
    assert.equal(check.ok, false);
    assert.match(check.detail, /from size 8 to 20: Service unavailable/);
  });
});
