// `concord access` on an embedded PGlite store (the scenario is in access-scenario.ts; access.postgres.test.ts
// runs it on PostgreSQL).
import { accessScenario } from './access-scenario.ts';
import { pgliteCliStore } from './cli-stores.ts';

accessScenario('PGlite', async () => pgliteCliStore('concord-access'));
