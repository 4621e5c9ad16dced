import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../app.ts';
import { call, isProblem, untouchableStore } from '../test-support.ts';

test('a URL over the limit is a 414 problem before anything reads the store', async () => {
  const app = createApp({ store: untouchableStore });
  const long = await call(app, 'GET', `/api/log/entries?from=0&pad=${'x'.repeat(5000)}`);
  assert.ok(isProblem(long, 414, 'uri-too-long'), JSON.stringify(long.body));
  const path = await call(app, 'GET', `/api/processes/${'a'.repeat(5000)}`);
  assert.ok(isProblem(path, 414, 'uri-too-long'));
});
