import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redline } from '@concord/core/lineage';
import { sidesOf } from './sides.ts';

test('each side of a redline keeps the shared words and marks only its own change', () => {
  const { before, after } = sidesOf(redline('The cap is 600,000.', 'The cap is 800,000 in peacetime.'));
  assert.deepEqual(before, [
    { text: 'The cap is', changed: false },
    { text: '600,000.', changed: true },
  ]);
  assert.deepEqual(after, [
    { text: 'The cap is', changed: false },
    { text: '800,000 in peacetime.', changed: true },
  ]);
});
