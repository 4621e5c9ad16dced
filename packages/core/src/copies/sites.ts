// The choice sites of a text: every place a choice rule found, in reading order, named by the point's key, the
// rule and its occurrence in the point. Because every rule recognises all of its own writings, the sites of any
// copy carry the same names as the sites of its source, and `chosen` says which writing that copy uses.
import type { CopyText } from './copy-text.ts';
import { type ChoiceKind, rulesFor } from './rules.ts';

export type Site = {
  id: string;
  /** Index of the point in the copy. */
  point: number;
  start: number;
  end: number;
  options: string[];
  /** Which option the text uses (-1: a writing the rule accepts but does not offer, left as it is). */
  chosen: number;
  /** False where only one writing is safe here (kept in every copy; still read as evidence of nothing). */
  vary: boolean;
  kind: ChoiceKind;
};

type Span = { start: number; end: number; options: string[]; vary: boolean; id: string; kind: ChoiceKind };

/** The rules' finds in a text, in reading order; where two overlap the first wins (the same in every copy). */
function spans(text: string, language: string, prefix: string): Span[] {
  const found = rulesFor(language).flatMap((rule) =>
    rule.find(text).map((f, n) => ({ ...f, id: `${prefix}${rule.id}/${n}`, kind: rule.kind })),
  );
  found.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
  const kept: Span[] = [];
  let end = -1;
  for (const f of found) {
    if (f.start < end || (f.start === end && f.start === f.end)) continue;
    kept.push(f);
    end = Math.max(end, f.end);
  }
  return kept;
}

// Copies are values: their sites are computed once per object (tracing reads every released copy per leak).
const known = new WeakMap<CopyText, Site[]>();

export function findSites(copy: CopyText): Site[] {
  const cached = known.get(copy);
  if (cached !== undefined) return cached;
  const sites = copy.points.flatMap((point, index) =>
    spans(point.text, copy.language, `${point.key}/`).map((f) => ({
      ...f,
      point: index,
      chosen: f.options.indexOf(point.text.slice(f.start, f.end)),
      vary: f.vary && new Set(f.options).size > 1,
    })),
  );
  known.set(copy, sites);
  return sites;
}

/**
 * A text with every site written in one fixed way (the rule's last option), so that two copies of one text
 * compare equal whatever their fingerprints. `origin[i]` is where character i came from in the input.
 */
export function canonicalForm(input: string, language: string): { text: string; origin: number[] } {
  // ё is е in any word (the rule above varies only some words; a re-typist may drop any ё): same length, so
  // positions stay.
  const text = input.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  let out = '';
  const origin: number[] = [];
  let at = 0;
  const copy = (from: number, to: number) => {
    for (let i = from; i < to; i++) origin.push(i);
    out += text.slice(from, to);
  };
  for (const s of spans(text, language, '')) {
    copy(at, s.start);
    const option = s.options.at(-1) as string;
    for (let i = 0; i < option.length; i++) origin.push(s.start);
    out += option;
    at = s.end;
  }
  copy(at, text.length);
  return { text: out, origin };
}
