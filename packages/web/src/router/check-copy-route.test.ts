// The public "Check a copy" page's address.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchRoute, paths } from './routes.ts';

test('/check is the page that checks a copy, and its path is built back', () => {
  assert.deepEqual(matchRoute('/check', ''), { name: 'check-copy' });
  assert.deepEqual(matchRoute(paths.checkCopy(), ''), { name: 'check-copy' });
  assert.equal(matchRoute('/check/extra', '').name, 'not-found');
});
