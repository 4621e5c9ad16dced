import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyOf } from './fund-form.ts';

test('a pledge typed in dollars is sent in cents with its donor', () => {
  assert.deepEqual(
    bodyOf('pledge', {
      donor: 'eu',
      donorName: ' European Union ',
      currency: 'USD',
      amount: '1,000.50',
      on: '2026-01-02',
    }),
    {
      currency: 'USD',
      amount: 100_050,
      on: '2026-01-02',
      donor: 'eu',
      donorName: 'European Union',
    },
  );
});

test('an amount with more decimals than its currency, a bad key or no commitment is refused in words', () => {
  assert.match(
    String(bodyOf('payment', { donor: 'eu', currency: 'JPY', amount: '1.5' })),
    /at most its own decimals/,
  );
  assert.match(
    String(bodyOf('pledge', { donor: 'EU', donorName: 'x', currency: 'USD', amount: '1' })),
    /short key/,
  );
  assert.match(
    String(bodyOf('disbursement', { project: 'housing', currency: 'USD', amount: '1' })),
    /commitment/,
  );
});

test('a disbursement names its condition: the commitment and the status it must reach', () => {
  const body = bodyOf('disbursement', {
    project: 'housing',
    currency: 'EUR',
    amount: '2',
    commitmentId: 'c',
    minStatus: '3',
    on: '2026-01-02',
  });
  assert.deepEqual(body, {
    currency: 'EUR',
    amount: 200,
    on: '2026-01-02',
    project: 'housing',
    condition: { commitmentId: 'c', minStatus: 3 },
  });
});
