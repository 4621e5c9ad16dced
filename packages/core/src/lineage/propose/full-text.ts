// A point's text as a reader meets it: its own words followed by those of its sub-points, per language. A point
// whose substance sits in its sub-points (28-point #10, "a guarantee with four clauses", and its 10a–10d) is
// then compared by all of it, not by its heading alone.
import type { Multilingual } from '../../schemas/common.ts';
import type { CandidatePoint } from './types.ts';

export function fullTexts(points: readonly CandidatePoint[]): Multilingual[] {
  const index = new Map(points.map((p, k) => [p.id, k]));
  const children = new Map<number, number[]>();
  points.forEach((p, k) => {
    const parent = p.parentPointId === null ? undefined : index.get(p.parentPointId);
    if (parent === undefined || parent === k) return;
    const list = children.get(parent);
    if (list) list.push(k);
    else children.set(parent, [k]);
  });
  const memo = new Map<number, Multilingual>();
  const visiting = new Set<number>();
  const full = (k: number): Multilingual => {
    const known = memo.get(k);
    if (known) return known;
    const own = (points[k] as CandidatePoint).text;
    visiting.add(k);
    const parts = (children.get(k) ?? []).filter((c) => !visiting.has(c)).map(full);
    visiting.delete(k);
    const out: Multilingual = { ...own };
    for (const part of parts)
      for (const [language, t] of Object.entries(part))
        out[language] = out[language] ? `${out[language]}\n${t}` : t;
    memo.set(k, out);
    return out;
  };
  return points.map((_, k) => full(k));
}
