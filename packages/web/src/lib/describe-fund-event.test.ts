import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEvent } from './describe-event.ts';

const scope = { processId: 'p1' };

test('fund entries in words with their amounts, linked to the process’s fund page', () => {
  const pledged = {
    type: 'fund.pledged',
    scope,
    data: { amount: 10_000_000_000_000, currency: 'USD', donorName: 'European states' },
  };
  assert.deepEqual(describeEvent(pledged), {
    text: 'a pledge of 100,000,000,000.00 USD by European states',
    href: '/processes/p1/fund',
  });
  const paid = { type: 'fund.paid', scope, data: { amount: 5, currency: 'EUR', flagged: true } };
  assert.equal(describeEvent(paid).text, 'a payment of 0.05 EUR, above its pledges (flagged)');
  const created = { type: 'fund.created', scope, data: { name: 'Gaza reconstruction' } };
  assert.equal(describeEvent(created).text, 'a fund set up: Gaza reconstruction');
});

test('an amount in an unknown currency or not an integer is left out, not guessed', () => {
  const odd = {
    type: 'fund.allocated',
    scope,
    data: { amount: 1.5, currency: 'USD', projectName: 'Housing' },
  };
  assert.equal(describeEvent(odd).text, 'an allocation to Housing');
  const unknown = { type: 'fund.disbursed', data: { amount: 100, currency: 'XXX', project: 'housing' } };
  assert.deepEqual(describeEvent(unknown), { text: 'a disbursement to housing', href: null });
});
