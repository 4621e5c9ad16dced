// A seeded synthetic plan for size tests: `count` points of `words` words each from a vocabulary with a few
// very common words, and a later version that amends, drops, inserts and moves some of them.
import type { CandidatePoint } from './types.ts';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = ['security', 'territory', 'economy', 'humanitarian', 'governance', 'monitoring'];

export function syntheticPlan({ count = 1_000, words = 40, seed = 7 } = {}): {
  earlier: CandidatePoint[];
  later: CandidatePoint[];
  /** Later point id → the earlier point id it was made from (absent for inserted points). */
  truth: Map<string, string>;
} {
  const rnd = random(seed);
  const letters = (k: number): string =>
    (k < 26 ? '' : letters(Math.floor(k / 26) - 1)) + String.fromCharCode(97 + (k % 26));
  const vocabulary = Array.from({ length: 5_000 }, (_, k) => `${letters(k)}word`);
  const word = () => vocabulary[Math.floor(vocabulary.length * rnd() ** 3)] as string;
  const sentence = () => Array.from({ length: words }, word).join(' ');
  const point = (version: string, k: number, text: string, category: string): CandidatePoint => ({
    id: `${version}-${k}`,
    versionId: version,
    parentPointId: null,
    ordinal: k,
    number: String(k + 1),
    text: { en: text },
    categories: [category],
    quantities: [],
  });
  const earlier = Array.from({ length: count }, (_, k) =>
    point('a', k, sentence(), CATEGORIES[k % CATEGORIES.length] as string),
  );
  const later: CandidatePoint[] = [];
  const truth = new Map<string, string>();
  for (const e of earlier) {
    if (later.length >= count) break;
    const r = rnd();
    if (r < 0.05) continue; // dropped
    if (r < 0.1) later.push(point('b', later.length, sentence(), 'security')); // inserted
    const kept = (e.text.en as string).split(' ').map((w) => (rnd() < 0.3 ? word() : w));
    const p = point('b', later.length, kept.join(' '), e.categories[0] as string);
    truth.set(p.id, e.id);
    later.push(p);
  }
  return { earlier, later: later.slice(0, count), truth };
}
