import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hashLeaf, MemoryTree, toBase64, utf8 } from '@concord/ledger';
import { readRemembered, remember } from './log-growth.ts';

function tree(n: number, tag = 'e') {
  const t = new MemoryTree();
  for (let i = 0; i < n; i++) t.append(hashLeaf(utf8(`${tag}${i}`)));
  return t;
}

const fakeStorage = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
};

describe('remembered checkpoints', () => {
  test('round-trip per verifier key', () => {
    const s = fakeStorage();
    const log = tree(5);
    remember(s, 'key-a', { size: 5, rootHash: log.root() }, '2025-11-20T10:00:00Z');
    assert.deepEqual(readRemembered(s, 'key-a'), {
      size: 5,
      rootHash: toBase64(log.root()),
      seenAt: '2025-11-20T10:00:00Z',
    });
    assert.equal(readRemembered(s, 'key-b'), null);
  });

  test('garbage in storage, or storage that throws, reads as nothing remembered', () => {
    const s = fakeStorage();
    for (const junk of ['{', '42', 'null', '{"size":-1,"rootHash":"AA=="}', '{"size":3,"rootHash":"AAAA"}']) {
      s.m.set('concord:checkpoint:k', junk);
      assert.equal(readRemembered(s, 'k'), null, junk);
    }
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    assert.equal(readRemembered(broken, 'k'), null);
    assert.doesNotThrow(() => remember(broken, 'k', { size: 1, rootHash: new Uint8Array(32) }, 'now'));
  });
});
