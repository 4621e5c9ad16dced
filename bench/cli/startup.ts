// Issue 11, item 4: start-up of `concord` (`npm run bench:cli`: about a minute idle, minutes under load). Wall time
// of `concord --help` and of `concord analyze` on a two-issue domain (bench/cli/two-issue.json), goal ≤ 0.5 s each
// on an idle machine, against a baseline from the same run: `node -e 0` (what any Node start costs here), and the
// same two commands the way every start ran before the bundle (tsx registered, the sources transpiled, the worker
// too).
// The machine is shared, so the commands run in interleaved rounds, and each figure gives the best of the rounds
// (the nearest to an idle machine; the verdict uses it) and the median, with the CPU time of the process (its
// worker included) and the load average.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureFreshBundle } from '../../packages/cli/scripts/build.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'packages/cli/bin/concord.js');
const SOURCE = join(ROOT, 'packages/cli/src/main.ts');
const DOMAIN = join(ROOT, 'bench/cli/two-issue.json');
const ROUNDS = Number(process.env.ROUNDS ?? 10);
const GOAL_MS = 500;

type Case = { name: string; args: string[]; goal?: boolean };

const cases: Case[] = [
  { name: 'node -e 0 (baseline)', args: ['-e', '0'] },
  { name: 'concord --help', args: [BIN, '--help'], goal: true },
  { name: 'concord analyze two-issue.json', args: [BIN, 'analyze', DOMAIN], goal: true },
  { name: 'before: --help through tsx', args: ['--import', 'tsx', SOURCE, '--help'] },
  { name: 'before: analyze through tsx', args: ['--import', 'tsx', SOURCE, 'analyze', DOMAIN] },
];

/** CPU time (ms) of the children this process has waited for, from /proc (Linux; 10 ms ticks). */
function childrenCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  // After the command name: field 14 (cutime) and 15 (cstime) of proc(5) are at indices 13 and 14 here.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

function once(c: Case): { wallMs: number; cpuMs: number } {
  const cpu0 = childrenCpuMs();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, c.args, { cwd: ROOT, encoding: 'utf8' });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${c.name} exited ${r.status}: ${r.stderr}`);
  return { wallMs, cpuMs: childrenCpuMs() - cpu0 };
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)] as number;
const best = (xs: number[]) => sorted(xs)[0] as number;
const ms = (x: number) => `${x.toFixed(0)} ms`;

async function main(): Promise<void> {
  if (await ensureFreshBundle()) console.log('(rebuilt the bundle: a source was newer)');
  const walls = cases.map(() => [] as number[]);
  const cpus = cases.map(() => [] as number[]);
  const loads: number[] = [];
  for (const c of cases) once(c); // warm the file cache
  for (let round = 0; round < ROUNDS; round++) {
    loads.push(loadavg()[0] ?? 0);
    cases.forEach((c, i) => {
      const { wallMs, cpuMs } = once(c);
      walls[i]?.push(wallMs);
      cpus[i]?.push(cpuMs);
    });
  }
  const baseline = best(walls[0] ?? []);
  console.log(
    `concord start-up, ${ROUNDS} interleaved rounds, Node ${process.version}, load average ` +
      `${best(loads).toFixed(1)}–${sorted(loads).at(-1)?.toFixed(1)}`,
  );
  let met = 0;
  let missed = 0;
  cases.forEach((c, i) => {
    const w = walls[i] ?? [];
    const line =
      `${c.name.padEnd(34)} best ${ms(best(w)).padStart(7)}  median ${ms(median(w)).padStart(7)}  ` +
      `cpu ${ms(median(cpus[i] ?? [])).padStart(7)}  ${(best(w) / baseline).toFixed(1)}× node -e 0`;
    if (!c.goal) {
      console.log(line);
      return;
    }
    const ok = best(w) <= GOAL_MS;
    if (ok) met++;
    else missed++;
    console.log(`${line}  ${ok ? 'GOAL MET' : 'GOAL MISSED'} (≤ ${GOAL_MS} ms)`);
  });
  const speedup = (after: number, before: number) =>
    (best(walls[before] ?? []) / best(walls[after] ?? [])).toFixed(1);
  console.log(`bundle against tsx: --help ${speedup(1, 3)}× faster, analyze ${speedup(2, 4)}× faster`);
  console.log(`Goals: ${met} met, ${missed} missed.`);
}

await main();
