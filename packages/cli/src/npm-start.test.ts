// `npm start` is how most people run Concord, and process managers stop it by signalling npm. npm forwards the
// signal to its child only; unless the script execs the server, the shell in between swallows it and the
// server lives on, holding the port and the data directory.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { childEnv, repoRoot } from './test-support.ts';

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/health`)).ok;
  } catch {
    return false;
  }
}

test('SIGTERM to `npm start` stops the server', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-npm-start-'));
  const npm = spawn('npm', ['start', '--silent', '--', '--no-demo', '--port', '0', '--data-dir', dir], {
    cwd: repoRoot,
    env: childEnv(),
    stdio: 'pipe',
    // Its own process group, so the cleanup below also ends a server that npm's signal failed to reach.
    detached: true,
  });
  try {
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start did not come up: ${out}`)), 90_000);
      npm.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = out.match(/Concord is serving on (http:\/\/\S+)/);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      npm.on('exit', () => reject(new Error(`npm start exited early: ${out}`)));
    });
    assert.ok(await answers(url), 'serving before the signal');
    npm.kill('SIGTERM');
    let up = true;
    for (let i = 0; i < 50 && up; i++) {
      await new Promise((r) => setTimeout(r, 200));
      up = await answers(url);
    }
    assert.equal(up, false, 'the server still answers 10 s after npm was sent SIGTERM');
  } finally {
    try {
      if (npm.pid) process.kill(-npm.pid, 'SIGKILL');
    } catch {
      // the group is already gone
    }
    npm.stdout.destroy();
    npm.stderr.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
});
