// Ctrl-C during the first start's demo load: the load completes (a half-loaded demo would never be finished,
// the loader only runs on an empty log), the process exits 0 without serving, and the log holds the whole
// demo. The expected log size comes from loading the demo into a store from the shared test factory.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { databaseTargets } from '@concord/db';
import { loadDemo } from '@concord/server';
import { childEnv, concordBin, exited, repoRoot, runConcord } from './test-support.ts';

async function demoLogSize(): Promise<number> {
  const target = databaseTargets()[0];
  assert.ok(target);
  const store = await target.open();
  try {
    assert.equal((await loadDemo(store)).loaded, true);
    return await store.log.size();
  } finally {
    await store.close();
  }
}

describe('SIGINT while the demo loads', { timeout: 240_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'concord-interrupt-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('finishes loading, exits 0 without serving, and the log holds the whole demo', async () => {
    const expected = await demoLogSize();
    const child = spawn(process.execPath, [concordBin, 'start', '--port', '0', '--data-dir', dataDir], {
      cwd: repoRoot,
      env: childEnv(),
      stdio: 'pipe',
    });
    let out = '';
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Opening the store') && !child.killed) child.kill('SIGINT');
    });
    const end = await exited(child);
    assert.equal(end.code, 0, out);
    assert.match(out, /will stop \(SIGINT\) once start-up has finished/);
    assert.doesNotMatch(out, /Concord is serving/);
    const check = await runConcord(['log', 'check', '--data-dir', dataDir]);
    assert.equal(check.code, 0, check.stderr);
    assert.match(check.stdout, new RegExp(`^log ok: ${expected} entries,`));
  });
});
