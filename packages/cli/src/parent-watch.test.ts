import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { launchedByNpm, watchParent } from './parent-watch.ts';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchParent', () => {
  test('calls back once when the parent pid changes, not before', async () => {
    let ppid = 4242;
    let calls = 0;
    const stop = watchParent(() => calls++, { intervalMs: 5, parentPid: () => ppid });
    await tick(30);
    assert.equal(calls, 0, 'the same parent is not a stop');
    ppid = 1;
    await tick(30);
    ppid = 7;
    await tick(30);
    assert.equal(calls, 1);
    stop();
  });

  test('a stopped watch never calls back', async () => {
    let ppid = 10;
    let calls = 0;
    const stop = watchParent(() => calls++, { intervalMs: 5, parentPid: () => ppid });
    stop();
    ppid = 1;
    await tick(30);
    assert.equal(calls, 0);
  });
});

test('launchedByNpm reads npm_command', () => {
  assert.equal(launchedByNpm({ npm_command: 'exec' }), true);
  assert.equal(launchedByNpm({ npm_command: 'start' }), true);
  assert.equal(launchedByNpm({}), false);
  assert.equal(launchedByNpm({ npm_command: '' }), false);
});
