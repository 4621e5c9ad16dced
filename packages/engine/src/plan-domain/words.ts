// Words of a point's text and how two wordings differ, so a variant can be named and quoted by the words that
// set it apart ("600,000 personnel", "800,000 in peacetime") instead of by an index. Matching ignores case,
// typographic quotes and dashes, and punctuation at word ends, so "personnel." and "personnel" are one word.

/** Texts up to this many differing words are compared exactly (LCS); beyond it the whole middle counts as changed. */
const LCS_LIMIT = 400;

/** The text as compared: Unicode-normalised, typographic quotes and dashes folded, spaces collapsed, lower case. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[.;,]+$/, '');
}

/** The words as written (kept for quoting). */
export function wordsOf(text: string): string[] {
  const t = text.trim();
  return t === '' ? [] : t.split(/\s+/);
}

function wordKey(word: string): string {
  return normaliseText(word).replace(/^[("'[]+|[)"'\].,;:!?]+$/g, '');
}

export type Span = { start: number; end: number };

/** Indices of `a` that are not part of a longest common subsequence with `b`, and where the two first differ. */
function changedIn(a: string[], b: string[]): { changed: number[]; at: number } {
  const ka = a.map(wordKey);
  const kb = b.map(wordKey);
  let p = 0;
  while (p < ka.length && p < kb.length && ka[p] === kb[p]) p++;
  let s = 0;
  while (s < ka.length - p && s < kb.length - p && ka[ka.length - 1 - s] === kb[kb.length - 1 - s]) s++;
  const ma = ka.slice(p, ka.length - s);
  const mb = kb.slice(p, kb.length - s);
  if (ma.length === 0) return { changed: [], at: p };
  if (mb.length === 0 || ma.length > LCS_LIMIT || mb.length > LCS_LIMIT) {
    return { changed: ma.map((_, i) => p + i), at: p };
  }
  // lcs[i][j]: LCS length of ma[i..] and mb[j..]
  const w = mb.length + 1;
  const lcs = new Uint16Array((ma.length + 1) * w);
  for (let i = ma.length - 1; i >= 0; i--) {
    for (let j = mb.length - 1; j >= 0; j--) {
      lcs[i * w + j] =
        ma[i] === mb[j]
          ? (lcs[(i + 1) * w + j + 1] as number) + 1
          : Math.max(lcs[(i + 1) * w + j] as number, lcs[i * w + j + 1] as number);
    }
  }
  const changed: number[] = [];
  let i = 0;
  let j = 0;
  while (i < ma.length) {
    if (j < mb.length && ma[i] === mb[j]) {
      i++;
      j++;
    } else if (j < mb.length && (lcs[i * w + j + 1] as number) >= (lcs[(i + 1) * w + j] as number)) j++;
    else changed.push(p + i++);
  }
  return { changed, at: p };
}

function spanOf(indices: number[]): Span | null {
  if (indices.length === 0) return null;
  return { start: Math.min(...indices), end: Math.max(...indices) + 1 };
}

/**
 * The words of `words[self]` that differ from at least one other wording, as one span from the first to the last
 * such word; null when the wording holds nothing the others lack (it is contained in each of them).
 */
export function distinguishingSpan(words: string[][], self: number): Span | null {
  const own = words[self] ?? [];
  const changed = new Set<number>();
  words.forEach((other, k) => {
    if (k !== self) for (const i of changedIn(own, other).changed) changed.add(i);
  });
  return spanOf([...changed]);
}

/** Where `a` and `b` differ, seen from each side; an empty span marks where the other side inserts words. */
export function pairSpans(a: string[], b: string[]): { a: Span; b: Span } {
  const da = changedIn(a, b);
  const db = changedIn(b, a);
  return {
    a: spanOf(da.changed) ?? { start: da.at, end: da.at },
    b: spanOf(db.changed) ?? { start: db.at, end: db.at },
  };
}

const trimPunctuation = (s: string) => s.replace(/^[("'[]+|[)"'\].,;:!?]+$/g, '');

/** At most `max` words of a span, edge punctuation dropped, "…" when cut. */
export function spanLabel(words: string[], span: Span, max = 6): string {
  const picked = words.slice(span.start, Math.min(span.end, span.start + max));
  const cut = span.end - span.start > max;
  const text = trimPunctuation(picked.join(' ')).trim();
  return cut ? `${text}…` : text;
}

/** The span with a few words of context either side, "…" where the text goes on. */
export function excerpt(words: string[], span: Span, context = 3, max = 25): string {
  const from = Math.max(0, span.start - context);
  const to = Math.min(words.length, Math.max(span.end, span.start) + context);
  const picked = words.slice(from, Math.min(to, from + max));
  const head = from > 0 ? '… ' : '';
  const tail = Math.min(to, from + max) < words.length ? ' …' : '';
  return `${head}${picked.join(' ')}${tail}`;
}
