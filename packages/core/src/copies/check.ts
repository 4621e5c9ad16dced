// The authenticity check: is a pasted or extracted text (whole or in part) the text of a version, whatever the
// copy's fingerprint? Each point of a candidate is looked for in the text in its canonical form (normalised, every
// choice site written one way); what is left over, once point numbers and the title are taken out, is text the
// version does not hold. No leftover: authentic. Otherwise the candidate that holds most of the text is the
// closest, and each leftover piece is shown beside the point it most resembles.
import type { CopyText } from './copy-text.ts';
import { normaliseText, stripMarkdown } from './normalise.ts';
import { canonicalForm } from './sites.ts';

export type Candidate = { id: string; copy: CopyText };

export type PointDifference = {
  /** The candidate's point the piece most resembles (null: text the candidate has nowhere). */
  number: string | null;
  /** Its wording in the candidate. */
  expected: string | null;
  /** The piece of the checked text, normalised. */
  found: string;
};

export type CandidateMatch = {
  candidateId: string;
  /** Numbers of the points found word for word, in the candidate's order. */
  matched: string[];
  /** How much of the checked text (characters, canonical form) those points cover. */
  covered: number;
  differences: PointDifference[];
  /** How closely the best differing piece resembles its point (0–1): a version is close only when ≥ 0.7. */
  resemblance: number;
};

export type CheckOutcome =
  | { authentic: true; matches: CandidateMatch[] }
  | { authentic: false; closest: CandidateMatch | null };

const MARKER =
  /(?<=^|\s)(?:(?:point|article|paragraph|section|пункт|статья|стаття|البند|المادة|סעיף)\s*)?[([]?(?:\d+(?:[.-]?[\da-z]+)*|[a-zа-я]|[ivxlc]+)[)\].:]?(?=\s|$)/giu;
const FILLER = /^[\s.,:;*#>|'"-]*$/u;

type Prepared = { text: string; origin: number[]; normal: string };

function prepare(text: string, language: string): Prepared {
  const normal = normaliseText(stripMarkdown(text));
  return { ...canonicalForm(normal, language), normal };
}

const canonical = (text: string, language: string) => canonicalForm(normaliseText(text), language).text;

/** Non-overlapping places of each point's canonical text in the checked text, longest points first. */
function claim(checked: string, points: string[]): Map<number, [number, number]> {
  const claimed = new Map<number, [number, number]>();
  const free = (a: number, b: number) => [...claimed.values()].every(([s, e]) => b <= s || a >= e);
  const bounded = (a: number, b: number) =>
    (a === 0 || checked[a - 1] === ' ') && (b === checked.length || /[\s.,;:)]/.test(checked[b] ?? ''));
  const order = points.map((_p, i) => i).sort((x, y) => (points[y]?.length ?? 0) - (points[x]?.length ?? 0));
  for (const i of order) {
    const p = points[i] as string;
    if (p.length === 0) continue;
    for (let at = checked.indexOf(p); at >= 0; at = checked.indexOf(p, at + 1)) {
      if (bounded(at, at + p.length) && free(at, at + p.length)) {
        claimed.set(i, [at, at + p.length]);
        break;
      }
    }
  }
  return claimed;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function sharedWords(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return shared;
}

/** Share of a piece's words that a point holds. */
function contained(piece: string, point: string): number {
  const wp = words(piece);
  return wp.length === 0 ? 1 : sharedWords(words(point), wp) / wp.length;
}

/** Dice coefficient over word multisets, or a piece's share held by the point for a piece of 3+ words. */
function resemblance(piece: string, point: string): number {
  const [wa, wb] = [words(piece), words(point)];
  if (wa.length + wb.length === 0) return 0;
  const dice = (2 * sharedWords(wb, wa)) / (wa.length + wb.length);
  return wa.length >= 3 ? Math.max(dice, 0.9 * contained(piece, point)) : dice;
}

/** The leftover pieces of the checked text, split at point numbers, as spans of the canonical text. */
function leftovers(checked: string, claimed: [number, number][], title: string): [number, number][] {
  const spans = [...claimed].sort((a, b) => a[0] - b[0]);
  const gaps: [number, number][] = [];
  let at = 0;
  for (const [s, e] of [...spans, [checked.length, checked.length] as [number, number]]) {
    if (s > at) gaps.push([at, s]);
    at = Math.max(at, e);
  }
  const pieces: [number, number][] = [];
  for (const [s, e] of gaps) {
    let gap = checked.slice(s, e);
    if (title.length > 0 && gap.includes(title)) gap = gap.replace(title, ' '.repeat(title.length));
    const cuts = [0];
    for (const m of gap.matchAll(MARKER)) cuts.push(m.index, m.index + m[0].length);
    cuts.push(gap.length);
    for (let i = 0; i < cuts.length; i += 2) {
      const piece = gap.slice(cuts[i], cuts[i + 1]);
      // The title, whole or in part (a plan's name or a version's label alone), is not text of the points.
      const inTitle = title.length > 0 && piece.trim().length > 0 && title.includes(piece.trim());
      if (!FILLER.test(piece) && !inTitle)
        pieces.push([s + (cuts[i] as number), s + (cuts[i + 1] as number)]);
    }
  }
  return pieces;
}

function matchCandidate(prepared: Prepared, candidate: Candidate): CandidateMatch {
  const { copy } = candidate;
  const points = copy.points.map((p) => canonical(p.text, copy.language));
  const claimed = claim(prepared.text, points);
  const pieces = leftovers(prepared.text, [...claimed.values()], canonical(copy.title, copy.language));
  const unmatched = copy.points.map((_, i) => i).filter((i) => !claimed.has(i));
  const runs: { point: number | null; from: number; to: number }[] = [];
  let closeness = 0;
  for (const [s, e] of pieces) {
    const from = prepared.origin[s] ?? 0;
    const to = (prepared.origin[e - 1] ?? from) + 1;
    const piece = prepared.normal.slice(from, to);
    const last = runs.at(-1);
    // A piece cut off by a number inside a changed point still belongs to the point before it.
    if (last?.point != null && contained(piece, copy.points[last.point]?.text ?? '') >= 0.7) {
      last.to = to;
      continue;
    }
    const scored = unmatched.map((i) => ({ i, score: resemblance(piece, copy.points[i]?.text ?? '') }));
    const best = scored.sort((a, b) => b.score - a.score)[0];
    if (best !== undefined && best.score >= 0.4) closeness = Math.max(closeness, best.score);
    runs.push({ point: best !== undefined && best.score >= 0.4 ? best.i : null, from, to });
  }
  const differences = runs.map((r) => {
    const point = r.point === null ? undefined : copy.points[r.point];
    const found = prepared.normal.slice(r.from, r.to).trim();
    return { number: point?.number ?? null, expected: point?.text ?? null, found };
  });
  const matched = [...claimed.keys()].sort((a, b) => a - b).map((i) => copy.points[i]?.number as string);
  const covered = [...claimed.values()].reduce((n, [s, e]) => n + e - s, 0);
  return { candidateId: candidate.id, matched, covered, differences, resemblance: closeness };
}

/**
 * Checks `text` against the candidates (each a version's text in one language). Authentic when some candidate
 * holds every piece of it word for word (fingerprint choices, numbering, spacing and quotes aside).
 */
export function checkText(text: string, candidates: readonly Candidate[]): CheckOutcome {
  const prepared = new Map<string, Prepared>();
  const results = candidates.map((c) => {
    const p = prepared.get(c.copy.language) ?? prepare(text, c.copy.language);
    prepared.set(c.copy.language, p);
    return matchCandidate(p, c);
  });
  const authentic = results.filter((r) => r.matched.length > 0 && r.differences.length === 0);
  if (authentic.length > 0) return { authentic: true, matches: authentic };
  const closest = results
    .filter((r) => r.matched.length > 0 || r.resemblance >= 0.7)
    .sort((a, b) => b.covered - a.covered || a.differences.length - b.differences.length)[0];
  return { authentic: false, closest: closest ?? null };
}
