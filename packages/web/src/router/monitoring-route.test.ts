// The monitoring page's address: matched from the URL and built back from a process id.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchRoute, paths } from './routes.ts';

test('/processes/{id}/monitoring is the monitoring page, and its path is built back escaped', () => {
  assert.deepEqual(matchRoute('/processes/abc/monitoring', ''), { name: 'monitoring', processId: 'abc' });
  assert.equal(paths.monitoring('a b'), '/processes/a%20b/monitoring');
  assert.equal(matchRoute('/processes/%E0%A4%A/monitoring', '').name, 'not-found');
});
