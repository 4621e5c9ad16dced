// Durability scenario shared by the PGlite and PostgreSQL kill tests: the operator makes an account, opens a
// process for it and issues it an API token (with the CLI, as a user would); against `concord start`, a stream of
// create requests (sequential at first, then from fifty concurrent clients, so writes are committed in groups)
// adds parties to that process as its lead mediator, and the server is SIGKILLed mid-stream while requests are in
// flight — twenty times, restarting on the same store each time; then every party acknowledged in any cycle is
// readable and `concord log check` passes.
import assert from 'node:assert/strict';
import { exited, type RunningConcord, runConcord, startConcord } from './test-support.ts';

type Acked = { id: string; title: string };

const cycles = 20;
const clients = 50;
// Acknowledgements a cycle waits for before its SIGKILL (the first cycle's sequential writes not counted).
const killAfterAcks = 40;

/** Who writes: a lead mediator's API token, and the process it writes into. */
type Writer = { token: string; processId: string };

async function cli(args: string[]): Promise<string> {
  const r = await runConcord(args);
  assert.equal(r.code, 0, `concord ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** The operator's set-up, with the CLI on the store (before any server holds it). */
async function setUp(storeArgs: string[]): Promise<Writer> {
  const accountId = await cli([
    'account',
    'create',
    '--name',
    'Kill test mediator',
    '--handle',
    'kill-test',
    ...storeArgs,
  ]);
  const processId = await cli([
    'process',
    'open',
    '--title',
    'Kill test talks',
    '--owner',
    accountId,
    ...storeArgs,
  ]);
  const token = await cli([
    'access',
    'grant',
    '--process',
    processId,
    '--account',
    accountId,
    '--label',
    'kill test',
    ...storeArgs,
  ]);
  return { token, processId };
}

async function createParty(url: string, writer: Writer, n: number): Promise<Acked | null> {
  const title = `Kill test party ${n}`;
  try {
    const res = await fetch(`${url}/api/processes/${writer.processId}/parties`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${writer.token}` },
      body: JSON.stringify({ name: title, kind: 'party' }),
    });
    if (res.status < 200 || res.status > 299) return null;
    const body = (await res.json()) as { id?: unknown };
    assert.equal(typeof body.id, 'string', 'an acknowledged create returns the id');
    return { id: body.id as string, title };
  } catch {
    return null; // connection refused or reset: not acknowledged
  }
}

/** Runs the scenario against the store named by `storeArgs` (e.g. `['--data-dir', dir]`). */
export async function killDuringWrites(storeArgs: string[]): Promise<void> {
  const writer = await setUp(storeArgs);
  const acked: Acked[] = [];
  let inFlightAtKills = 0;
  let next = 0;
  for (let cycle = 0; cycle < cycles; cycle++) {
    const server = await startConcord(['--no-demo', '--port', '0', ...storeArgs]);
    const stream = await writeUntilKilled(server, writer, next, cycle === 0).catch((error: unknown) => {
      server.child.kill('SIGKILL'); // a failed scenario must not leave its server running
      throw error;
    });
    acked.push(...stream.acked);
    inFlightAtKills += stream.inFlightAtKill;
    next = stream.next;
  }
  const logSize = await assertAllReadable(storeArgs, writer, acked);
  console.log(
    `kill test: ${cycles} SIGKILLs with ${clients} clients, ${acked.length} acknowledged, ` +
      `${inFlightAtKills} in flight at the kills, log size after restart ${logSize}`,
  );
  const check = await runConcord(['log', 'check', ...storeArgs]);
  assert.equal(check.code, 0, check.stderr);
  const m = check.stdout.match(
    /^log ok: (\d+) entries, (\d+) checkpoints verified, the read tables equal the log replayed$/m,
  );
  assert.ok(m, check.stdout);
  assert.ok(Number(m[1]) >= acked.length);
}

/**
 * One cycle: on the first, sequential writes; then concurrent clients; SIGKILL once enough are acknowledged, with
 * others in flight. `next` numbers the parties across cycles.
 */
async function writeUntilKilled(
  server: RunningConcord,
  writer: Writer,
  from: number,
  first: boolean,
): Promise<{ acked: Acked[]; inFlightAtKill: number; next: number }> {
  const acked: Acked[] = [];
  let next = from;
  if (first)
    for (; next < from + 20; next++) {
      const a = await createParty(server.url, writer, next);
      assert.ok(a, `sequential write ${next} acknowledged before any kill`);
      acked.push(a);
    }
  const target = acked.length + killAfterAcks;
  const last = next + 20 * killAfterAcks; // a cycle that cannot reach its target ends, and fails below
  let killed = false;
  let inFlight = 0;
  let inFlightAtKill = 0;
  const client = async () => {
    while (next < last && !killed) {
      inFlight++;
      const a = await createParty(server.url, writer, next++);
      inFlight--;
      // An acknowledgement that arrives after the kill was sent counts too: it must survive as well.
      if (a) acked.push(a);
      if (acked.length >= target && !killed) {
        killed = true;
        inFlightAtKill = inFlight;
        server.child.kill('SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const end = await exited(server.child);
  assert.equal(end.signal, 'SIGKILL', 'the server was killed, not stopped');
  assert.ok(killed, `the kill happened mid-stream (${acked.length} of ${target} acknowledged)`);
  assert.ok(inFlightAtKill > 0, 'requests were in flight when the process was killed');
  return { acked, inFlightAtKill, next };
}

/** Restarts on the same store, reads every acknowledged party back, stops cleanly; returns the log size. */
async function assertAllReadable(storeArgs: string[], writer: Writer, acked: Acked[]): Promise<number> {
  const server = await startConcord(['--no-demo', '--port', '0', ...storeArgs]);
  try {
    const missing: string[] = [];
    for (const { id, title } of acked) {
      const res = await fetch(`${server.url}/api/parties/${id}`, {
        headers: { authorization: `Bearer ${writer.token}` },
      });
      const body = res.ok ? ((await res.json()) as { name?: unknown }) : null;
      if (body?.name !== title) missing.push(`${id} (${res.status})`);
    }
    assert.deepEqual(missing, [], `${missing.length} of ${acked.length} acknowledged parties lost`);
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as { logSize?: unknown };
    assert.equal(typeof health.logSize, 'number');
    assert.ok((health.logSize as number) >= acked.length, `log size ${health.logSize} < ${acked.length}`);
    return health.logSize as number;
  } finally {
    server.child.kill('SIGTERM');
    const stop = await exited(server.child);
    assert.equal(stop.code, 0, `clean stop after SIGTERM: ${server.output()}`);
  }
}
