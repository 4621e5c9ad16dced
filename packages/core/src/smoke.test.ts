import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LEDGER_VERSION } from '@concord/ledger';

test('core can import ledger through the workspace', () => {
  assert.equal(LEDGER_VERSION, 1);
});
