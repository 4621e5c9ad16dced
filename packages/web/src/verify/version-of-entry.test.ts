import assert from 'node:assert/strict';
import { test } from 'node:test';
import { versionOfEntry } from './version-of-entry.ts';

test('the creation and each change of a version lead to the version; other entries to none', () => {
  const scope = { processId: 'p', subjectId: 'v1', audience: { kind: 'process' } };
  assert.equal(versionOfEntry({ type: 'version.created', data: { version: { id: 'v1' } } }), 'v1');
  for (const type of [
    'version.updated',
    'point.created',
    'point.updated',
    'point.removed',
    'commitment.created',
  ])
    assert.equal(versionOfEntry({ type, scope, data: {} }), 'v1', type);
  assert.equal(versionOfEntry({ type: 'version.delivered', scope, data: {} }), null);
  assert.equal(versionOfEntry({ type: 'plan.created', scope, data: {} }), null);
  assert.equal(versionOfEntry({ type: 'point.updated', data: {} }), null, 'an older entry without scope');
  assert.equal(versionOfEntry(null), null);
  assert.equal(versionOfEntry('junk'), null);
});
