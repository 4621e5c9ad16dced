// `concord access` on PostgreSQL (pg suite only): the scenario of access-scenario.ts in a fresh schema of the
// server at CONCORD_TEST_DATABASE_URL, where `concord start` and `concord access revoke` run side by side.
import assert from 'node:assert/strict';
import { accessScenario } from './access-scenario.ts';
import { postgresCliStore } from './cli-stores.ts';

accessScenario('PostgreSQL', async () => {
  const url = process.env.CONCORD_TEST_DATABASE_URL ?? '';
  assert.match(url, /^postgres(ql)?:\/\//, 'run through `npm run test:pg`');
  return postgresCliStore('access', url);
});
