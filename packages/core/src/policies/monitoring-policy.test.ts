// Who may monitor: the process's monitors and mediators (and the operator) report incidents, move them through
// verification, record restrictions and file reports; no party delegate, council member, donor or outsider does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PUBLIC } from '../schemas/audience.ts';
import type { Principal } from '../schemas/principal.ts';
import { can } from './policy.ts';

const processId = '01930000-0000-7000-8000-0000000000a1';
const other = '01930000-0000-7000-8000-0000000000a2';
const person = (role: string, inProcess = processId): Principal =>
  ({
    kind: 'account',
    accountId: `acc-${role}`,
    name: role,
    mayOpenProcesses: false,
    memberships: [
      {
        id: `m-${role}`,
        processId: inProcess,
        role,
        rank: role === 'mediator' ? 'lead' : null,
        partyId: null,
        status: 'active',
      },
    ],
  }) as unknown as Principal;

test('monitors and mediators monitor; delegates, council members, donors, other processes and the public do not', () => {
  const resource = { processId, audience: PUBLIC };
  for (const action of ['report-incident', 'verify-incident', 'record-restriction', 'file-report'] as const) {
    assert.ok(can(person('monitor'), action, 'process', resource), `monitor ${action}`);
    assert.ok(can(person('mediator'), action, 'process', resource), `mediator ${action}`);
    assert.ok(can({ kind: 'operator' } as Principal, action, 'process', resource), `operator ${action}`);
    for (const role of ['delegate', 'council', 'donor', 'observer'])
      assert.equal(can(person(role), action, 'process', resource), false, `${role} ${action}`);
    assert.equal(
      can(person('monitor', other), action, 'process', resource),
      false,
      `outside monitor ${action}`,
    );
    assert.equal(can(null, action, 'process', resource), false, `public ${action}`);
  }
});
