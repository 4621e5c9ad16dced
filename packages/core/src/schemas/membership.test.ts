import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { leadsProcess, ROLES, valuationEnteredBy } from './membership.ts';

describe('membership rules', () => {
  test('only a lead mediator leads a process', () => {
    assert.equal(leadsProcess({ role: 'mediator', rank: 'lead' }), true);
    assert.equal(leadsProcess({ role: 'mediator', rank: 'staff' }), false);
    assert.equal(leadsProcess({ role: 'council', rank: 'chair' }), false);
    for (const role of ROLES.filter((r) => r !== 'mediator'))
      assert.equal(leadsProcess({ role, rank: null }), false);
  });

  test('a valuation is entered by a mediator or by the party', () => {
    assert.equal(valuationEnteredBy({ role: 'mediator' }), 'mediator');
    assert.equal(valuationEnteredBy({ role: 'delegate' }), 'party');
    assert.equal(valuationEnteredBy(null), 'party');
  });
});
