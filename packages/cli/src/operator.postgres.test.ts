// The operator's commands (account, process, member) on PostgreSQL (pg suite only): the scenario of
// operator-scenario.ts in a fresh schema of the server at CONCORD_TEST_DATABASE_URL.
import assert from 'node:assert/strict';
import { postgresCliStore } from './cli-stores.ts';
import { operatorScenario } from './operator-scenario.ts';

operatorScenario('PostgreSQL', async () => {
  const url = process.env.CONCORD_TEST_DATABASE_URL ?? '';
  assert.match(url, /^postgres(ql)?:\/\//, 'run through `npm run test:pg`');
  return postgresCliStore('operator', url);
});
