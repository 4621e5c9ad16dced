// The analysis's figures in words: counts that may be exact, huge (decimal strings) or estimated.
import type { AcceptableCount } from '../api/analysis-types.ts';

/** 1234567 → "1,234,567"; a decimal string (beyond 2^53) is grouped the same way; anything else as given. */
export function formatCount(n: number | string): string {
  const digits =
    typeof n === 'number' ? (Number.isSafeInteger(n) ? String(n) : null) : /^\d+$/.test(n) ? n : null;
  if (digits === null) return typeof n === 'number' ? Math.round(n).toLocaleString('en') : n;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1,024" or "about 3,100 (estimate: 99% between 2,900 and 3,300, from 20,000 samples)". */
export function describeAcceptable(count: AcceptableCount): string {
  if (count.kind === 'exact') return formatCount(count.value);
  const pct = Math.round(count.confidence * 100);
  return `about ${formatCount(Math.round(count.value))} (estimate: ${pct}% between ${formatCount(Math.round(count.low))} and ${formatCount(Math.round(count.high))}, from ${formatCount(count.samples)} samples)`;
}

/** The sentences of a change text, one per changed point (the engine writes one per line). */
export const sentencesOf = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
