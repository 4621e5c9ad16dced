// Durable batch commits through the real Store: each transaction appends a batch of events (log entry, tree
// nodes, read-table rows) and signs one checkpoint, then commits. PGlite runs on a real data directory;
// PostgreSQL runs when CONCORD_BENCH_DATABASE_URL is set or postgres://postgres@127.0.0.1:5432/test answers.
// As in run.ts, the rate judged against the goal is per CPU-second (the machine is shared and wall-clock rates
// swing with its load); the wall-clock rate is printed beside it. CPU here is this process (PGlite runs inside
// it) plus, for PostgreSQL, every `postgres` process on the machine during the run: an over-count when others
// use the same server, so the rate is a lower bound. Goals: ≥ 1,000 events/s (PGlite), ≥ 5,000 (PostgreSQL).
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newEvent, uuidv7 } from '@concord/core';
import { openScratchPostgresStore, openStore, type Store } from '@concord/db';
import pg from 'pg';

type Report = (result: {
  name: string;
  perSecond: number;
  wallPerSecond?: number;
  goal?: number;
  unit?: string;
}) => void;

const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/test';

function event(i: number) {
  const at = new Date().toISOString();
  return newEvent(
    'process.created',
    { id: uuidv7(), title: `bench process ${i}`, description: 'x'.repeat(200), createdAt: at },
    { actor: 'bench', at },
  );
}

// Linux: utime + stime (fields 14 and 15 of /proc/<pid>/stat) of every process whose command is `postgres`.
function postgresCpuSeconds(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / 100; // USER_HZ
}

function cpuNow(withPostgres: boolean): number {
  const own = process.cpuUsage();
  return (own.user + own.system) / 1e6 + (withPostgres ? postgresCpuSeconds() : 0);
}

type Rate = { perSecond: number; wallPerSecond: number };

/** Commits `batches` transactions of `batchSize` events each; returns events per CPU- and wall-clock second. */
async function commitBatches(store: Store, batches: number, batchSize: number): Promise<Rate> {
  const events = Array.from({ length: batches * batchSize }, (_, i) => event(i));
  const withPostgres = store.dialect === 'postgres';
  const cpu = cpuNow(withPostgres);
  const start = performance.now();
  for (let b = 0; b < batches; b++)
    await store.transact(async (tx) => {
      for (const e of events.slice(b * batchSize, (b + 1) * batchSize)) await tx.appendEvent(e);
    });
  return {
    perSecond: events.length / (cpuNow(withPostgres) - cpu),
    wallPerSecond: events.length / ((performance.now() - start) / 1000),
  };
}

async function benchOne(report: Report, label: string, store: Store, goal: number): Promise<void> {
  await commitBatches(store, 2, 100); // warm-up
  const batched = await commitBatches(store, 20, 500);
  report({
    name: `${label}: events committed in batches of 500`,
    ...batched,
    goal,
    unit: 'events/s',
  });
  // One event per transaction is what every API write is. Its baseline is the batched rate of this same run
  // (same machine, same load, same store): the ratio says how far round trips and the commit, not rows, bound it.
  const single = await commitBatches(store, 300, 1);
  report({
    name: `${label}: one event per transaction`,
    ...single,
    unit: 'events/s',
  });
  console.log(
    `${'  (one-event write: ms per write, share of batched rate)'.padEnd(46)} ` +
      `${(1000 / single.perSecond).toFixed(2)} ms CPU, ${(1000 / single.wallPerSecond).toFixed(2)} ms wall; ` +
      `${((100 * single.perSecond) / batched.perSecond).toFixed(1)}% of the batched rate per CPU-s ` +
      `(${((100 * single.wallPerSecond) / batched.wallPerSecond).toFixed(1)}% wall)`,
  );
  const started = performance.now();
  const result = await store.checkLog();
  const size = await store.log.size();
  const rate = size / ((performance.now() - started) / 1000);
  if (!result.ok) throw new Error(`bench log failed its check: ${result.reason}`);
  report({
    name: `${label}: checkLog (${size} entries, wall)`,
    perSecond: rate,
    wallPerSecond: rate,
    unit: 'entries/s',
  });
}

async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function benchStores(report: Report): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'concord-bench-'));
  const pglite = await openStore({ dataDir: dir });
  try {
    await benchOne(report, 'PGlite store (on disk)', pglite, 1_000);
  } finally {
    await pglite.close();
    await rm(dir, { recursive: true, force: true });
  }
  const url = process.env.CONCORD_BENCH_DATABASE_URL ?? DEFAULT_PG;
  if (!(await postgresReachable(url))) {
    console.log(`PostgreSQL store: skipped (${url} not reachable; set CONCORD_BENCH_DATABASE_URL)`);
    return;
  }
  const postgres = await openScratchPostgresStore(url);
  try {
    await benchOne(report, 'PostgreSQL store', postgres, 5_000);
  } finally {
    await postgres.close();
  }
}
