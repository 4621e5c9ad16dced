// The soak test (issue 12, item 5): many clients mixing reads and writes against one `concord start` for minutes,
// with one kill -9 of the server (restarted on the same store and port) a third of the way in and, on PostgreSQL,
// one restart of the database server two thirds of the way in. Prints the requests, errors by kind, p50/p99 of
// reads and writes, writes acknowledged and writes found afterwards, and `concord log check`'s verdict.
//   node --import tsx bench/soak/run.ts [--minutes 5] [--clients 200]
// PostgreSQL: set CONCORD_BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres; a scratch database is
// made there and dropped at the end, and the cluster is restarted with pg_ctlcluster (it must be this machine's).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  exited,
  type RunningConcord,
  runConcord,
  startConcord,
} from '../../packages/cli/src/test-support.ts';
import { makeClients, type Tally } from './clients.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const minutes = flag('minutes', 5);
const clients = flag('clients', 200);
const LIFTED = JSON.stringify({
  read: { perSecond: 1e6, burst: 1e6 },
  write: { perSecond: 1e6, burst: 1e6 },
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function cli(argv: string[]): Promise<string> {
  const r = await runConcord(argv);
  if (r.code !== 0) throw new Error(`concord ${argv.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** A scratch store: a PGlite data directory, or a new database on the PostgreSQL server named by the env. */
async function scratchStore(): Promise<{
  storeArgs: string[];
  postgres: boolean;
  drop: () => Promise<void>;
}> {
  const dataDir = mkdtempSync(join(tmpdir(), 'concord-soak-'));
  const base = process.env.CONCORD_BENCH_DATABASE_URL;
  if (!base)
    return {
      storeArgs: ['--data-dir', dataDir],
      postgres: false,
      drop: async () => rmSync(dataDir, { recursive: true }),
    };
  const name = `concord_soak_${Date.now()}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    storeArgs: ['--data-dir', dataDir, '--database-url', url.toString()],
    postgres: true,
    drop: async () => {
      await admin(`drop database if exists ${name} with (force)`);
      rmSync(dataDir, { recursive: true });
    },
  };
}

const store = await scratchStore();
const account = await cli([
  'account',
  'create',
  '--name',
  'Soak mediator',
  '--handle',
  'soak',
  ...store.storeArgs,
]);
const processId = await cli([
  'process',
  'open',
  '--title',
  'Soak talks',
  '--owner',
  account,
  ...store.storeArgs,
]);
const token = await cli([
  'access',
  'grant',
  '--process',
  processId,
  '--account',
  account,
  '--label',
  'soak',
  ...store.storeArgs,
]);
const port = await freePort();
const serverArgs = ['--no-demo', '--port', String(port), '--rate-limits', LIFTED, ...store.storeArgs];
const url = `http://127.0.0.1:${port}`;
let server: RunningConcord = await startConcord(serverArgs);

const tally: Tally = { requests: 0, errors: new Map(), reads: [], writes: [], acked: [] };
const durationMs = minutes * 60_000;
const started = Date.now();
const events: string[] = [];
const at = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const load = makeClients({ url, token, processId, tally, count: clients, until: started + durationMs });

await sleepUntil(started + durationMs / 3);
events.push(`${at()}: kill -9 of the server`);
server.child.kill('SIGKILL');
await exited(server.child);
server = await startConcord(serverArgs);
events.push(`${at()}: the server serves again`);
if (store.postgres) {
  await sleepUntil(started + (2 * durationMs) / 3);
  const version = execFileSync('ls', ['/etc/postgresql'])
    .toString()
    .trim()
    .split('\n')
    .sort()
    .at(-1) as string;
  events.push(`${at()}: PostgreSQL ${version} restarting`);
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'restart']);
  events.push(`${at()}: PostgreSQL restarted`);
}
await load;
server.child.kill('SIGTERM');
await exited(server.child);

// Afterwards: every acknowledged write read back from a restarted server, and the log checked.
const after = await startConcord(serverArgs);
const missing = await readBack(after.url, tally.acked);
after.child.kill('SIGTERM');
await exited(after.child);
const check = await runConcord(['log', 'check', ...store.storeArgs]);
await store.drop();

const pct = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number);
};
console.log(`\nsoak: ${store.postgres ? 'PostgreSQL' : 'PGlite'}, ${clients} clients, ${minutes} min`);
for (const e of events) console.log(`  ${e}`);
console.log(`requests: ${tally.requests} (${(tally.requests / (durationMs / 1000)).toFixed(0)}/s)`);
console.log(
  `reads: ${tally.reads.length} answered, p50 ${pct(tally.reads, 0.5).toFixed(1)} ms, p99 ${pct(tally.reads, 0.99).toFixed(1)} ms`,
);
console.log(
  `writes: ${tally.writes.length} answered, p50 ${pct(tally.writes, 0.5).toFixed(1)} ms, p99 ${pct(tally.writes, 0.99).toFixed(1)} ms`,
);
console.log('errors by kind:');
for (const [kind, n] of [...tally.errors].sort((a, b) => b[1] - a[1])) console.log(`  ${kind}: ${n}`);
console.log(
  `writes acknowledged: ${tally.acked.length}; found afterwards: ${tally.acked.length - missing}; lost: ${missing}`,
);
console.log(`log check: ${check.code === 0 ? check.stdout.trim() : `FAILED: ${check.stderr.trim()}`}`);
console.log(
  `verdict: ${missing === 0 && check.code === 0 ? 'no acknowledged write lost, the log checks' : 'FAILED'}`,
);
process.exit(missing === 0 && check.code === 0 ? 0 : 1);

function sleepUntil(t: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, t - Date.now())));
}

/** How many acknowledged parties the restarted server does not return, reading twenty at a time. */
async function readBack(base: string, acked: { id: string; name: string }[]): Promise<number> {
  let missingCount = 0;
  let next = 0;
  const reader = async () => {
    while (next < acked.length) {
      const { id, name } = acked[next++] as { id: string; name: string };
      const res = await fetch(`${base}/api/parties/${id}`, { headers: { authorization: `Bearer ${token}` } });
      const body = res.ok ? ((await res.json()) as { name?: unknown }) : null;
      if (body?.name !== name) missingCount++;
    }
  };
  await Promise.all(Array.from({ length: 20 }, reader));
  return missingCount;
}
