// Read throughput side by side with the bare framework, measured in one run: a bare Hono handler, then Concord's
// read routes (processes, the demo's 28-point draft with its commitments, the signed checkpoint, an inclusion
// proof) on PGlite and, when CONCORD_BENCH_DATABASE_URL is set, on PostgreSQL. The load client is wrk (Debian's
// package), sharing the machine's cores with the server as a real client on the same host would.
//   node --import tsx bench/http/run.ts [--seconds 20] [--connections 30]
// Goal (issue 12): every read route at >= 40% of the bare handler's req/s with p99 <= 25 ms.
import { execFileSync } from 'node:child_process';
import { launch, stop } from './launch.ts';
import { type Load, runWrk } from './wrk.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seconds = flag('seconds', 20);
const connections = flag('connections', 30);
const GOAL_RATIO = 0.4;
const GOAL_P99_MS = 25;

try {
  execFileSync('wrk', ['--version'], { stdio: 'ignore' });
} catch (error) {
  // wrk prints its version and exits 1; only a missing binary is a problem.
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error('wrk is not installed: apt-get install -y wrk');
    process.exit(2);
  }
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
function line(name: string, load: Load, bare: Load | null): string {
  const base = `${name.padEnd(34)} ${fmt(load.rps, 0).padStart(8)} req/s  p50 ${fmt(load.p50Ms).padStart(6)} ms  p99 ${fmt(load.p99Ms).padStart(6)} ms`;
  if (bare === null) return `${base}  (baseline)${load.errors ? `  errors ${load.errors}` : ''}`;
  const ratio = load.rps / bare.rps;
  const met = ratio >= GOAL_RATIO && load.p99Ms <= GOAL_P99_MS;
  const errors = load.errors ? `  errors ${load.errors}` : '';
  return `${base}  ${fmt(ratio * 100, 0).padStart(3)}% of bare  goal ${met ? 'met' : 'MISSED'}${errors}`;
}

async function measureStore(label: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const bareServer = await launch('./bare.ts');
  const concord = await launch('./concord.ts', env);
  const { url, token, versionId } = concord.info as { url: string; token: string; versionId: string };
  const auth = { authorization: `Bearer ${token}` };
  const routes: { name: string; path: string; headers?: Record<string, string> }[] = [
    { name: 'GET /api/processes (public)', path: '/api/processes' },
    { name: 'GET /api/processes (mediator)', path: '/api/processes', headers: auth },
    { name: 'GET /api/versions/{28-point}', path: `/api/versions/${versionId}`, headers: auth },
    { name: 'GET /api/log/checkpoint', path: '/api/log/checkpoint' },
    { name: 'inclusion proof (public)', path: '/api/log/proofs/inclusion?index=3&size=40' },
  ];
  console.log(`\n${label}: ${connections} connections, ${seconds} s per route`);
  const bare = await runWrk(`${bareServer.info.url}/hello`, { seconds, connections });
  console.log(line('bare Hono (same run)', bare, null));
  let allMet = true;
  for (const route of routes) {
    const load = await runWrk(`${url}${route.path}`, { seconds, connections, headers: route.headers ?? {} });
    console.log(line(route.name, load, bare));
    allMet &&= load.rps / bare.rps >= GOAL_RATIO && load.p99Ms <= GOAL_P99_MS && load.errors === 0;
  }
  await stop(concord);
  await stop(bareServer);
  return allMet;
}

let met = await measureStore('PGlite', { ...process.env, CONCORD_BENCH_DATABASE_URL: '' });
const pg = process.env.CONCORD_BENCH_DATABASE_URL;
if (pg) met = (await measureStore('PostgreSQL', process.env)) && met;
else console.log('\nPostgreSQL: skipped (set CONCORD_BENCH_DATABASE_URL to measure it)');
console.log(
  `\nreads goal (>= ${GOAL_RATIO * 100}% of bare, p99 <= ${GOAL_P99_MS} ms): ${met ? 'met' : 'MISSED'}`,
);
