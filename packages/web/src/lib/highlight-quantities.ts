import type { Quantity } from '../api/types.ts';

export type TextSegment = { text: string; quantity?: Quantity };
type Range = { start: number; end: number };

/**
 * Splits a point's text so each quantity can be marked where it occurs. The quantity's own `text` is looked
 * for (exact, then case-insensitive), and the value as people write it ("600,000", "600 000", "$100 billion",
 * "50%"), as a whole number, never inside a longer one. Longer texts are placed first so "$100 billion" wins
 * over "100". A quantity found nowhere is returned in `unplaced` so the page can list it instead of losing it.
 */
export function highlightQuantities(
  text: string,
  quantities: Quantity[],
): { segments: TextSegment[]; unplaced: Quantity[] } {
  const placed: (Range & { quantity: Quantity })[] = [];
  const unplaced = new Set<Quantity>();
  const order = quantities
    .map((q, i) => ({ q, i }))
    .sort((a, b) => b.q.text.length - a.q.text.length || a.i - b.i);
  for (const { q } of order) {
    // A text with digits is the mention itself; one without may be a description ("cap on the army")
    // that happens to occur in the point, so the value is looked for first.
    const range = /\d/.test(q.text)
      ? (placeOwnText(text, q.text, placed) ?? placeValue(text, q, placed))
      : (placeValue(text, q, placed) ?? placeOwnText(text, q.text, placed));
    if (range === null) unplaced.add(q);
    else placed.push({ ...range, quantity: q });
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
  return { segments, unplaced: quantities.filter((q) => unplaced.has(q)) };
}

function placeOwnText(text: string, needle: string, placed: Range[]): Range | null {
  if (needle.length === 0) return null;
  const at =
    findFree(text, needle, placed, false) ??
    findFree(text.toLowerCase(), needle.toLowerCase(), placed, false);
  return at === null ? null : { start: at, end: at + needle.length };
}

function placeValue(text: string, q: Quantity, placed: Range[]): Range | null {
  for (const needle of valueSpellings(q)) {
    const at = findFree(text.toLowerCase(), needle.toLowerCase(), placed, true);
    if (at === null) continue;
    const end = withUnit(text, at + needle.length, q.unit);
    // The unit is taken into the mark only if that does not run into another mark.
    return placed.every((r) => end <= r.start || at >= r.end)
      ? { start: at, end }
      : { start: at, end: at + needle.length };
  }
  return null;
}

/** Extends a number's end over its unit when the unit word follows it ("72 hours", "600,000 personnel"). */
function withUnit(text: string, end: number, unit: string): number {
  const word = unit.trim().toLowerCase();
  if (!/^\p{L}[\p{L} ]+$/u.test(word)) return end;
  const stem = word.endsWith('s') ? word.slice(0, -1) : word;
  const m = new RegExp(`^[ \u00a0](${escapeRegExp(word)}|${escapeRegExp(stem)})(?!\\p{L})`, 'iu').exec(
    text.slice(end),
  );
  return m ? end + m[0].length : end;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Ways the value is commonly written, most specific first. */
export function valueSpellings(q: Quantity): string[] {
  const v = q.value;
  if (!Number.isFinite(v)) return [];
  const grouped = v.toLocaleString('en-US', { maximumFractionDigits: 6 });
  const out: string[] = [];
  for (const [scale, words] of [
    [1e12, ['trillion', 'tn']],
    [1e9, ['billion', 'bn']],
    [1e6, ['million', 'm']],
  ] as const) {
    if (Math.abs(v) >= scale && Number.isInteger((v / scale) * 1000)) {
      const n = String(v / scale);
      for (const w of words) out.push(`$${n} ${w}`, `€${n} ${w}`, `$${n}${w}`, `${n} ${w}`, `${n}${w}`);
    }
  }
  if (q.unit === '%' || q.unit === 'percent')
    out.push(`${grouped}%`, `${grouped} %`, `${grouped} percent`, `${grouped} per cent`);
  out.push(grouped, grouped.replaceAll(',', '\u00a0'), grouped.replaceAll(',', ' '), String(v));
  return [...new Set(out)];
}

/** The first occurrence of needle that overlaps no placed range (and, for numbers, stands alone), or null. */
function findFree(haystack: string, needle: string, placed: Range[], wholeNumber: boolean): number | null {
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (wholeNumber && !standsAlone(haystack, at, end)) continue;
    if (placed.every((r) => end <= r.start || at >= r.end)) return at;
  }
  return null;
}

/** "50" stands alone in "50%" and "(50)" but not in "500", "1,500" or "50.5". */
function standsAlone(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 2), start);
  const after = s.slice(end, end + 2);
  return !/[\p{L}\p{N}]$|\d[.,]$/u.test(before) && !/^\p{N}|^[.,]\d|^\p{L}/u.test(after);
}

/** A quantity as a reader expects it: "600,000 troops", "100,000,000,000 USD", "50 %". */
export function formatQuantity(q: Quantity): string {
  const value = Number.isFinite(q.value)
    ? q.value.toLocaleString('en-US', { maximumFractionDigits: 6 })
    : String(q.value);
  return q.unit === '%' || q.unit === 'percent' ? `${value} %` : `${value} ${q.unit}`;
}
