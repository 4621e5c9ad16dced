import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Scenario } from '../model.ts';
import { draftFromJson } from './draft.ts';

const s: Scenario = {
  name: 'ceasefire',
  issues: [
    { name: 'Army cap', options: ['600,000', '800,000', 'no cap'] },
    { name: 'Troops (thousands)', options: ['0', '1', '2'] },
  ],
  parties: [],
};

test('a draft is read from issue → option labels or from labels in issue order', () => {
  assert.deepEqual(draftFromJson(s, { 'Army cap': 'no cap', 'Troops (thousands)': '1' }), [2, 1]);
  assert.deepEqual(draftFromJson(s, { 'Troops (thousands)': 2, 'Army cap': '600,000' }), [0, 2]);
  assert.deepEqual(draftFromJson(s, ['800,000', '0']), [1, 0]);
});

test('a draft that does not name one existing option per issue is refused, saying which', () => {
  assert.throws(() => draftFromJson(s, { 'Army cap': 'no cap' }), /no option given for issue "Troops/);
  assert.throws(
    () => draftFromJson(s, { 'Army cap': 'none', 'Troops (thousands)': '1' }),
    /has no option "none"/,
  );
  assert.throws(
    () => draftFromJson(s, { Army: 'no cap', 'Troops (thousands)': '1' }),
    /no issue named "Army"/,
  );
  assert.throws(() => draftFromJson(s, ['800,000']), /expected 2 values/);
  assert.throws(() => draftFromJson(s, 'no cap'), /expected a JSON object/);
  assert.throws(() => draftFromJson(s, { 'Army cap': { x: 1 }, 'Troops (thousands)': '1' }), /option label/);
});
