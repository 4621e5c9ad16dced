// Monitoring entries of the log in words, linked to their process's monitoring page (the process is the scope).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEvent } from './describe-event.ts';

test('incidents, their moves, restrictions and reports link to the monitoring page', () => {
  const scope = { processId: 'p1' };
  const href = '/processes/p1/monitoring';
  assert.deepEqual(describeEvent({ type: 'incident.reported', scope, data: {} }), {
    text: 'an incident reported',
    href,
  });
  assert.deepEqual(describeEvent({ type: 'incident.status-changed', scope, data: { to: 'verified' } }), {
    text: 'an incident marked verified',
    href,
  });
  assert.equal(
    describeEvent({ type: 'restriction.recorded', scope, data: {} }).text,
    "a restriction of the monitors' movement recorded",
  );
  assert.deepEqual(describeEvent({ type: 'report.filed', data: {} }), {
    text: 'a monitoring report filed',
    href: null,
  });
});
