// The one rule of what counts as a change a reader can see. The version page, the diff, the analysis (whose
// options are a point's distinct wordings) and the commands that name a derivation all use it, so they cannot
// disagree on whether a point changed. A point's wording is its text in every language, its quantities as shown
// (value and unit; a quantity's description is a tooltip, not the text) and its conditions. Categories are a
// reader's index, not wording: a change of category alone is reported, never called an amendment.
import type { Condition, Multilingual, Quantity } from '../schemas/common.ts';
import type { DerivationOperation } from '../schemas/point.ts';
import { normaliseText } from './words.ts';

export type Wording = {
  number: string;
  text: Multilingual;
  categories: readonly string[];
  quantities: readonly Quantity[];
  conditions: readonly Condition[];
};

export const sameText = (a: string, b: string): boolean => normaliseText(a) === normaliseText(b);

const quantityKey = (q: Quantity) => `${q.value} ${normaliseText(q.unit)}`;
const conditionKey = (c: Condition) => `${normaliseText(c.if)}\u0000${normaliseText(c.then)}`;

/**
 * A key equal for two points exactly when their wordings are the same. Quantities compare as a multiset (their
 * order in the list is not what a reader sees); conditions in order.
 */
export function wordingKey(w: Pick<Wording, 'text' | 'quantities' | 'conditions'>): string {
  const languages = Object.keys(w.text).sort();
  return JSON.stringify([
    languages.map((l) => [l, normaliseText(w.text[l] as string)]),
    w.quantities.map(quantityKey).sort(),
    w.conditions.map(conditionKey),
  ]);
}

export const sameWording = (
  a: Pick<Wording, 'text' | 'quantities' | 'conditions'>,
  b: Pick<Wording, 'text' | 'quantities' | 'conditions'>,
): boolean => wordingKey(a) === wordingKey(b);

export type LanguageChanges = {
  /** Languages whose text differs. */
  changed: string[];
  added: string[];
  removed: string[];
  /** Languages kept word for word while another language's text changed: probably out of date. */
  stale: string[];
};

export type WordingChange = {
  /** The wording differs (text in some language, quantities or conditions): the point is amended. */
  amended: boolean;
  renumbered: boolean;
  text: LanguageChanges;
  quantities: boolean;
  conditions: boolean;
  /** Categories differ; not an amendment. */
  categories: boolean;
};

export function compareWording(before: Wording, after: Wording): WordingChange {
  const text = compareLanguages(before.text, after.text);
  const quantities =
    JSON.stringify(before.quantities.map(quantityKey).sort()) !==
    JSON.stringify(after.quantities.map(quantityKey).sort());
  const conditions =
    JSON.stringify(before.conditions.map(conditionKey)) !==
    JSON.stringify(after.conditions.map(conditionKey));
  const textChanged = text.changed.length + text.added.length + text.removed.length > 0;
  return {
    amended: textChanged || quantities || conditions,
    renumbered: before.number.trim() !== after.number.trim(),
    text,
    quantities,
    conditions,
    categories: [...before.categories].sort().join('\u0000') !== [...after.categories].sort().join('\u0000'),
  };
}

function compareLanguages(before: Multilingual, after: Multilingual): LanguageChanges {
  const changed: string[] = [];
  const kept: string[] = [];
  for (const language of Object.keys(after).sort()) {
    const was = before[language];
    if (was === undefined) continue;
    if (sameText(was, after[language] as string)) kept.push(language);
    else changed.push(language);
  }
  const added = Object.keys(after)
    .filter((l) => before[l] === undefined)
    .sort();
  const removed = Object.keys(before)
    .filter((l) => after[l] === undefined)
    .sort();
  return { changed, added, removed, stale: changed.length > 0 ? kept : [] };
}

/** keep, renumber or amend: what a one-to-one derivation is, by what a reader sees. */
export function contentOperation(before: Wording, after: Wording): DerivationOperation {
  if (!sameWording(before, after)) return 'amend';
  return before.number.trim() === after.number.trim() ? 'keep' : 'renumber';
}
