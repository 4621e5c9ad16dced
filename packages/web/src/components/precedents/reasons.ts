// Why two points of different plans are taken for the same provision, in words a reader follows.
import type { PrecedentPair } from '@concord/core';
import { categoryName } from '../../lib/category-names.ts';

export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The reasons for a pair, one sentence each. */
export function pairReasons(pair: PrecedentPair): string[] {
  const out: string[] = [];
  if (pair.categories.length > 0) out.push(`Both are about ${list(pair.categories.map(categoryName))}.`);
  if (pair.keyTerms.length > 0) out.push(`Both speak of ${list(pair.keyTerms)}.`);
  if (pair.units.length > 0) out.push(`Both give figures in ${list(pair.units)}.`);
  if (pair.textSimilarity >= 0.15)
    out.push(
      `Their wording is ${Math.round(pair.textSimilarity * 100)}% alike once the parties’ names are set aside.`,
    );
  return out;
}

/** How close a pair is, in one word. */
export function strength(score: number): 'close' | 'likely' | 'loose' {
  if (score >= 0.55) return 'close';
  if (score >= 0.4) return 'likely';
  return 'loose';
}
