// Estimating the share of acceptable outcomes when exact counting is out of reach: uniform random outcomes
// (a seeded generator, so a run can be repeated), a Wilson score interval at 99% confidence, and sampling in
// batches until the interval's half-width is within the asked relative precision (or the sample/time budget
// ends, in which case the wider interval is what is reported).
import type { Scenario } from '../model.ts';
import type { Binding } from './acceptable.ts';

export const Z99 = 2.5758293035489004; // two-sided 99% normal quantile

export type SamplingOptions = {
  seed: number;
  /** Stop when the 99% half-width ≤ relativePrecision × estimate. */
  relativePrecision: number;
  maxSamples: number;
  timeBudgetMs: number;
};

export type Proportion = { hits: number; samples: number; low: number; high: number };

/** Wilson score interval for hits/samples at the normal quantile z. */
export function wilson(hits: number, samples: number, z = Z99): { low: number; high: number } {
  if (samples === 0) return { low: 0, high: 1 };
  const p = hits / samples;
  const z2 = z * z;
  const centre = (p + z2 / (2 * samples)) / (1 + z2 / samples);
  const half = (z * Math.sqrt((p * (1 - p)) / samples + z2 / (4 * samples * samples))) / (1 + z2 / samples);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** sfc32's state after seeding and 16 warm-up rounds. */
function seedState(seed: number): [number, number, number, number] {
  const random = randomSource(seed);
  const s = [0, 0, 0, 0].map(() => Math.floor(random() * 4294967296) | 0);
  return [s[0] as number, s[1] as number, s[2] as number, s[3] as number];
}

/** sfc32: small, fast, seedable; good enough statistically for uniform sampling of option indexes. */
export function randomSource(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let n = 0; n < 16; n++) next();
  return next;
}

/**
 * Groups consecutive issues into blocks of at most `cap` combined options and lists each block's utility
 * vectors, so one uniform draw per block replaces one per issue (a uniform combination of independent uniform
 * options is a uniform option of each): 28 issues × 4 options become 7 draws of 256.
 */
function blocks(s: Scenario, b: Binding, cap: number): { size: number; sums: Float64Array }[] {
  const k = b.parties.length;
  const out: { size: number; sums: Float64Array }[] = [];
  let i = 0;
  while (i < s.issues.length) {
    let end = i + 1;
    let size = s.issues[i]?.options.length ?? 1;
    while (end < s.issues.length && size * (s.issues[end]?.options.length ?? 1) <= cap) {
      size *= s.issues[end]?.options.length ?? 1;
      end++;
    }
    let sums = new Float64Array(k);
    let count = 1;
    for (let at = i; at < end; at++) {
      const n = s.issues[at]?.options.length ?? 1;
      const next = new Float64Array(count * n * k);
      for (let c = 0; c < count; c++) {
        for (let o = 0; o < n; o++) {
          for (let j = 0; j < k; j++) {
            next[(c * n + o) * k + j] =
              (sums[c * k + j] as number) + (((b.table[j] as number[][])[at] as number[])[o] as number);
          }
        }
      }
      sums = next;
      count *= n;
    }
    out.push({ size, sums });
    i = end;
  }
  return out;
}

/** One sfc32 step on a state array, returning a uniform number in [0, 1). */
function step(r: Int32Array): number {
  const t = (((((r[0] as number) + (r[1] as number)) | 0) + (r[3] as number)) | 0) >>> 0;
  r[3] = ((r[3] as number) + 1) | 0;
  r[0] = (r[1] as number) ^ ((r[1] as number) >>> 9);
  r[1] = ((r[2] as number) + ((r[2] as number) << 3)) | 0;
  r[2] = (((r[2] as number) << 21) | ((r[2] as number) >>> 11)) + t;
  return t / 4294967296;
}

export function sampleAcceptable(s: Scenario, b: Binding, options: SamplingOptions): Proportion {
  const k = b.parties.length;
  // Up to four binding parties run in a loop on local variables (the common case, and the benchmark's);
  // more parties take the general loop. Both draw the same packages from the same seed.
  const stride = Math.max(k, 4);
  const parts = blocks(s, b, 256);
  const sizes = Int32Array.from(parts, (p) => p.size);
  const offsets = new Int32Array(parts.length + 1);
  parts.forEach((p, q) => {
    offsets[q + 1] = (offsets[q] as number) + p.size * stride;
  });
  const flat = new Float64Array(offsets[parts.length] as number);
  parts.forEach((p, q) => {
    for (let c = 0; c < p.size; c++) {
      for (let j = 0; j < k; j++) flat[(offsets[q] as number) + c * stride + j] = p.sums[c * k + j] as number;
    }
  });
  const threshold = new Float64Array(stride).fill(Number.NEGATIVE_INFINITY);
  threshold.set(b.threshold);
  const [t0, t1, t2, t3] = [threshold[0], threshold[1], threshold[2], threshold[3]] as number[];
  const r = Int32Array.from(seedState(options.seed));
  const sums = new Float64Array(stride);
  const blocksCount = parts.length;
  const started = performance.now();
  let hits = 0;
  let samples = 0;
  const batch = 1 << 15;
  for (;;) {
    if (stride === 4) {
      for (let n = 0; n < batch; n++) {
        let u0 = 0;
        let u1 = 0;
        let u2 = 0;
        let u3 = 0;
        for (let q = 0; q < blocksCount; q++) {
          const at = (offsets[q] as number) + Math.floor(step(r) * (sizes[q] as number)) * 4;
          u0 += flat[at] as number;
          u1 += flat[at + 1] as number;
          u2 += flat[at + 2] as number;
          u3 += flat[at + 3] as number;
        }
        if (u0 >= (t0 as number) && u1 >= (t1 as number) && u2 >= (t2 as number) && u3 >= (t3 as number))
          hits++;
      }
    } else {
      for (let n = 0; n < batch; n++) {
        sums.fill(0);
        for (let q = 0; q < blocksCount; q++) {
          const at = (offsets[q] as number) + Math.floor(step(r) * (sizes[q] as number)) * stride;
          for (let j = 0; j < k; j++) sums[j] = (sums[j] as number) + (flat[at + j] as number);
        }
        let ok = true;
        for (let j = 0; j < k; j++) if ((sums[j] as number) < (threshold[j] as number)) ok = false;
        if (ok) hits++;
      }
    }
    samples += batch;
    const { low, high } = wilson(hits, samples);
    const precise = hits > 0 && (high - low) / 2 <= options.relativePrecision * (hits / samples);
    if (precise || samples >= options.maxSamples || performance.now() - started > options.timeBudgetMs) {
      return { hits, samples, low, high };
    }
  }
}
