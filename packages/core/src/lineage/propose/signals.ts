// The signals besides the words: quantities (value and unit), categories, numbers written in the text, place in
// the version and display number. Each gives a similarity 0–1 and, where it speaks for a match, a reason.
import type { Quantity } from '../../schemas/common.ts';
import { type Place, rankLabel } from './position.ts';

const unitKey = (unit: string) =>
  unit
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%$€£¥₴₽]+/gu, ' ')
    .trim()
    .replace(/s$/, '');

const formatValue = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 6 });
export const quantityLabel = (q: Quantity) => `${formatValue(q.value)} ${q.unit}`;

export type QuantityMatch = { similarity: number; same: Quantity[]; changed: [Quantity, Quantity][] };

/**
 * How far the later point's quantities answer the earlier point's: the same value and unit counts 1, the same
 * unit with another value (an amended figure) 0.6, over the larger list. Neither having any is no evidence
 * (0.3); only one having some speaks a little against (0.1).
 */
export function compareQuantities(earlier: readonly Quantity[], later: readonly Quantity[]): QuantityMatch {
  if (earlier.length === 0 && later.length === 0) return { similarity: 0.3, same: [], changed: [] };
  if (earlier.length === 0 || later.length === 0) return { similarity: 0.1, same: [], changed: [] };
  const used = new Set<number>();
  const same: Quantity[] = [];
  const changed: [Quantity, Quantity][] = [];
  for (const q of later) {
    const k = earlier.findIndex(
      (e, i) => !used.has(i) && unitKey(e.unit) === unitKey(q.unit) && e.value === q.value,
    );
    if (k >= 0) {
      used.add(k);
      same.push(q);
    }
  }
  for (const q of later) {
    if (same.includes(q)) continue;
    const k = earlier.findIndex((e, i) => !used.has(i) && unitKey(e.unit) === unitKey(q.unit));
    if (k >= 0) {
      used.add(k);
      changed.push([earlier[k] as Quantity, q]);
    }
  }
  const similarity = (same.length + 0.6 * changed.length) / Math.max(earlier.length, later.length);
  return { similarity, same, changed };
}

export const categoryKey = (c: string) => c.normalize('NFKC').trim().toLowerCase();

/**
 * Categories as distinct ids, the main (first) one first: `categoryIds` turns names into ids once per point,
 * so the n × m comparison allocates nothing.
 */
export function categoryIds(categories: readonly string[], ids: Map<string, number>): Int32Array {
  const out: number[] = [];
  for (const c of categories) {
    const key = categoryKey(c);
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    if (!out.includes(id)) out.push(id);
  }
  return Int32Array.from(out);
}

/**
 * Categories: half for the same first (main) category, half for the overlap of all of them (Jaccard); 0 when
 * either has none (the caller then leaves the signal out).
 */
export function compareCategoryIds(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let common = 0;
  for (const x of b) if (a.includes(x)) common++;
  return 0.5 * (a[0] === b[0] ? 1 : 0) + (0.5 * common) / (a.length + b.length - common);
}

export function compareCategories(earlier: readonly string[], later: readonly string[]): number {
  const ids = new Map<string, number>();
  return compareCategoryIds(categoryIds(earlier, ids), categoryIds(later, ids));
}

/** Numbers written in either text (and quantity values): the share of the later point's found in the earlier. */
export function compareNumbers(earlier: ReadonlySet<number>, later: ReadonlySet<number>): number | null {
  if (later.size === 0 || earlier.size === 0) return null;
  let common = 0;
  for (const n of later) if (earlier.has(n)) common++;
  return common / Math.max(earlier.size, later.size);
}

/** Distance in relative place (0–1), felt within a quarter of the version. */
export function comparePlaces(earlier: Place, later: Place): number {
  const distance = Math.abs(earlier.relative - later.relative);
  const depth = earlier.depth === later.depth ? 1 : 0.5;
  return Math.max(0, 1 - distance / 0.25) * depth;
}

export function placeReason(earlier: Place, later: Place): string | null {
  if (earlier.depth !== later.depth) return null;
  if (earlier.rank === later.rank && earlier.of === later.of) return `same position (${rankLabel(later)})`;
  const distance = Math.abs(earlier.relative - later.relative);
  if (distance <= 0.03) return `same position (${rankLabel(later)}, was ${rankLabel(earlier)})`;
  if (distance <= 0.12) return `nearby position (${rankLabel(later)}, was ${rankLabel(earlier)})`;
  return null;
}
