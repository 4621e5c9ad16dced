import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { lockDataDir, lockFileName } from './data-dir-lock.ts';

describe('data directory lock', () => {
  const root = mkdtempSync(join(tmpdir(), 'concord-lock-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  test('taken, refused while held by a live process, and released', () => {
    const dir = join(root, 'a');
    const release = lockDataDir(dir);
    assert.equal(readFileSync(join(dir, lockFileName), 'utf8'), `${process.pid}\n`);
    release();
    assert.equal(existsSync(join(dir, lockFileName)), false);
  });

  test('a live holder is named in the refusal', async () => {
    const dir = join(root, 'b');
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      lockDataDir(dir)();
      writeFileSync(join(dir, lockFileName), `${holder.pid}\n`);
      assert.throws(() => lockDataDir(dir), new RegExp(`in use by process ${holder.pid}`));
    } finally {
      holder.kill('SIGKILL');
      await new Promise((resolve) => holder.once('exit', resolve));
    }
    // Its process is gone now: the stale lock is taken over.
    const release = lockDataDir(dir);
    assert.equal(readFileSync(join(dir, lockFileName), 'utf8'), `${process.pid}\n`);
    release();
  });

  test('garbage in the lock file counts as stale', () => {
    const dir = join(root, 'c');
    lockDataDir(dir)();
    writeFileSync(join(dir, lockFileName), 'not a pid');
    lockDataDir(dir)();
  });
});
