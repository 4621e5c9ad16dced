import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { VersionSummary } from '../api/types.ts';
import { buildVersionTree, flattenTree } from './version-tree.ts';

const v = (id: string, parentVersionId: string | null, logIndex: number): VersionSummary => ({
  id,
  planId: 'plan',
  parentVersionId,
  label: id,
  issuedOn: null,
  status: 'draft',
  note: '',
  audience: { kind: 'public' },
  logIndex,
});

const shape = (nodes: ReturnType<typeof buildVersionTree>) =>
  flattenTree(nodes).map((n) => `${'  '.repeat(n.depth)}${n.version.id}`);

describe('buildVersionTree', () => {
  test('counter-drafts hang under the version they answer, siblings in log order', () => {
    const versions = [v('dec20', 'us28', 9), v('e3', 'us28', 5), v('us28', null, 1), v('geneva', 'e3', 7)];
    assert.deepEqual(shape(buildVersionTree(versions, 'geneva')), ['us28', '  e3', '    geneva', '  dec20']);
  });

  test('marks the current version and the path it came down', () => {
    const tree = flattenTree(buildVersionTree([v('a', null, 1), v('b', 'a', 2), v('c', 'a', 3)], 'b'));
    const flags = tree.map((n) => [n.version.id, n.isCurrent, n.isAncestorOfCurrent]);
    assert.deepEqual(flags, [
      ['a', false, true],
      ['b', true, true],
      ['c', false, false],
    ]);
  });

  test('an unknown parent makes a flagged root', () => {
    const tree = buildVersionTree([v('a', null, 1), v('b', 'gone', 2)], null);
    assert.deepEqual(
      tree.map((n) => [n.version.id, n.missingParent]),
      [
        ['a', false],
        ['b', true],
      ],
    );
  });

  test('a parent cycle is broken and every version still appears once', () => {
    const versions = [v('a', 'c', 1), v('b', 'a', 2), v('c', 'b', 3), v('self', 'self', 4)];
    const ids = flattenTree(buildVersionTree(versions, 'b')).map((n) => n.version.id);
    assert.deepEqual([...ids].sort(), ['a', 'b', 'c', 'self']);
  });

  test('an empty plan has an empty tree', () => {
    assert.deepEqual(buildVersionTree([], null), []);
  });
});
