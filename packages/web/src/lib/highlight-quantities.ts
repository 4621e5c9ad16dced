import type { Quantity } from '../api/types.ts';

export type TextSegment = { text: string; quantity?: Quantity };

/**
 * Splits a point's text so each quantity's `text` ("600,000", "$100 billion") can be marked where it occurs.
 * Longer quantity texts are placed first so "$100 billion" wins over "100"; a quantity whose text is not in
 * the point (or only overlaps one already placed) is returned in `unplaced` so the page can list it instead
 * of losing it. Matching is exact first, then case-insensitive.
 */
export function highlightQuantities(
  text: string,
  quantities: Quantity[],
): { segments: TextSegment[]; unplaced: Quantity[] } {
  const placed: { start: number; end: number; quantity: Quantity }[] = [];
  const unplaced: Quantity[] = [];
  const order = quantities
    .map((q, i) => ({ q, i }))
    .sort((a, b) => b.q.text.length - a.q.text.length || a.i - b.i);
  const lower = text.toLowerCase();
  for (const { q } of order) {
    const start =
      q.text.length === 0
        ? -1
        : (findFree(text, q.text, placed) ?? findFree(lower, q.text.toLowerCase(), placed) ?? -1);
    if (start < 0) unplaced.push(q);
    else placed.push({ start, end: start + q.text.length, quantity: q });
  }
  placed.sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const { start, end, quantity } of placed) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start) });
    segments.push({ text: text.slice(start, end), quantity });
    cursor = end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor) });
  return { segments, unplaced: quantities.filter((q) => unplaced.includes(q)) };
}

/** The first occurrence of needle that overlaps no placed range, or null. */
function findFree(haystack: string, needle: string, placed: { start: number; end: number }[]): number | null {
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (placed.every((r) => end <= r.start || at >= r.end)) return at;
  }
  return null;
}

/** A quantity as a reader expects it: "600,000 troops", "USD 100,000,000,000", "50 %". */
export function formatQuantity(q: Quantity): string {
  const value = Number.isFinite(q.value)
    ? q.value.toLocaleString('en-US', { maximumFractionDigits: 6 })
    : String(q.value);
  return q.unit === '%' || q.unit === 'percent' ? `${value} %` : `${value} ${q.unit}`;
}
