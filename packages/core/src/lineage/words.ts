// Words of a point's text and how two wordings differ, so a variant can be named and quoted by the words that
// set it apart ("600,000 personnel", "800,000 in peacetime") instead of by an index, and a change shown as a
// word-level redline. Matching ignores what a reader does not read as a change (typographic quotes and dashes,
// Unicode compatibility forms, spacing, punctuation at word ends), so "personnel." and "personnel" are one word;
// it keeps case, so "not" and "NOT" differ, as they do on the page.

/** Texts up to this many differing words are compared exactly (LCS); beyond it the whole middle counts as changed. */
const LCS_LIMIT = 400;

/**
 * The text as compared: Unicode-normalised, typographic quotes and dashes folded, spaces collapsed, a final full
 * stop or comma dropped. Two texts are the same wording when their normal forms are equal.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
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
  const changed: number[] = [];
  for (const step of align(ka, kb, false)) if (step.op === 'removed') changed.push(step.i);
  return { changed, at: commonPrefix(ka, kb) };
}

type Step = { op: 'same'; i: number; j: number } | { op: 'removed'; i: number } | { op: 'added'; j: number };

function commonPrefix(ka: string[], kb: string[]): number {
  let p = 0;
  while (p < ka.length && p < kb.length && ka[p] === kb[p]) p++;
  return p;
}

/**
 * Aligns two word-key lists along a longest common subsequence: the shared prefix and suffix first, then an
 * exact LCS of the middle up to LCS_LIMIT words a side (beyond it the middle is all removed and all added).
 * On ties `removalFirst` decides which side advances, which is which of two equal alignments is reported.
 */
function* align(ka: string[], kb: string[], removalFirst: boolean): Generator<Step> {
  const p = commonPrefix(ka, kb);
  let s = 0;
  while (s < ka.length - p && s < kb.length - p && ka[ka.length - 1 - s] === kb[kb.length - 1 - s]) s++;
  for (let i = 0; i < p; i++) yield { op: 'same', i, j: i };
  const ma = ka.slice(p, ka.length - s);
  const mb = kb.slice(p, kb.length - s);
  if (ma.length > LCS_LIMIT || mb.length > LCS_LIMIT) {
    for (let i = 0; i < ma.length; i++) yield { op: 'removed', i: p + i };
    for (let j = 0; j < mb.length; j++) yield { op: 'added', j: p + j };
  } else yield* alignMiddle(ma, mb, p, removalFirst);
  for (let k = 0; k < s; k++) yield { op: 'same', i: ka.length - s + k, j: kb.length - s + k };
}

function* alignMiddle(ma: string[], mb: string[], p: number, removalFirst: boolean): Generator<Step> {
  // lcs[i][j]: LCS length of ma[i..] and mb[j..]
  const w = mb.length + 1;
  const lcs = new Uint16Array((ma.length + 1) * w);
  for (let i = ma.length - 1; i >= 0; i--)
    for (let j = mb.length - 1; j >= 0; j--)
      lcs[i * w + j] =
        ma[i] === mb[j]
          ? (lcs[(i + 1) * w + j + 1] as number) + 1
          : Math.max(lcs[(i + 1) * w + j] as number, lcs[i * w + j + 1] as number);
  let i = 0;
  let j = 0;
  while (i < ma.length || j < mb.length) {
    if (i < ma.length && j < mb.length && ma[i] === mb[j]) yield { op: 'same', i: p + i++, j: p + j++ };
    else if (j >= mb.length) yield { op: 'removed', i: p + i++ };
    else if (i >= ma.length) yield { op: 'added', j: p + j++ };
    else {
      const down = lcs[(i + 1) * w + j] as number;
      const right = lcs[i * w + j + 1] as number;
      if (down > right || (down === right && removalFirst)) yield { op: 'removed', i: p + i++ };
      else yield { op: 'added', j: p + j++ };
    }
  }
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

/** One run of a word-level redline: words both wordings share, or words only the old (removed) or new (added) has. */
export type RedlineRun = { op: 'same' | 'removed' | 'added'; text: string };

/**
 * The new wording against the old, word by word, as runs of shared, removed and added words (the words as each
 * side writes them). Beyond the exact-diff size the whole differing middle is one removal and one addition.
 */
export function redline(before: string, after: string): RedlineRun[] {
  const a = wordsOf(before);
  const b = wordsOf(after);
  const runs: RedlineRun[] = [];
  for (const step of align(a.map(wordKey), b.map(wordKey), true)) {
    const op = step.op;
    const word = (step.op === 'removed' ? a[step.i] : b[step.j]) as string;
    const last = runs[runs.length - 1];
    if (last && last.op === op) last.text += ` ${word}`;
    else runs.push({ op, text: word });
  }
  return runs;
}
