// 28 issues × 4 options × 4 parties (4^28 ≈ 7.2e16 packages, seeded): the exact Nash package, the exact
// egalitarian package, the proven smallest change to a draft, and the number of packages every party accepts
// (exact if an exact counter fits, else within ±0.5% at 99% confidence), all in at most 2 s.
// Baselines measured in the same run: a plain enumerator's rate (projected to all packages, since listing them
// cannot finish) and plain per-issue Monte Carlo for the same number of samples as the block sampler.
// Judged on CPU time (wall time printed too): the machine is shared and wall time follows the load average.
// Run alone: node --import tsx bench/engine/large.ts   (bench/engine/run.ts calls benchLarge too).
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import {
  countAcceptable,
  type Outcome,
  optimizeEgalitarian,
  optimizeNash,
  type Scenario,
  smallestChange,
  utilityTables,
} from '@concord/engine';

/** sfc32 seeded generator, so every run analyses the same scenario. */
function random(seed: number): () => number {
  let [a, b, c, d] = [0x9e3779b9, 0x243f6a88, 0xb7e15162, seed >>> 0];
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/**
 * Random weights and evaluations in [0, 1]. Each party's reservation is its expected utility over a uniformly
 * random package: no deal is worth what a coin-flip package is worth. That choice is not tuned to the engine.
 */
export function largeScenario(seed = 28): Scenario {
  const next = random(seed);
  for (let n = 0; n < 16; n++) next();
  const issues = Array.from({ length: 28 }, (_, i) => ({
    name: `point ${i + 1}`,
    options: ['A', 'B', 'C', 'D'],
  }));
  const parties = ['party 1', 'party 2', 'party 3', 'party 4'].map((name) => {
    const raw = issues.map(() => next());
    const total = raw.reduce((a, w) => a + w, 0);
    const weights = raw.map((w) => w / total);
    const values = issues.map(() => [next(), next(), next(), next()]);
    const mean = values.reduce(
      (a, row, i) => a + ((weights[i] as number) * row.reduce((x, v) => x + v, 0)) / 4,
      0,
    );
    return { name, weights, values, reservation: mean };
  });
  return { name: '28x4x4', issues, parties };
}

type Timed<T> = { value: T; ms: number; cpuMs: number };

function timed<T>(run: () => T): Timed<T> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

/** Plain enumeration rate: Nash products of packages in odometer order, for about `ms` milliseconds. */
function enumerationRate(s: Scenario, ms: number): number {
  const tables = utilityTables(s);
  const d = s.parties.map((p) => p.reservation ?? 0);
  const m = s.issues.length;
  const outcome: Outcome = new Array(m).fill(0);
  let best = Number.NEGATIVE_INFINITY;
  let listed = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (let n = 0; n < 10_000; n++) {
      let product = 1;
      tables.forEach((t, p) => {
        let u = 0;
        for (let i = 0; i < m; i++) u += (t[i] as number[])[outcome[i] as number] as number;
        product *= Math.max(0, u - (d[p] as number));
      });
      best = Math.max(best, product);
      let i = m - 1;
      while (i >= 0 && outcome[i] === 3) outcome[i--] = 0;
      if (i >= 0) outcome[i] = (outcome[i] as number) + 1;
    }
    listed += 10_000;
  }
  return (listed / (performance.now() - start)) * 1000 + (best > Number.POSITIVE_INFINITY ? 1 : 0);
}

/** Plain Monte Carlo: one draw per issue, `samples` packages. */
function plainSampling(s: Scenario, samples: number): number {
  const tables = utilityTables(s);
  const floors = s.parties.map((p) => p.reservation ?? Number.NEGATIVE_INFINITY);
  const next = random(7);
  let hits = 0;
  for (let n = 0; n < samples; n++) {
    const o = s.issues.map(() => Math.floor(next() * 4));
    if (
      tables.every(
        (t, p) =>
          t.reduce((u, row, i) => u + (row[o[i] as number] as number), 0) >= (floors[p] as number) - 1e-9,
      )
    ) {
      hits++;
    }
  }
  return hits;
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

export async function benchLarge(report: (line: string) => void): Promise<void> {
  const s = largeScenario();
  const draft: Outcome = s.issues.map((_, i) => (i * 7 + 3) % 4);
  report(`load average ${loadavg()[0]?.toFixed(2)} on this machine (2 cores, shared)`);

  const nash = timed(() => optimizeNash(s, 'reservation'));
  const egalitarian = timed(() => optimizeEgalitarian(s, 'reservation'));
  const change = timed(() => smallestChange(s, draft, { disagreement: 'reservation' }));
  const count = timed(() => countAcceptable(s, { relativePrecision: 0.005, timeBudgetMs: 10_000 }));

  const n = nash.value;
  const e = egalitarian.value;
  const c = change.value;
  const k = count.value;
  report(
    `Nash (reservation): product ${n?.value.toExponential(6)}, ${n?.points.length} point(s), ${n?.nodes} nodes, proven — ${fmt(nash.ms)}`,
  );
  report(`egalitarian: min gain ${e?.value.toFixed(9)}, ${e?.nodes} nodes, proven — ${fmt(egalitarian.ms)}`);
  report(
    c.status === 'found'
      ? `smallest change: ${c.changed} issue(s), ${c.candidates.length} candidate(s), ${c.nodes} nodes, proven — ${fmt(change.ms)}`
      : `smallest change: impossible (${c.nodes} nodes) — ${fmt(change.ms)}`,
  );
  let countOk = false;
  if (k.kind === 'exact') {
    countOk = true;
    report(`acceptable to all: ${k.value} exact (${k.method}) — ${fmt(count.ms)}`);
  } else {
    const half = (k.high - k.low) / 2 / k.value;
    countOk = half <= 0.005;
    report(
      `acceptable to all: ≈ ${k.value.toExponential(4)} of ${k.outcomes} (${((k.value / Number(k.outcomes)) * 100).toFixed(3)}%), ` +
        `99% interval ±${(half * 100).toFixed(3)}% from ${k.samples} samples — ${fmt(count.ms)}`,
    );
  }

  const total = nash.ms + egalitarian.ms + change.ms + count.ms;
  const cpu = nash.cpuMs + egalitarian.cpuMs + change.cpuMs + count.cpuMs;
  const rate = enumerationRate(s, 500);
  const projectedYears = 4 ** 28 / rate / 3600 / 24 / 365;
  report(
    `baseline: plain enumeration lists ${Math.round(rate).toLocaleString('en')} packages/s → all 4^28 in ≈ ${projectedYears.toExponential(2)} years (projected)`,
  );
  if (k.kind === 'estimate') {
    const plain = timed(() => plainSampling(s, k.samples));
    report(
      `baseline: plain per-issue Monte Carlo, same ${k.samples} samples — ${fmt(plain.ms)} (block sampler ${fmt(count.ms)}, ×${(plain.ms / count.ms).toFixed(1)})`,
    );
  }
  report(
    `peak RSS so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, heap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`,
  );
  // Judged on CPU time, as bench/ledger does: the machine is shared, so wall time swings with the load average.
  const met = cpu <= 2000 && countOk && n !== null && e !== null;
  report(
    `28×4×4 total ${fmt(cpu)} CPU (${fmt(total)} wall at load ${loadavg()[0]?.toFixed(1)}), goal ≤ 2 s with the count within ±0.5% at 99%: ${met ? 'GOAL MET' : 'GOAL MISSED'}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await benchLarge((line) => console.log(line));
}
