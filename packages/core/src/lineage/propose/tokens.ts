// The words a text is compared by: Unicode-normalised, lower-cased, numbers read as values (600,000, 600 000 and
// 600.000 are one number), each word cut to a short stem so that inflections meet ("guarantee", "guarantees",
// "guaranteed"). Scripts written without spaces (Chinese, Japanese, Thai, …) are read as pairs of characters.
// No word list of any language: common words weigh little by their frequency (see tf-idf.ts), not by a list.
import { normaliseText } from '../words.ts';

/** Letters kept of a word: enough to tell words apart, few enough to meet across inflections. */
export const STEM_LENGTH = 6;

// A number stands alone: the 8 of "G8" and the 4 of "A4" belong to their words.
const NUMBER =
  /(?<![\p{L}\d.,])(?:\d{1,3}(?:[,.\u00A0\u202F ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\p{L}\d])/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** A written number as a value: "600,000", "600 000" and "600.000" are 600000; "2.5" and "2,5" are 2.5. */
export function readNumber(written: string): number {
  const t = written.replace(/[\u00A0\u202F ]/g, '');
  if (/^\d{1,3}([,.])\d{3}(\1\d{3})*$/.test(t)) return Number(t.replace(/[,.]/g, ''));
  const grouped = /^(\d{1,3}(?:[,.]\d{3})+)([.,]\d+)$/.exec(t);
  if (grouped)
    return Number(`${(grouped[1] as string).replace(/[,.]/g, '')}.${(grouped[2] as string).slice(1)}`);
  return Number(t.replace(',', '.'));
}

/** The numbers written in a text. */
export function numbersIn(text: string): number[] {
  return [...normaliseText(text).matchAll(NUMBER)].map((m) => readNumber(m[0])).filter(Number.isFinite);
}

/**
 * English inflections folded before cutting (plural, -ed, -ing, a doubled consonant, a final e), so "cap",
 * "capped" and "caps" meet; other languages rely on the cut alone.
 */
export function englishStem(word: string): string {
  let w = word.replace(/['\u2019]s$/, '');
  if (w.length <= 2) return w;
  if (/ies$/.test(w)) w = `${w.slice(0, -3)}i`;
  else if (/(?:[sxz]|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (/[^su]s$/.test(w) && w.length > 3) w = w.slice(0, -1);
  if (/ing$/.test(w) && w.length >= 6) w = w.slice(0, -3);
  else if (/ied$/.test(w)) w = `${w.slice(0, -3)}i`;
  else if (/eed$/.test(w)) w = w.slice(0, -1);
  else if (/ed$/.test(w) && w.length >= 4) w = w.slice(0, -2);
  if (/([b-df-hj-km-np-rtv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (/e$/.test(w) && w.length >= 3) w = w.slice(0, -1);
  return w.replace(/y$/, 'i');
}

// Words recur across a plan's points: each is stemmed once.
const stems = new Map<string, string[]>();
const STEM_CACHE = 50_000;

function stem(word: string, english: boolean): string[] {
  const key = english ? `en ${word}` : word;
  let out = stems.get(key);
  if (out === undefined) {
    out = stemOnce(word, english);
    if (stems.size >= STEM_CACHE) stems.clear();
    stems.set(key, out);
  }
  return out;
}

function stemOnce(word: string, english: boolean): string[] {
  if (UNSPACED.test(word)) {
    const chars = [...word];
    if (chars.length < 2) return chars;
    return chars.slice(1).map((c, i) => `${chars[i]}${c}`);
  }
  // Combining accents are dropped so "résumé" and "resume" meet; vowel signs of other scripts stay.
  const plain = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
  return [[...(english ? englishStem(plain) : plain)].slice(0, STEM_LENGTH).join('')];
}

/** The stems of a text in a language (numbers first, as `#value`, then words in reading order). */
export function termsOf(text: string, language = ''): string[] {
  const english = language === 'en' || language.startsWith('en-');
  const normal = normaliseText(text).toLowerCase();
  const terms: string[] = [];
  const rest = normal.replace(NUMBER, (m) => {
    terms.push(`#${readNumber(m)}`);
    return ' ';
  });
  for (const m of rest.matchAll(WORD)) {
    // Combining accents are dropped so "résumé" and "resume" meet; vowel signs of other scripts stay.
    const word = m[0]
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC');
    if (word !== '') terms.push(...stem(word, english));
  }
  return terms;
}
