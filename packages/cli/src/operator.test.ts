// The operator's commands (account, process, member) on an embedded PGlite store; the scenario is in
// operator-scenario.ts, and operator.postgres.test.ts runs it on PostgreSQL.
import { pgliteCliStore } from './cli-stores.ts';
import { operatorScenario } from './operator-scenario.ts';

operatorScenario('PGlite', async () => pgliteCliStore('concord-operator'));
