// `npx concord start` runs the server under `npm exec` → `sh -c` → node. npm forwards a signal to the shell only,
// and the shell dies without passing it on: before the parent watch, the server lived on, orphaned, serving and
// holding the data-dir lock. SIGTERM goes to npx alone, as a process manager sends it; SIGINT goes to the whole
// process group, as a terminal's Ctrl-C does (a SIGINT to npx alone is held by the shell, which waits for its
// child first, so it never reaches Concord: see the server README).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { lockFileName } from './data-dir-lock.ts';
import { childEnv, repoRoot, runConcord } from './test-support.ts';

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/health`)).ok;
  } catch {
    return false;
  }
}

const cases = [
  { signal: 'SIGTERM', to: 'npx' },
  { signal: 'SIGINT', to: 'its process group' },
] as const;

for (const { signal, to } of cases) {
  test(`${signal} to ${to} stops \`npx concord start\` and frees the data directory`, {
    timeout: 150_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-npx-start-'));
    const npx = spawn('npx', ['concord', 'start', '--no-demo', '--port', '0', '--data-dir', dir], {
      cwd: repoRoot,
      env: childEnv(),
      stdio: 'pipe',
      // Its own process group, so the cleanup below also ends a server the signal failed to stop.
      detached: true,
    });
    try {
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`npx concord start did not come up: ${out}`)),
          120_000,
        );
        npx.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = out.match(/Concord is serving on (http:\/\/\S+)/);
          if (m?.[1]) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
        npx.on('exit', () => reject(new Error(`npx concord start exited early: ${out}`)));
      });
      assert.ok(await answers(url), 'serving before the signal');
      assert.ok(existsSync(join(dir, lockFileName)), 'the data directory is locked while serving');
      if (to === 'npx') npx.kill(signal);
      else if (npx.pid) process.kill(-npx.pid, signal);
      let up = true;
      for (let i = 0; i < 50 && (up || existsSync(join(dir, lockFileName))); i++) {
        await new Promise((r) => setTimeout(r, 200));
        up = await answers(url);
      }
      assert.equal(up, false, `the server still answers 10 s after npx was sent ${signal}`);
      assert.equal(existsSync(join(dir, lockFileName)), false, 'the data-dir lock is released');
      const check = await runConcord(['log', 'check', '--data-dir', dir]);
      assert.equal(check.code, 0, `the next command opens the directory: ${check.stderr}`);
    } finally {
      try {
        if (npx.pid) process.kill(-npx.pid, 'SIGKILL');
      } catch {
        // the group is already gone
      }
      npx.stdout.destroy();
      npx.stderr.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
