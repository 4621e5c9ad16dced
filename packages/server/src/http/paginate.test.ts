import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ProblemError } from '../problems.ts';
import { encodeCursor, paginate } from './paginate.ts';

const items = Array.from({ length: 23 }, (_, i) => ({ key: `k${String(i).padStart(3, '0')}` }));
const keyOf = (item: { key: string }) => item.key;

function walk(list: readonly { key: string }[], limit: number, max: number): string[][] {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = paginate(list, keyOf, { limit, cursor }, max);
    pages.push(page.items.map(keyOf));
    cursor = page.next ?? undefined;
  } while (cursor !== undefined && pages.length < 100);
  return pages;
}

describe('paginate', () => {
  test('following the cursors yields every item exactly once, no page above the maximum', () => {
    const pages = walk(items, 50, 5);
    assert.deepEqual(
      pages.map((p) => p.length),
      [5, 5, 5, 5, 3],
    );
    assert.deepEqual(pages.flat(), items.map(keyOf));
  });

  test('the last page has no next, even when it is exactly full', () => {
    const page = paginate(items.slice(0, 10), keyOf, { limit: 5, cursor: encodeCursor('k004') }, 100);
    assert.deepEqual(page.items.map(keyOf), ['k005', 'k006', 'k007', 'k008', 'k009']);
    assert.equal(page.next, null);
  });

  test('an item removed after its page was read does not shift the next page', () => {
    const first = paginate(items, keyOf, { limit: 4 }, 100);
    const rest = items.filter((i) => i.key !== 'k003');
    const second = paginate(rest, keyOf, { limit: 4, cursor: first.next ?? undefined }, 100);
    assert.deepEqual(second.items.map(keyOf), ['k004', 'k005', 'k006', 'k007']);
  });

  test('no limit is the maximum; a limit below 1 and a forged cursor are refused', () => {
    assert.equal(paginate(items, keyOf, {}, 7).items.length, 7);
    for (const query of [{ limit: 0 }, { cursor: 'not a cursor!' }, { cursor: 'a' }, { cursor: '' }])
      assert.throws(
        () => paginate(items, keyOf, query, 7),
        (e: unknown) => e instanceof ProblemError && e.status === 400 && e.slug === 'out-of-range',
        JSON.stringify(query),
      );
  });
});
