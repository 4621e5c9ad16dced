// Seeded random scenarios for tests and benchmarks.
import type { Scenario } from '../model.ts';

/** Small deterministic generator (mulberry32) so failures reproduce. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random scenario; values drawn from a few levels so ties and duplicate vectors actually occur. */
export function randomScenario(seed: number, issues: number, maxOptions: number, parties: number): Scenario {
  const r = rng(seed);
  const sizes = Array.from({ length: issues }, () => 1 + Math.floor(r() * maxOptions));
  return {
    name: `random-${seed}`,
    issues: sizes.map((n, i) => ({ name: `i${i}`, options: Array.from({ length: n }, (_, j) => `o${j}`) })),
    parties: Array.from({ length: parties }, (_, p) => ({
      name: `p${p}`,
      weights: sizes.map(() => Math.round(r() * 4) / 4),
      values: sizes.map((n) => Array.from({ length: n }, () => Math.round(r() * 4) / 4)),
      reservation: r() < 0.5 ? null : r() * issues * 0.3,
    })),
  };
}
