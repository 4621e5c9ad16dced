// Ledger benchmark: raw SHA-256 of 32-byte inputs as the baseline of this machine and run, then appends to the
// in-memory tree and inclusion proofs verified, each printed with its ratio to the baseline and its goal.
// Run: node --import tsx bench/ledger/run.ts   (npm run bench:ledger). Keeps to well under a minute.
// CONCORD_BENCH_ONLY=memory skips the store benchmarks (bench/ledger/store.ts), which are slow.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { hashLeaf, MemoryTree, sha256, utf8, verifyInclusion } from '@concord/ledger';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';

// perSecond = operations per CPU-second of this process; wallPerSecond = per wall-clock second. The build
// machine is shared (2 cores, several jobs), so wall-clock rates swing with the load average; CPU time is the
// stabler measure and is what the goals are judged on. Both are printed.
export type BenchResult = {
  name: string;
  perSecond: number;
  wallPerSecond?: number;
  goal?: number;
  unit?: string;
};
export type Report = (result: BenchResult) => void;
export type Rate = { perSecond: number; wallPerSecond: number };

/** Times `run` (which performs `ops` operations) in CPU and wall-clock time. */
export function timeOps(ops: number, run: () => void): Rate {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  run();
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const wallSeconds = (performance.now() - wall) / 1000;
  return { perSecond: ops / cpuSeconds, wallPerSecond: ops / wallSeconds };
}

// Runs `op` in batches of 1000 until `seconds` of wall-clock time have passed.
function measure(op: (i: number) => void, seconds: number): Rate {
  let done = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  while (performance.now() - start < seconds * 1000) {
    for (let k = 0; k < 1000; k++) op(done + k);
    done += 1000;
  }
  const used = process.cpuUsage(cpu);
  return {
    perSecond: done / ((used.user + used.system) / 1e6),
    wallPerSecond: done / ((performance.now() - start) / 1000),
  };
}

let baseline = 0;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const report: Report = ({ name, perSecond, wallPerSecond, goal, unit = 'ops/s' }) => {
  const ratio = baseline > 0 ? ` ${(perSecond / baseline).toPrecision(3)}× baseline` : '';
  const wall = wallPerSecond === undefined ? '' : ` [wall ${fmt(wallPerSecond)}]`;
  const verdict =
    goal === undefined
      ? ''
      : perSecond >= goal
        ? `  GOAL MET (≥ ${fmt(goal)})`
        : `  GOAL MISSED (< ${fmt(goal)})`;
  console.log(`${name.padEnd(46)} ${fmt(perSecond).padStart(10)} ${unit}${wall}${ratio}${verdict}`);
};

function main(): Promise<void> | void {
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(
    `ledger benchmark — node ${process.version}, ${new Date().toISOString()}, load average ${load}`,
  );
  console.log('rates are per CPU-second of this process, [wall-clock] in brackets; goals judged on CPU time');

  // Baseline: raw SHA-256 over 32-byte inputs (the unit of work of every Merkle operation).
  const input = sha256(utf8('baseline'));
  for (let i = 0; i < 20_000; i++) sha256(input); // warm-up
  const base = measure(() => sha256(input), 2);
  baseline = base.perSecond;
  report({ name: 'baseline: SHA-256 of 32 bytes', ...base });
  // For reference: noble's general-purpose sha256 (the ledger uses its own allocation-free core instead).
  report({ name: 'noble sha256 of 32 bytes (reference)', ...measure(() => nobleSha256(input), 1) });

  // Appends: leaf hashes precomputed, so this measures the tree (node hashing + node storage).
  const n = 200_000;
  const leaves = Array.from({ length: n }, (_, i) => hashLeaf(utf8(`event ${i}`)));
  const tree = new MemoryTree();
  const appends = timeOps(n, () => {
    for (const leaf of leaves) tree.append(leaf);
  });
  report({ name: `append to in-memory tree (${fmt(n)} leaves)`, ...appends, goal: 20_000 });

  // Inclusion proofs verified against the root of a tree of n leaves (18 hashes per proof; the goal is judged
  // here), and for context on a 16,384-leaf prefix (14 hashes per proof): the cost is one node hash per level.
  const verifyRate = (size: number): Rate => {
    const root = tree.root(size);
    const proofs = Array.from({ length: 2000 }, (_, k) => {
      const index = (k * 7919) % size;
      return { index, proof: tree.inclusionProof(index, size) };
    });
    return measure((i) => {
      const p = proofs[i % proofs.length] as { index: number; proof: Uint8Array[] };
      verifyInclusion({
        index: p.index,
        size,
        leafHash: leaves[p.index] as Uint8Array,
        proof: p.proof,
        root,
      });
    }, 3);
  };
  report({ name: `inclusion proofs verified (tree of ${fmt(n)})`, ...verifyRate(n), goal: 50_000 });
  report({ name: 'inclusion proofs verified (tree of 16,384)', ...verifyRate(16_384) });

  report({
    name: 'inclusion proofs built from stored nodes',
    ...measure((i) => tree.inclusionProof((i * 7919) % n, n), 1),
  });

  // ── Hook for the db engineer ─────────────────────────────────────────────────────────────────────────────
  // If bench/ledger/store.ts exists and exports benchStores(report), run it (durable batch commits on PGlite
  // and PostgreSQL). It reports through the same `report`, so its ratios use the same baseline.
  const storeBench = new URL('./store.ts', import.meta.url);
  if (process.env.CONCORD_BENCH_ONLY === 'memory') {
    console.log('CONCORD_BENCH_ONLY=memory: store benchmarks skipped');
    return;
  }
  if (existsSync(storeBench)) {
    return import(storeBench.href).then(async (mod: { benchStores?: (r: Report) => unknown }) => {
      if (typeof mod.benchStores !== 'function') {
        console.log('bench/ledger/store.ts does not export benchStores(report); skipped');
        return;
      }
      await mod.benchStores(report);
    });
  }
  console.log('bench/ledger/store.ts absent: store benchmarks skipped');
}

await main();
