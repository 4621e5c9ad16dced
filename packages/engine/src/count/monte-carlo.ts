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

export function sampleAcceptable(s: Scenario, b: Binding, options: SamplingOptions): Proportion {
  const k = b.parties.length;
  const m = s.issues.length;
  const sizes = Int32Array.from(s.issues, (issue) => issue.options.length);
  const width = Math.max(...sizes);
  // flat[(i * width + o) * k + j]: contiguous, so one sample touches one short run per issue.
  const flat = new Float64Array(m * width * k);
  b.table.forEach((table, j) => {
    table.forEach((row, i) => {
      row.forEach((v, o) => {
        flat[(i * width + o) * k + j] = v;
      });
    });
  });
  const threshold = Float64Array.from(b.threshold);
  const sums = new Float64Array(k);
  const random = randomSource(options.seed);
  const started = performance.now();
  let hits = 0;
  let samples = 0;
  const batch = 1 << 15;
  for (;;) {
    for (let n = 0; n < batch; n++) {
      sums.fill(0);
      for (let i = 0; i < m; i++) {
        const base = (i * width + Math.floor(random() * (sizes[i] as number))) * k;
        for (let j = 0; j < k; j++) sums[j] = (sums[j] as number) + (flat[base + j] as number);
      }
      let ok = true;
      for (let j = 0; j < k; j++) if ((sums[j] as number) < (threshold[j] as number)) ok = false;
      if (ok) hits++;
    }
    samples += batch;
    const { low, high } = wilson(hits, samples);
    const precise = hits > 0 && (high - low) / 2 <= options.relativePrecision * (hits / samples);
    if (precise || samples >= options.maxSamples || performance.now() - started > options.timeBudgetMs) {
      return { hits, samples, low, high };
    }
  }
}
