import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeSpaces, splitLines } from './lines.ts';

test('line endings of every kind, counted from 1', () => {
  const lines = splitLines('a\r\nb\rc\nd\fe\u2028f');
  assert.deepEqual(
    lines.map((l) => [l.line, l.text]),
    [
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, 'd'],
      [5, 'e'],
      [6, 'f'],
    ],
  );
});

test('indents in columns; tabs to the next multiple of four; every space kind collapsed', () => {
  const [a, b, c, d] = splitLines('\t1.\tText\n  \tx\n\u00a0\u00a0y\u2009\u2009z\n\ufeffHeading');
  assert.deepEqual(a, { line: 1, indent: 4, text: '1. Text' });
  assert.equal(b?.indent, 4);
  assert.deepEqual(c, { line: 3, indent: 2, text: 'y z' });
  assert.deepEqual(d, { line: 4, indent: 1, text: 'Heading' });
  assert.equal(normalizeSpaces(' a \u3000 b '), 'a b');
});

test('a direction mark at the edge of a line goes, inside the text it stays', () => {
  const [line] = splitLines('\u200f١. نص\u200f عربي\u200e');
  assert.equal(line?.text, '١. نص\u200f عربي');
});
