import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { valuableParties } from './valuation-parties.ts';

const parties = [{ id: 'ua' }, { id: 'ru' }, { id: 'us' }];
const delegate = [{ processId: 'p1', partyId: 'ua' }];

describe('whose valuation the reader may enter', () => {
  test('every party for whoever may read the whole analysis', () => {
    assert.deepEqual(valuableParties({ 'read-full': true, 'read-own': true }, parties, [], 'p1'), {
      parties,
      forOthers: true,
    });
  });

  test('the party the reader acts for in this process when they may read their own', () => {
    assert.deepEqual(valuableParties({ 'read-own': true }, parties, delegate, 'p1'), {
      parties: [{ id: 'ua' }],
      forOthers: false,
    });
    assert.equal(
      valuableParties({ 'read-own': true }, parties, [{ processId: 'p2', partyId: 'ua' }], 'p1'),
      null,
    );
  });

  test('nobody without either ability, whatever the memberships say', () => {
    assert.equal(valuableParties({ read: true }, parties, delegate, 'p1'), null);
    assert.equal(valuableParties({}, parties, delegate, 'p1'), null);
  });
});
