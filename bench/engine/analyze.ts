// Issue 11's figures, each against a baseline measured in the same run (`node --import tsx bench/engine/analyze.ts`,
// a few minutes: the baseline frontier alone takes tens of seconds):
//   1. `concord analyze DIR --json --frontier none` on 28 × 4 × 4, wall time including start-up, as a ratio to the
//      same run's `concord --help` (goal ≤ 2 s wall); and with `--frontier full`, when the answers appear on stdout
//      against when the run ends (answers first).
//   2. The 28 × 4 × 4 frontier: the sweep against today's k-d tree kernel (`kernel: 'kd-tree'`, the code this issue
//      started from), each in its own process so peak memory is its own (goal ≥ 10× faster, same frontier);
//      EnergyGrid (3 parties) and KillerRobot (5 parties, same k-d tree path): no slower (mean of 20 warm runs).
//   3. `--memory-limit 48` and `64` with `--frontier full`: one line and exit 1, not V8's abort (exit 134); peak RSS.
// Times are CPU time of the measured process where it runs alone (the machine is shared: wall time follows the load
// average, printed with each figure). A goal missed is printed as GOAL MISSED. `FIGURES=1,3` runs only those figures
// (figure 2's baseline alone takes tens of seconds).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type FrontierResult,
  loadScenario,
  mergeFrontier,
  type Scenario,
  writeConcordJson,
} from '@concord/engine';
import { largeScenario } from './large.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'packages/cli/bin/concord.js');
const DOMAINS = fileURLToPath(new URL('../../../shared/data/negotiation/domains/', import.meta.url));
const load = () => loadavg()[0]?.toFixed(1);
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const verdict = (ok: boolean) => (ok ? 'GOAL MET' : 'GOAL MISSED');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

type ChildFigures = { points: number; cpuMs: number; wallMs: number; rssMb: number; digest: string };

/** In a child process: one frontier, its CPU and wall time, and the process's peak RSS. */
function child(which: string, kernel: 'sweep' | 'kd-tree'): void {
  const s: Scenario =
    which === 'large' ? largeScenario() : loadScenario(join(DOMAINS, which), { semantics: 'genius' });
  // Small domains: one warm-up run, then the mean of 20 (JIT compilation would otherwise dominate); large: one run.
  const repeats = which === 'large' ? 1 : 20;
  if (repeats > 1) mergeFrontier(s, { kernel });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let f: FrontierResult = mergeFrontier(s, { kernel });
  for (let r = 1; r < repeats; r++) f = mergeFrontier(s, { kernel });
  const wallMs = (performance.now() - t0) / repeats;
  const c = process.cpuUsage(c0);
  const points = f.status === 'ok' ? f.points : [];
  // A digest of the sorted points, so the two kernels can be seen to give the same frontier.
  const digest = points
    .map((p) => p.join(','))
    .sort()
    .reduce((h, line) => {
      let x = h;
      for (let i = 0; i < line.length; i++) x = (Math.imul(x, 31) + line.charCodeAt(i)) >>> 0;
      return x;
    }, 7)
    .toString(16);
  const figures: ChildFigures = {
    points: points.length,
    cpuMs: (c.user + c.system) / 1000 / repeats,
    wallMs,
    rssMb: process.resourceUsage().maxRSS / 1024,
    digest,
  };
  process.stdout.write(JSON.stringify(figures));
}

function inChild(which: string, kernel: 'sweep' | 'kd-tree'): ChildFigures {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), 'child', which, kernel],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(out) as ChildFigures;
}

/** Wall time of `concord ARGS` (ms), and when a line matching `mark` first appeared on stdout. */
function timeConcord(
  args: string[],
  mark?: RegExp,
): Promise<{ ms: number; markMs: number; code: number | null }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let markMs = Number.NaN;
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (mark && Number.isNaN(markMs) && mark.test(out)) markMs = performance.now() - t0;
    });
    p.stderr.resume();
    p.on('error', reject);
    p.on('close', (code) => resolve({ ms: performance.now() - t0, markMs, code }));
  });
}

async function benchCli(dir: string): Promise<void> {
  console.log(`\n1. concord analyze on 28 × 4 × 4 (${dir}), wall time including start-up (load ${load()})`);
  const help: number[] = [];
  const none: number[] = [];
  for (let r = 0; r < 3; r++) {
    help.push((await timeConcord(['--help'])).ms);
    none.push((await timeConcord(['analyze', dir, '--json', '--frontier', 'none'])).ms);
  }
  const h = median(help);
  const n = median(none);
  console.log(`   concord --help (baseline, same run): ${fmt(h)} (median of 3: ${help.map(fmt).join(', ')})`);
  console.log(
    `   concord analyze DIR --json --frontier none: ${fmt(n)} (median of 3: ${none.map(fmt).join(', ')}) = ${(n / h).toFixed(2)} × --help; goal ≤ 2 s wall: ${verdict(n <= 2000)}`,
  );
  const full = await timeConcord(['analyze', dir, '--frontier', 'full'], /^Max welfare:/m);
  console.log(
    `   concord analyze DIR --frontier full (report): answers on stdout after ${fmt(full.markMs)}, frontier done after ${fmt(full.ms)} (load ${load()})`,
  );
}

function benchFrontier(): void {
  console.log(
    `\n2. Exact frontier by per-issue merge: the sweep against today's k-d tree kernel, each in its own process`,
  );
  const rows: [string, string, number][] = [
    ['large', '28 × 4 × 4 (bench/engine/large.ts)', 10],
    ['EnergyGrid_AgentHp2', 'EnergyGrid (3 parties, genius)', 1],
    ['KillerRobot', 'KillerRobot (5 parties, genius; both on the k-d tree)', 1],
  ];
  for (const [which, label, goal] of rows) {
    if (which !== 'large' && !existsSync(join(DOMAINS, which))) {
      console.log(`   ${label}: shared data absent, skipped`);
      continue;
    }
    // Two runs each, alternating; the smaller CPU time of each counts (the machine is shared).
    const sweep: ChildFigures[] = [];
    const kd: ChildFigures[] = [];
    const runs = which === 'large' ? 1 : 3;
    for (let r = 0; r < runs; r++) {
      sweep.push(inChild(which, 'sweep'));
      kd.push(inChild(which, 'kd-tree'));
    }
    const best = (xs: ChildFigures[]) => xs.reduce((a, b) => (b.cpuMs < a.cpuMs ? b : a));
    const s = best(sweep);
    const b = best(kd);
    const same = s.points === b.points && s.digest === b.digest;
    const ratio = b.cpuMs / s.cpuMs;
    // "No slower" allows 10% for the noise of a shared machine.
    const ok = same && (goal > 1 ? ratio >= goal : ratio >= 1 / 1.1);
    console.log(
      `   ${label}: ${s.points} points; sweep ${fmt(s.cpuMs)} CPU (${fmt(s.wallMs)} wall), peak RSS ${s.rssMb.toFixed(0)} MB; ` +
        `today's k-d tree ${fmt(b.cpuMs)} CPU (${fmt(b.wallMs)} wall), peak RSS ${b.rssMb.toFixed(0)} MB; ` +
        `${ratio.toFixed(1)}× ${same ? 'same frontier' : 'DIFFERENT FRONTIERS'}; goal ${goal > 1 ? `≥ ${goal}×` : 'no slower'}: ${verdict(ok)} (load ${load()})`,
    );
  }
}

function peakRss(args: string[]): {
  code: number | null;
  signal: string | null;
  rssMb: number;
  stderr: string;
} {
  const time = existsSync('/usr/bin/time');
  const r = spawnSync(
    time ? '/usr/bin/time' : process.execPath,
    time ? ['-f', 'RSS %M', process.execPath, BIN, ...args] : [BIN, ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  const m = /RSS (\d+)\s*$/.exec(r.stderr);
  return {
    code: r.status,
    signal: r.signal,
    rssMb: m ? Number(m[1]) / 1024 : Number.NaN,
    // /usr/bin/time adds its own lines (the RSS figure, "Command exited with non-zero status N"): not the CLI's.
    stderr: r.stderr
      .replace(/RSS \d+\s*$/, '')
      .replace(/^Command exited with non-zero status \d+$/m, '')
      .trim(),
  };
}

function benchMemory(dir: string): void {
  console.log(
    `\n3. --memory-limit with --frontier full on 28 × 4 × 4 (peak RSS of the whole process, load ${load()})`,
  );
  for (const mb of [48, 64, 1024]) {
    const r = peakRss(['analyze', dir, '--json', '--frontier', 'full', '--memory-limit', String(mb)]);
    const oneLine = r.stderr.split('\n').filter(Boolean).length <= 1;
    const ended = r.code === 1 && /memory limit of \d+ MB exceeded/.test(r.stderr) && oneLine;
    const line = r.stderr.split('\n')[0] ?? '';
    if (mb === 1024) {
      console.log(
        `   --memory-limit ${mb}: exit ${r.code}, peak RSS ${r.rssMb.toFixed(0)} MB (the limit does not bind: the whole frontier)`,
      );
    } else {
      console.log(
        `   --memory-limit ${mb}: exit ${r.code}${r.signal ? ` (${r.signal})` : ''}, peak RSS ${r.rssMb.toFixed(0)} MB, "${line}"; goal one line, exit 1, never V8's abort: ${verdict(ended)}`,
      );
    }
  }
}

if (process.argv[2] === 'child') {
  child(process.argv[3] as string, process.argv[4] as 'sweep' | 'kd-tree');
} else {
  const dir = mkdtempSync(join(tmpdir(), 'concord-bench-'));
  writeFileSync(join(dir, '28x4x4.json'), writeConcordJson(largeScenario()));
  console.log(
    `Issue 11 figures, Node ${process.version}, ${new Date().toISOString()}, load average ${load()}`,
  );
  const only = new Set((process.env.FIGURES ?? '1,2,3').split(','));
  if (only.has('1')) await benchCli(dir);
  if (only.has('2')) benchFrontier();
  if (only.has('3')) benchMemory(dir);
}
