// One score 0–1 per (later, earlier) pair from all the signals, and the reasons a pair's score rests on.
import { fullTexts } from './full-text.ts';
import { type Place, placesOf } from './position.ts';
import {
  categoryIds,
  compareCategories,
  compareCategoryIds,
  compareNumbers,
  comparePlaces,
  compareQuantities,
  placeReason,
  quantityLabel,
} from './signals.ts';
import { cosineMatrix, type TextVectors, vectorise, wordsShared } from './tf-idf.ts';
import { numbersIn } from './tokens.ts';
import type { CandidatePoint } from './types.ts';

/** What each signal weighs; the words carry most. Without a common language the numbers stand in for them. */
export const WEIGHTS = { text: 0.6, quantities: 0.15, categories: 0.12, place: 0.1, number: 0.03 } as const;
/** A pair compared without a common language is less certain. */
const NO_COMMON_LANGUAGE = 0.8;
/**
 * A pair needs evidence beyond category and place: this cosine of words in a common language, or a quantity of
 * the same unit (an amended figure), or without a common language a number in common.
 */
export const MINIMUM_COSINE = 0.05;
/** A point that moves between levels (a sub-point become a point) is less likely than one that stays. */
const OTHER_LEVEL = 0.75;

export type Features = {
  point: CandidatePoint;
  place: Place;
  vectors: TextVectors;
  numbers: Set<number>;
};

export type Scores = {
  earlier: Features[];
  later: Features[];
  /** Row per later point, column per earlier point. */
  score: Float32Array;
  cosine: Float32Array;
  shared: Uint8Array;
  /** 1 where the pair has evidence beyond category and place (see MINIMUM_COSINE). */
  evidence: Uint8Array;
};

export function scorePairs(earlier: readonly CandidatePoint[], later: readonly CandidatePoint[]): Scores {
  const places = placesOf([...earlier, ...later]);
  // Texts compared twice: a point's own words, and with those of its sub-points; the closer reading counts.
  const vectors = vectorise(
    earlier.map((p) => p.text),
    later.map((p) => p.text),
  );
  const features = (points: readonly CandidatePoint[], v: TextVectors[]): Features[] =>
    points.map((point, k) => ({
      point,
      place: places.get(point.id) as Place,
      vectors: v[k] as TextVectors,
      numbers: new Set([
        ...Object.values(point.text).flatMap(numbersIn),
        ...point.quantities.map((q) => q.value),
      ]),
    }));
  const e = features(earlier, vectors.earlier);
  const l = features(later, vectors.later);
  const { cosine, shared } = cosineMatrix(vectors.earlier, vectors.later, vectors.termCount);
  if (earlier.some((p) => p.parentPointId !== null) || later.some((p) => p.parentPointId !== null)) {
    const whole = vectorise(fullTexts(earlier), fullTexts(later));
    const wholeCosine = cosineMatrix(whole.earlier, whole.later, whole.termCount).cosine;
    for (let k = 0; k < cosine.length; k++)
      cosine[k] = Math.max(cosine[k] as number, wholeCosine[k] as number);
  }
  const m = e.length;
  const score = new Float32Array(l.length * m);
  const evidence = new Uint8Array(l.length * m);
  // Per point once, so the n × m loop below only reads numbers.
  const ids = new Map<string, number>();
  const categories = (fs: Features[]) => fs.map((f) => categoryIds(f.point.categories, ids));
  const eCategories = categories(e);
  const lCategories = categories(l);
  const numbers = new Map<string, number>();
  const numberId = (f: Features) => {
    const key = f.point.number.trim();
    const id = numbers.get(key) ?? numbers.size;
    numbers.set(key, id);
    return id;
  };
  const eNumbers = Int32Array.from(e, numberId);
  const lNumbers = Int32Array.from(l, numberId);
  for (let i = 0; i < l.length; i++) {
    const b = l[i] as Features;
    const bCategories = lCategories[i] as Int32Array;
    for (let j = 0; j < m; j++) {
      const a = e[j] as Features;
      const k = i * m + j;
      const common = (shared[k] as number) > 0;
      const text = common ? (cosine[k] as number) : (compareNumbers(a.numbers, b.numbers) ?? 0);
      const quantities = quickQuantities(a.point, b.point);
      evidence[k] = (common ? text >= MINIMUM_COSINE : text > 0) || quantities >= 0.5 ? 1 : 0;
      // A point without categories says nothing of them: the other signals then carry the whole weight.
      const aCategories = eCategories[j] as Int32Array;
      const categorised = aCategories.length > 0 && bCategories.length > 0;
      const s =
        (WEIGHTS.text * text +
          WEIGHTS.quantities * quantities +
          (categorised ? WEIGHTS.categories * compareCategoryIds(aCategories, bCategories) : 0) +
          WEIGHTS.place * comparePlaces(a.place, b.place) +
          WEIGHTS.number * (eNumbers[j] === lNumbers[i] ? 1 : 0)) /
        (categorised ? 1 : 1 - WEIGHTS.categories);
      score[k] = s * (common ? 1 : NO_COMMON_LANGUAGE) * (a.place.depth === b.place.depth ? 1 : OTHER_LEVEL);
    }
  }
  return { earlier: e, later: l, score, cosine, shared, evidence };
}

// Most points carry no quantities: skip the matching then.
function quickQuantities(a: CandidatePoint, b: CandidatePoint): number {
  if (a.quantities.length === 0 && b.quantities.length === 0) return 0.3;
  return compareQuantities(a.quantities, b.quantities).similarity;
}

/** Why the later point resembles the earlier one, strongest first. */
export function reasonsFor(earlier: Features, later: Features): string[] {
  const reasons: string[] = [];
  const shared = wordsShared(earlier.vectors, later.vectors);
  if (shared === null)
    reasons.push('no language in common: compared by numbers, quantities, categories and place');
  else if (shared > 0) reasons.push(`${Math.round(shared * 100)}% of words shared`);
  const q = compareQuantities(earlier.point.quantities, later.point.quantities);
  for (const same of q.same) reasons.push(`same quantity ${quantityLabel(same)}`);
  for (const [was, now] of q.changed)
    reasons.push(`quantity changed ${quantityLabel(was)} → ${quantityLabel(now)}`);
  const main = earlier.point.categories[0];
  if (main !== undefined && main.trim().toLowerCase() === later.point.categories[0]?.trim().toLowerCase())
    reasons.push(`same category ${main}`);
  else if (compareCategories(earlier.point.categories, later.point.categories) > 0)
    reasons.push('a category in common');
  const place = placeReason(earlier.place, later.place);
  if (place) reasons.push(place);
  if (earlier.point.number.trim() === later.point.number.trim())
    reasons.push(`same number ${later.point.number}`);
  return reasons;
}
