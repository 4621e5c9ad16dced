// Durable batch commits through the real Store: each transaction appends a batch of events (log entry, tree
// nodes, read-table rows) and signs one checkpoint, then commits. PGlite runs on a real data directory;
// PostgreSQL runs when CONCORD_BENCH_DATABASE_URL is set or postgres://postgres@127.0.0.1:5432/test answers.
// Rates here are per wall-clock second (the database server's work is not this process's CPU time), which is
// the stricter measure; goals: ≥ 1,000 events/s on PGlite, ≥ 5,000 events/s on PostgreSQL.
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
  return newEvent(
    'process.created',
    {
      id: uuidv7(),
      title: `bench process ${i}`,
      description: 'x'.repeat(200),
      createdAt: new Date().toISOString(),
    },
    { actor: 'bench' },
  );
}

/** Commits `batches` transactions of `batchSize` events each; returns events per wall-clock second. */
async function commitBatches(store: Store, batches: number, batchSize: number): Promise<number> {
  const events = Array.from({ length: batches * batchSize }, (_, i) => event(i));
  const start = performance.now();
  for (let b = 0; b < batches; b++)
    await store.transact(async (tx) => {
      for (const e of events.slice(b * batchSize, (b + 1) * batchSize)) await tx.appendEvent(e);
    });
  return events.length / ((performance.now() - start) / 1000);
}

async function benchOne(report: Report, label: string, store: Store, goal: number): Promise<void> {
  await commitBatches(store, 2, 100); // warm-up
  const batched = await commitBatches(store, 20, 500);
  report({
    name: `${label}: events committed in batches of 500`,
    perSecond: batched,
    wallPerSecond: batched,
    goal,
    unit: 'events/s',
  });
  const single = await commitBatches(store, 200, 1);
  report({
    name: `${label}: one event per transaction`,
    perSecond: single,
    wallPerSecond: single,
    unit: 'events/s',
  });
  const started = performance.now();
  const result = await store.checkLog();
  const size = await store.log.size();
  const rate = size / ((performance.now() - started) / 1000);
  if (!result.ok) throw new Error(`bench log failed its check: ${result.reason}`);
  report({
    name: `${label}: checkLog (${size} entries)`,
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
