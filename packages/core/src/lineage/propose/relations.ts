// What the earlier points say of each other: which are the same point in other versions (through their
// derivations or shared lineage; without either, the same wording), and which the parent version continues. A
// later point takes a lineage once, and a point the parent does not continue is one the parent dropped (a
// source for `restore`).
import { wordingKey } from '../wording.ts';
import type { CandidatePoint } from './types.ts';

export type Relations = {
  /** The same point in other earlier versions (ancestors and descendants along derivations, or same lineage). */
  related(index: number): readonly number[];
  /** Whether lineage is recorded for the earlier points (derivations or lineage ids); else it is guessed. */
  known: boolean;
  /** The earlier points that a point of the version continues, directly or through versions in between. */
  continuedBy(versionId: string): Set<number>;
};

/**
 * `links` are guessed derivations (older point, newer point) for earlier points that record none (see
 * `guessParentLinks`); they count as derivations but leave `known` false.
 */
export function relationsOf(
  earlier: readonly CandidatePoint[],
  links: readonly (readonly [number, number])[] = [],
): Relations {
  const index = new Map(earlier.map((p, k) => [p.id, k]));
  const sources: number[][] = earlier.map((p) =>
    (p.derivedFrom ?? []).flatMap((d) => {
      const k = index.get(d.pointId);
      return k === undefined ? [] : [k];
    }),
  );
  const recorded = sources.some((s) => s.length > 0);
  for (const [from, to] of links) sources[to]?.push(from);
  const successors: number[][] = earlier.map(() => []);
  sources.forEach((list, k) => {
    for (const s of list) successors[s]?.push(k);
  });
  const lineageIds = new Set(earlier.flatMap((p) => (p.lineageId === undefined ? [] : [p.lineageId])));
  const known = recorded || lineageIds.size < earlier.filter((p) => p.lineageId).length;
  // Without recorded lineage, points of different versions worded alike are taken for one point.
  const keys = earlier.map((p) =>
    p.lineageId !== undefined
      ? `lineage ${p.lineageId}`
      : known
        ? undefined
        : `wording ${wordingKey({ text: p.text, quantities: p.quantities, conditions: p.conditions ?? [] })}`,
  );
  const byKey = new Map<string, number[]>();
  keys.forEach((key, k) => {
    if (key === undefined) return;
    const list = byKey.get(key);
    if (list) list.push(k);
    else byKey.set(key, [k]);
  });
  const sameKey = (k: number): readonly number[] => {
    const key = keys[k];
    return key === undefined ? [] : (byKey.get(key) ?? []);
  };
  const walk = (from: number, next: number[][]): number[] => {
    const seen = new Set<number>([from]);
    const stack = [from];
    while (stack.length > 0) {
      for (const k of next[stack.pop() as number] ?? [])
        if (!seen.has(k)) {
          seen.add(k);
          stack.push(k);
        }
    }
    seen.delete(from);
    return [...seen];
  };
  const cache = new Map<number, number[]>();
  const related = (k: number): number[] => {
    let out = cache.get(k);
    if (out) return out;
    const version = earlier[k]?.versionId;
    const all = new Set([...walk(k, sources), ...walk(k, successors), ...sameKey(k)]);
    out = [...all].filter((j) => earlier[j]?.versionId !== version);
    cache.set(k, out);
    return out;
  };
  const continuedBy = (versionId: string): Set<number> => {
    const out = new Set<number>();
    earlier.forEach((p, k) => {
      if (p.versionId !== versionId) return;
      for (const a of walk(k, sources)) out.add(a);
      for (const j of sameKey(k)) out.add(j);
    });
    return out;
  };
  return { related, known, continuedBy };
}
