import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  disagreementPoint,
  outcomeCount,
  outcomeLabels,
  type PartyPrefs,
  type Scenario,
  utilityOf,
  utilityRange,
  utilityTables,
  validateScenario,
} from './model.ts';

const p: PartyPrefs = {
  name: 'p',
  weights: [0.5, 0.5],
  values: [
    [1, 0],
    [0, 0.5, 1],
  ],
  reservation: 0.4,
};
const q: PartyPrefs = {
  name: 'q',
  weights: [0.2, 0.8],
  values: [
    [0, 1],
    [1, 0.5, 0],
  ],
  reservation: null,
};
const s: Scenario = {
  name: 'tiny',
  issues: [
    { name: 'A', options: ['a0', 'a1'] },
    { name: 'B', options: ['b0', 'b1', 'b2'] },
  ],
  parties: [p, q],
};

describe('model', () => {
  test('tables and utilities are weight × value sums', () => {
    const t = utilityTables(s);
    assert.equal(utilityOf(t, 0, [0, 2]), 1);
    assert.equal(utilityOf(t, 1, [1, 1]), 0.2 + 0.4);
  });
  test('count, range, disagreement', () => {
    assert.equal(outcomeCount(s), 6n);
    assert.deepEqual(utilityRange(s, 1), [0, 1]);
    assert.deepEqual(disagreementPoint(s, 'reservation'), [0.4, 0]);
    assert.deepEqual(disagreementPoint(s, 'zero'), [0, 0]);
    assert.deepEqual(disagreementPoint(s, 'negmas'), [0.4, 0]);
    const low = { ...s, parties: [{ ...p, reservation: -1 }, q] };
    assert.deepEqual(disagreementPoint(low, 'negmas'), [0, 0]);
  });
  test('labels and validation', () => {
    assert.deepEqual(outcomeLabels(s, [1, 0]), { A: 'a1', B: 'b0' });
    assert.throws(() => validateScenario({ ...s, parties: [{ ...p, weights: [1] }] }), /expected 2 issues/);
  });
});
