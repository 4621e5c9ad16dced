// `concord start` as a process: serves, answers health, refuses a busy port with one line, stops cleanly.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { exited, runConcord, startConcord } from './test-support.ts';

describe('concord start', { timeout: 180_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'concord-start-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    test(`serves on 127.0.0.1 and stops cleanly on ${signal}`, async () => {
      const running = await startConcord(['--no-demo', '--port', '0', '--data-dir', dataDir]);
      assert.match(running.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${running.url}/api/health`);
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as { status?: unknown }).status, 'ok');
      running.child.kill(signal);
      const end = await exited(running.child);
      assert.equal(end.code, 0, running.output());
    });
  }

  test('a second start or a log check on a data directory in use is refused, and the first keeps serving', async () => {
    const running = await startConcord(['--no-demo', '--port', '0', '--data-dir', dataDir]);
    try {
      for (const args of [
        ['start', '--no-demo', '--port', '0', '--data-dir', dataDir],
        ['log', 'check', '--data-dir', dataDir],
      ]) {
        const r = await runConcord(args);
        assert.notEqual(r.code, 0);
        const lines = r.stderr.split('\n').filter((l) => l !== '');
        assert.equal(lines.length, 1, r.stderr);
        assert.match(lines[0] ?? '', new RegExp(`in use by process ${running.child.pid}`));
      }
      assert.equal((await fetch(`${running.url}/api/health`)).status, 200);
    } finally {
      running.child.kill('SIGTERM');
      assert.equal((await exited(running.child)).code, 0);
    }
    // Released on a clean stop: the log check may now open it.
    const r = await runConcord(['log', 'check', '--data-dir', dataDir]);
    assert.equal(r.code, 0, r.stderr);
  });

  test('the demo’s access keys are printed once, kept owner-only in the data dir, and work', async () => {
    const demoDir = mkdtempSync(join(tmpdir(), 'concord-start-demo-'));
    const running = await startConcord(['--port', '0', '--data-dir', demoDir]);
    try {
      const file = join(demoDir, 'demo-access-keys.json');
      assert.equal(statSync(file).mode & 0o777, 0o600);
      const { keys } = JSON.parse(readFileSync(file, 'utf8')) as {
        keys: { role: string; processTitle: string; partyName?: string; key: string }[];
      };
      const mediator = keys.find((k) => k.role === 'mediator' && k.processTitle === 'Russia–Ukraine 2025');
      const ukraine = keys.find((k) => k.partyName === 'Ukraine');
      assert.ok(mediator && ukraine, JSON.stringify(keys.map((k) => [k.role, k.processTitle, k.partyName])));
      for (const k of keys) assert.ok(running.output().includes(k.key), 'each key is printed at start');
      const session = await fetch(`${running.url}/api/session`, {
        headers: { authorization: `Bearer ${ukraine.key}` },
      });
      const body = (await session.json()) as { principal: { role: string; partyName: string } };
      assert.deepEqual([body.principal.role, body.principal.partyName], ['party', 'Ukraine']);
    } finally {
      running.child.kill('SIGTERM');
      await exited(running.child);
      rmSync(demoDir, { recursive: true, force: true });
    }
  });

  test('a port already in use is one line on stderr and a non-zero exit', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = blocker.address() as AddressInfo;
      const r = await runConcord(['start', '--no-demo', '--port', String(port), '--data-dir', dataDir]);
      assert.notEqual(r.code, 0);
      const lines = r.stderr.split('\n').filter((l) => l !== '');
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0] ?? '', /^concord: .*(EADDRINUSE|in use)/);
      assert.doesNotMatch(r.stdout, /Concord is serving/);
    } finally {
      blocker.close();
    }
  });
});
