// Write throughput and latency with group commit, against the same server committing each write alone (the
// behaviour before group commit, `writeGroup: 1`), measured in one run, on PGlite and, when
// CONCORD_BENCH_DATABASE_URL is set, on PostgreSQL. Each write creates a party in the demo's Ukraine process as the
// US mediator (API token; rate limits lifted).
//   node --import tsx bench/http/writes.ts [--seconds 20] [--connections 50] [--idle 300]
// Goals (issue 12, item 2): >= 1,500 acknowledged writes/s with 50 clients on PostgreSQL and >= 800/s on PGlite,
// and a single write's latency on an idle server no worse than before (p50 within 10% of the baseline's).
import { fileURLToPath } from 'node:url';
import { launch, stop } from './launch.ts';
import { runWrk } from './wrk.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seconds = flag('seconds', 20);
const connections = flag('connections', 50);
const idleWrites = flag('idle', 300);
const IDLE_SLACK = 1.1;
const script = fileURLToPath(new URL('./post-party.lua', import.meta.url));

type Figures = {
  perSecond: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  idleP50: number;
  idleP99: number;
};

/** One server: sequential writes on the idle server, then wrk's concurrent load. */
async function measure(env: NodeJS.ProcessEnv): Promise<Figures> {
  const concord = await launch('./concord.ts', env);
  try {
    const { url, token, processId } = concord.info as { url: string; token: string; processId: string };
    const path = `/api/processes/${processId}/parties`;
    const times: number[] = [];
    for (let i = 0; i < idleWrites; i++) {
      const start = performance.now();
      const res = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ name: `Idle party ${i}`, kind: 'party' }),
      });
      await res.arrayBuffer();
      if (res.status !== 201 && res.status !== 200) throw new Error(`idle write answered ${res.status}`);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
    const load = await runWrk(`${url}${path}`, {
      seconds,
      connections,
      script: { path: script, env: { BENCH_PATH: path, BENCH_TOKEN: token } },
    });
    return {
      perSecond: (load.requests - load.errors) / load.seconds,
      errors: load.errors,
      p50Ms: load.p50Ms,
      p99Ms: load.p99Ms,
      idleP50: at(0.5),
      idleP99: at(0.99),
    };
  } finally {
    await stop(concord);
  }
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const row = (name: string, f: Figures) =>
  `${name.padEnd(28)} ${fmt(f.perSecond, 0).padStart(6)} writes/s  p50 ${fmt(f.p50Ms).padStart(6)} ms  p99 ${fmt(f.p99Ms).padStart(6)} ms  errors ${f.errors}  | idle: p50 ${fmt(f.idleP50, 2)} ms  p99 ${fmt(f.idleP99, 2)} ms`;

async function measureStore(label: string, env: NodeJS.ProcessEnv, goal: number): Promise<boolean> {
  console.log(
    `\n${label}: ${connections} clients for ${seconds} s; ${idleWrites} writes one after another first`,
  );
  const before = await measure({ ...env, CONCORD_BENCH_WRITE_GROUP: '1' });
  console.log(row('each write alone (before)', before));
  const grouped = await measure({ ...env, CONCORD_BENCH_WRITE_GROUP: '' });
  console.log(row('group commit', grouped));
  const throughput = grouped.perSecond >= goal && grouped.errors === 0;
  const idle = grouped.idleP50 <= before.idleP50 * IDLE_SLACK;
  console.log(
    `  throughput ${fmt(grouped.perSecond / before.perSecond, 2)}× before; goal >= ${goal}/s: ${throughput ? 'met' : 'MISSED'}`,
  );
  console.log(
    `  idle single write p50 ${fmt(grouped.idleP50 / before.idleP50, 2)}× before; goal <= ${IDLE_SLACK}×: ${idle ? 'met' : 'MISSED'}`,
  );
  return throughput && idle;
}

let met = await measureStore('PGlite', { ...process.env, CONCORD_BENCH_DATABASE_URL: '' }, 800);
const pg = process.env.CONCORD_BENCH_DATABASE_URL;
if (pg) met = (await measureStore('PostgreSQL', process.env, 1500)) && met;
else console.log('\nPostgreSQL: skipped (set CONCORD_BENCH_DATABASE_URL to measure it)');
console.log(`\nwrites goals: ${met ? 'met' : 'MISSED'}`);
