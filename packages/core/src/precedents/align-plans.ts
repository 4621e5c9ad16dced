// Precedents: the points of two plans from different processes set side by side (the Gaza 20 points against the
// Ukraine 28). Within a plan, lineage proposals lean on shared words; across processes the same provision is
// worded differently and names other parties, so here the categories and the shared key terms weigh most:
// party names are first replaced by a placeholder per kind of party (neutralise.ts), English wordings of common
// provisions are folded to one word (concepts.ts), and a key term is a stem few points of either plan use.
// Top-level points are compared, each with the words, categories and quantities of its sub-points.

import {
  assignOneToOne,
  type CandidatePoint,
  categoryKey,
  compareQuantities,
  cosineMatrix,
  fullTexts,
  termsOf,
  vectorise,
} from '../lineage/propose/index.ts';
import type { Quantity } from '../schemas/common.ts';
import { CONCEPTS, foldConcepts } from './concepts.ts';
import { type NamedParty, neutraliser, PLACEHOLDER_LABELS, PLACEHOLDERS } from './neutralise.ts';

/** What each signal weighs: categories and key terms before the words in common. */
export const ALIGN_WEIGHTS = { categories: 0.35, keyTerms: 0.35, text: 0.2, units: 0.1 } as const;
/** The score a pair needs to be reported as the same provision. */
export const ALIGN_THRESHOLD = 0.3;
/** A stem is a key term when at most this share of the points of both plans use it. */
const KEY_TERM_SHARE = 0.2;
/** Summed weight (inverse document frequency) of shared key terms at which the key-term signal is ~0.63. */
const KEY_TERM_SCALE = 5;
/** A plain word shorter than this is no key term ("into", "with", "both"); concepts and placeholders are. */
const KEY_TERM_LETTERS = 5;
/** Key terms named in a pair's reasons. */
const KEY_TERMS_SHOWN = 6;

export type AlignOptions = {
  /** Parties (with aliases and kind) of plan a's process and of plan b's: their names are neutralised. */
  partiesA?: readonly NamedParty[];
  partiesB?: readonly NamedParty[];
  /** The name a reader knows a category by (e.g. "Cease Fire" for `cease`); the key by default. */
  categoryName?: (key: string) => string;
  threshold?: number;
};

/** Two points taken for the same provision, with why. */
export type AlignedPair = {
  a: string;
  b: string;
  /** 0–1. */
  score: number;
  /** Categories both carry (names). */
  categories: string[];
  /** Key terms both use, in words (a concept, "the guarantor body", or a word as written). */
  keyTerms: string[];
  /** Units of quantities both give (600,000 personnel against 20 hostages share none). */
  units: string[];
  /** Cosine of the neutralised texts, 0–1. */
  textSimilarity: number;
  /** The above as sentences a reader follows. */
  reasons: string[];
};

export type PlanAlignment = {
  pairs: AlignedPair[];
  /** Top-level points of a with no counterpart in b, in a's order; likewise for b. */
  onlyA: string[];
  onlyB: string[];
};

type Unit = {
  point: CandidatePoint;
  texts: Record<string, string>;
  categories: Map<string, string>;
  quantities: Quantity[];
  terms: Set<string>;
  surface: Map<string, string>;
};

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const conceptLabels = new Map(CONCEPTS.map((c) => [termsOf(c.word, 'en')[0] as string, c.label]));
const placeholderLabels = new Map(
  Object.entries(PLACEHOLDERS).map(([kind, word]) => [
    termsOf(word, 'en')[0] as string,
    PLACEHOLDER_LABELS[kind] as string,
  ]),
);

/** Aligns the points of plan a with those of plan b (two versions, usually of plans in different processes). */
export function alignPlans(
  a: readonly CandidatePoint[],
  b: readonly CandidatePoint[],
  options: AlignOptions = {},
): PlanAlignment {
  const name = options.categoryName ?? ((key: string) => key);
  const unitsA = unitsOf(a, neutraliser(options.partiesA ?? []));
  const unitsB = unitsOf(b, neutraliser(options.partiesB ?? []));
  const all = [...unitsA, ...unitsB];
  const frequency = new Map<string, number>();
  for (const u of all) for (const t of u.terms) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const weightOf = (term: string): number => {
    const df = frequency.get(term) ?? 0;
    if (df === 0 || df > Math.max(2, KEY_TERM_SHARE * all.length)) return 0;
    if ([...term].length < KEY_TERM_LETTERS && !conceptLabels.has(term) && !placeholderLabels.has(term))
      return 0;
    return Math.log(all.length / df);
  };
  const vectors = vectorise(
    unitsB.map((u) => u.texts),
    unitsA.map((u) => u.texts),
  );
  const { cosine } = cosineMatrix(vectors.earlier, vectors.later, vectors.termCount);
  const rows = unitsA.length;
  const columns = unitsB.length;
  const score = new Float32Array(rows * columns);
  const enoughKeyWeight = Math.log(all.length / 2);
  const total = (categoryScore: number, keyWeight: number, text: number, unitScore: number) =>
    // A pair needs a category in common or a key term of weight: common words alone are no precedent.
    categoryScore === 0 && keyWeight < enoughKeyWeight
      ? 0
      : ALIGN_WEIGHTS.categories * categoryScore +
        ALIGN_WEIGHTS.keyTerms * (1 - Math.exp(-keyWeight / KEY_TERM_SCALE)) +
        ALIGN_WEIGHTS.text * text +
        ALIGN_WEIGHTS.units * unitScore;
  const categoryScoreOf = (common: number, a: number, b: number) =>
    common === 0 ? 0 : 0.5 + (0.5 * common) / (a + b - common);
  const textOf = (i: number, j: number) => Math.max(0, Math.min(1, cosine[i * columns + j] as number));
  const sharedUnits = (ua: Unit, ub: Unit) => {
    if (ua.quantities.length === 0 || ub.quantities.length === 0) return { units: [], score: 0 };
    const match = compareQuantities(ua.quantities, ub.quantities);
    const units = [...new Set([...match.same.map((q) => q.unit), ...match.changed.map(([, q]) => q.unit)])];
    const most = Math.max(distinctUnits(ua.quantities), distinctUnits(ub.quantities));
    return { units, score: units.length === 0 ? 0 : units.length / most };
  };
  // The n × m loop on ids: each unit's key terms (sorted ids with their weights) and categories as ids.
  const ids = new Map<string, number>();
  const idOf = (key: string) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  const keysOf = (u: Unit) => {
    const terms = Int32Array.from([...u.terms].filter((t) => weightOf(t) > 0).map((t) => idOf(t))).sort();
    const weight = new Map([...u.terms].map((t) => [ids.get(t), weightOf(t)]));
    return { terms, weights: Float64Array.from(terms, (t) => weight.get(t) ?? 0) };
  };
  const keysA = unitsA.map(keysOf);
  const keysB = unitsB.map(keysOf);
  const categoriesOf = (u: Unit) =>
    Int32Array.from([...u.categories.keys()].map((k) => idOf(`category ${k}`)));
  const categoriesA = unitsA.map(categoriesOf);
  const categoriesB = unitsB.map(categoriesOf);
  for (let i = 0; i < rows; i++) {
    const ka = keysA[i] as { terms: Int32Array; weights: Float64Array };
    const ca = categoriesA[i] as Int32Array;
    for (let j = 0; j < columns; j++) {
      const kb = keysB[j] as { terms: Int32Array; weights: Float64Array };
      const cb = categoriesB[j] as Int32Array;
      let common = 0;
      for (const c of ca) if (cb.includes(c)) common++;
      let keyWeight = 0;
      for (let x = 0, y = 0; x < ka.terms.length && y < kb.terms.length; ) {
        const tx = ka.terms[x] as number;
        const ty = kb.terms[y] as number;
        if (tx === ty) {
          keyWeight += ka.weights[x] as number;
          x++;
          y++;
        } else if (tx < ty) x++;
        else y++;
      }
      const unitScore = sharedUnits(unitsA[i] as Unit, unitsB[j] as Unit).score;
      score[i * columns + j] = total(
        categoryScoreOf(common, ca.length, cb.length),
        keyWeight,
        textOf(i, j),
        unitScore,
      );
    }
  }
  /** What a pair rests on, for the pairs taken (the same score as the loop above, with its parts named). */
  const evidence = (i: number, j: number) => {
    const ua = unitsA[i] as Unit;
    const ub = unitsB[j] as Unit;
    const categories = [...ua.categories.keys()].filter((k) => ub.categories.has(k));
    const shared = [...ua.terms].filter((t) => ub.terms.has(t) && weightOf(t) > 0);
    shared.sort((x, y) => weightOf(y) - weightOf(x) || (x < y ? -1 : 1));
    const keyWeight = shared.reduce((sum, t) => sum + weightOf(t), 0);
    const units = sharedUnits(ua, ub);
    const categoryScore = categoryScoreOf(categories.length, ua.categories.size, ub.categories.size);
    const text = textOf(i, j);
    return {
      categories,
      shared,
      units: units.units,
      text,
      total: total(categoryScore, keyWeight, text, units.score),
      ua,
      ub,
    };
  };
  const match = assignOneToOne({
    rows,
    columns,
    score,
    threshold: options.threshold ?? ALIGN_THRESHOLD,
    related: () => [],
  });
  const pairs: AlignedPair[] = [];
  const matchedB = new Set<number>();
  match.forEach((j, i) => {
    if (j < 0) return;
    matchedB.add(j);
    const e = evidence(i, j);
    const categories = e.categories.map((k) => name(e.ua.categories.get(k) ?? k));
    const keyTerms = [
      ...new Set(
        e.shared.map((t) => conceptLabels.get(t) ?? placeholderLabels.get(t) ?? e.ua.surface.get(t) ?? t),
      ),
    ].slice(0, KEY_TERMS_SHOWN);
    pairs.push({
      a: e.ua.point.id,
      b: e.ub.point.id,
      score: round(e.total),
      categories,
      keyTerms,
      units: e.units,
      textSimilarity: round(e.text),
      reasons: reasonsOf(categories, keyTerms, e.units, e.text),
    });
  });
  return {
    pairs,
    onlyA: unitsA.filter((_, i) => (match[i] as number) < 0).map((u) => u.point.id),
    onlyB: unitsB.filter((_, j) => !matchedB.has(j)).map((u) => u.point.id),
  };
}

/** Top-level points with their sub-points' words, categories and quantities, texts neutralised and folded. */
function unitsOf(points: readonly CandidatePoint[], neutralise: (text: string) => string): Unit[] {
  const full = fullTexts(points);
  const ids = new Set(points.map((p) => p.id));
  const topOf = (p: CandidatePoint): string => {
    let at = p;
    const seen = new Set<string>();
    while (at.parentPointId !== null && ids.has(at.parentPointId) && !seen.has(at.id)) {
      seen.add(at.id);
      at = points.find((q) => q.id === at.parentPointId) as CandidatePoint;
    }
    return at.id;
  };
  const byTop = new Map<string, CandidatePoint[]>();
  for (const p of points) {
    const top = topOf(p);
    byTop.set(top, [...(byTop.get(top) ?? []), p]);
  }
  const ordered = points
    .map((p, k) => ({ p, k }))
    .filter(({ p }) => p.parentPointId === null || !ids.has(p.parentPointId))
    .sort((x, y) => x.p.ordinal - y.p.ordinal || x.k - y.k);
  return ordered.map(({ p, k }) => {
    const family = byTop.get(p.id) ?? [p];
    const texts: Record<string, string> = {};
    const terms = new Set<string>();
    const surface = new Map<string, string>();
    for (const [language, t] of Object.entries(full[k] ?? p.text)) {
      const rewritten = foldConcepts(neutralise(t), language);
      texts[language] = rewritten;
      for (const m of rewritten.matchAll(WORD)) {
        for (const term of termsOf(m[0], language)) {
          if (term.startsWith('#')) continue;
          terms.add(term);
          if (!surface.has(term)) surface.set(term, m[0].toLocaleLowerCase());
        }
      }
    }
    const categories = new Map<string, string>();
    for (const q of family)
      for (const c of q.categories) if (!categories.has(categoryKey(c))) categories.set(categoryKey(c), c);
    return {
      point: p,
      texts,
      categories,
      quantities: family.flatMap((q) => [...q.quantities]),
      terms,
      surface,
    };
  });
}

const distinctUnits = (quantities: readonly Quantity[]) =>
  new Set(quantities.map((q) => q.unit.toLocaleLowerCase())).size;
const round = (x: number) => Math.round(x * 1000) / 1000;

function reasonsOf(categories: string[], keyTerms: string[], units: string[], text: number): string[] {
  const out: string[] = [];
  if (categories.length > 0) out.push(`both are about ${list(categories)}`);
  if (keyTerms.length > 0) out.push(`both speak of ${list(keyTerms)}`);
  if (units.length > 0) out.push(`both give figures in ${list(units)}`);
  if (text >= 0.2) out.push(`${Math.round(text * 100)}% alike in wording once party names are set aside`);
  return out;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
