// Durability: every write the server acknowledged survives a SIGKILL of the process. A stream of create
// requests (sequential and concurrent) runs against `concord start`; the process is killed mid-stream while
// requests are in flight; after a restart on the same data directory every acknowledged process is readable
// and `concord log check` passes.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { exited, runConcord, startConcord } from './test-support.ts';

type Acked = { id: string; title: string };

const total = 400;
const killAfterAcks = 200;
const concurrency = 8;

async function createProcess(url: string, n: number): Promise<Acked | null> {
  const title = `Kill test process ${n}`;
  try {
    const res = await fetch(`${url}/api/processes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title, description: `created by request ${n}` }),
    });
    if (res.status < 200 || res.status > 299) return null;
    const body = (await res.json()) as { id?: unknown };
    assert.equal(typeof body.id, 'string', 'an acknowledged create returns the id');
    return { id: body.id as string, title };
  } catch {
    return null; // connection refused or reset: not acknowledged
  }
}

describe('SIGKILL during a stream of writes', { timeout: 300_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'concord-kill-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('every acknowledged write is readable after restart and the log checks', async () => {
    const first = await startConcord(['--no-demo', '--port', '0', '--data-dir', dataDir]);
    const acked: Acked[] = [];
    let next = 0;
    let killed = false;
    // A few sequential writes first, then concurrent workers; the kill lands while several are in flight.
    for (; next < 20; next++) {
      const a = await createProcess(first.url, next);
      assert.ok(a, `sequential write ${next} acknowledged before any kill`);
      acked.push(a);
    }
    let inFlight = 0;
    let inFlightAtKill = 0;
    const worker = async () => {
      while (next < total && !killed) {
        inFlight++;
        const a = await createProcess(first.url, next++);
        inFlight--;
        // An acknowledgement that arrives after the kill was sent counts too: it must survive as well.
        if (a) acked.push(a);
        if (acked.length >= killAfterAcks && !killed) {
          killed = true;
          inFlightAtKill = inFlight;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const end = await exited(first.child);
    assert.equal(end.signal, 'SIGKILL', 'the server was killed, not stopped');
    assert.ok(next < total, 'the kill happened mid-stream');
    assert.ok(inFlightAtKill > 0, 'requests were in flight when the process was killed');
    assert.ok(acked.length >= killAfterAcks);

    const second = await startConcord(['--no-demo', '--port', '0', '--data-dir', dataDir]);
    try {
      const missing: string[] = [];
      for (const { id, title } of acked) {
        const res = await fetch(`${second.url}/api/processes/${id}`);
        const body = res.ok ? ((await res.json()) as { title?: unknown }) : null;
        if (body?.title !== title) missing.push(`${id} (${res.status})`);
      }
      assert.deepEqual(missing, [], `${missing.length} of ${acked.length} acknowledged processes lost`);
      const health = (await (await fetch(`${second.url}/api/health`)).json()) as { logSize?: unknown };
      assert.equal(typeof health.logSize, 'number');
      assert.ok((health.logSize as number) >= acked.length, `log size ${health.logSize} < ${acked.length}`);
      console.log(
        `kill test: ${acked.length} acknowledged, ${inFlightAtKill} in flight at SIGKILL, ` +
          `log size after restart ${health.logSize}`,
      );
    } finally {
      second.child.kill('SIGTERM');
      const stop = await exited(second.child);
      assert.equal(stop.code, 0, `clean stop after SIGTERM: ${second.output()}`);
    }

    const check = await runConcord(['log', 'check', '--data-dir', dataDir]);
    assert.equal(check.code, 0, check.stderr);
    const m = check.stdout.match(/^log ok: (\d+) entries, (\d+) checkpoints verified$/m);
    assert.ok(m, check.stdout);
    assert.ok(Number(m[1]) >= acked.length);
  });
});
