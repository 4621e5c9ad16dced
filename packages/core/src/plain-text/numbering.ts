// The marker that opens a point or sub-point, read from the start of a line: "1.", "1)", "(1)", "1:", "1 –",
// "1-", "Point 1 –", "Пункт 1.", "10a.", "12bis", "1.2", "a)", "(a)", "A.", "а)", "(i)", "IV.", bullets (- • * – ▪ ◦)
// and arrows (→ -> =>). Numbers may be in any script. Whether a marker really opens a point depends on its
// neighbours (is "i" a letter after "h" or a roman one?); parse-plan.ts decides that, this file only reads.
import { asciiDigits } from './numbers.ts';

export type MarkerKind = 'decimal' | 'alpha-lower' | 'alpha-upper' | 'roman-lower' | 'roman-upper' | 'bullet';

/** One way of reading a marker: `style` tells levels apart ("decimal.", "alpha-lower)", "bullet•"). */
export type MarkerReading = {
  kind: MarkerKind;
  style: string;
  /** The number as it is kept: "1", "10a", "1.2", "b", "iv"; "" for a bullet. */
  label: string;
  /** Position in its sequence (1 for "1", "a", "i"); 0 for a bullet. */
  value: number;
};

export type Marker = {
  /** The likelier reading first; a letter such as "i", "v" or "x" has two. */
  readings: MarkerReading[];
  /** The line's text after the marker. */
  rest: string;
};

const BULLET = /^(->|=>|-|–|—|•|\*|·|▪|▫|◦|‣|○|●|■|□|➢|➤|►|▶|→|⇒|✓|✔)(?:\s+|$)/u;
const WORD =
  /^(?:\*\*|__)?(?:point|item|article|clause|section|chapter|paragraph|pt\.|art\.|para\.|пункт|п\.|стаття|статья|статтю|пункту)(?:\s*(?:№\s*)?(\p{Nd}{1,5}(?:\.\p{Nd}{1,3})*(?:[a-z]|bis|ter)?)|\s+([IVXLC]{1,7}))(?:\*\*|__)?\s*(?:[.:)–—-](?:\*\*|__)?(?:\s+|$)|$)/iu;
const DECIMAL =
  /^(?:\*\*|__)?([(（])?(\p{Nd}{1,5})((?:\.\p{Nd}{1,3})*)([a-z]|bis|ter|[а-яі])?(?:([)）])|([.:．：])|\s?([–—])|\s?(-))?(?:\*\*|__)?(?:(?=\s|$)|(?<=[．：）]))\s*/u;
const LETTER = /^(\()?([a-zA-Zа-яА-ЯіІєЄ])(\)|\.)(?:\s+|$)/u;
const ROMAN = /^(\()?([ivxlcdm]{1,7}|[IVXLCDM]{1,7})(\)|\.)(?:\s+|$)/u;

const ROMAN_VALUE: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** The value of a well-formed roman numeral up to 3999 ("iv" 4, "xii" 12), or null ("iiii", "vx"). */
export function romanValue(numeral: string): number | null {
  const s = numeral.toLowerCase();
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUE[s[i] ?? ''] ?? 0;
    const next = ROMAN_VALUE[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && toRoman(total) === s ? total : null;
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** The position of a letter in its alphabet (a = 1; Ukrainian letters as in the Russian alphabet order). */
function letterValue(letter: string): number {
  const l = letter.toLowerCase();
  if (l >= 'a' && l <= 'z') return l.charCodeAt(0) - 96;
  const ukrainian = 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя';
  const russian = 'абвгдежзийклмнопрстуфхцчшщъыьэюя';
  const i = russian.indexOf(l);
  return i >= 0 ? i + 1 : ukrainian.indexOf(l) + 1;
}

const shape = (open: string | undefined, close: string | undefined) =>
  open ? '()' : close === ')' || close === '）' ? ')' : '.';

/** Reads the marker at the start of a trimmed line, or null when the line does not start with one. */
export function readMarker(text: string): Marker | null {
  const word = WORD.exec(text);
  // "Article IV": a roman number after the word only in capitals ("Point in …" is a sentence).
  const wordRoman = word?.[2];
  const romanNumber =
    wordRoman !== undefined && wordRoman === wordRoman.toUpperCase() ? romanValue(wordRoman) : null;
  if (word && (wordRoman === undefined || romanNumber !== null)) {
    const label = wordRoman ?? asciiDigits(word[1] ?? '').toLowerCase();
    const value = romanNumber ?? Number.parseInt(label, 10);
    return { readings: [{ kind: 'decimal', style: 'word', label, value }], rest: text.slice(word[0].length) };
  }
  const decimal = DECIMAL.exec(text);
  if (decimal) {
    const [all, open, whole = '', dotted = '', suffix, close, point, dash, hyphen] = decimal;
    const depth = dotted ? dotted.split('.').length - 1 : 0;
    // A bare "12 " or "1.5 " is a number in a sentence; a marker needs its punctuation, or (for "1.2") a
    // capital after it, or a parenthesis round it.
    const punctuated =
      close !== undefined || point !== undefined || dash !== undefined || hyphen !== undefined;
    const rest = text.slice(all.length);
    const capitalNext = /^[\p{Lu}"“«(]/u.test(rest);
    if ((open && !close) || (!open && close === undefined && !punctuated && !(depth > 0 && capitalNext)))
      return null;
    const label = asciiDigits(whole + dotted) + (suffix ?? '');
    const last = asciiDigits(dotted ? (dotted.split('.').pop() ?? '') : whole);
    const form = depth > 0 ? `dotted${depth}` : shape(open, close);
    return {
      readings: [{ kind: 'decimal', style: `decimal${form}`, label, value: Number.parseInt(last, 10) }],
      rest,
    };
  }
  const roman = ROMAN.exec(text);
  const letter = LETTER.exec(text);
  const readings: MarkerReading[] = [];
  if (roman) {
    const [, open, numeral = '', close] = roman;
    const value = romanValue(numeral);
    if (value !== null && (open === undefined || close === ')')) {
      const kind = numeral === numeral.toLowerCase() ? 'roman-lower' : 'roman-upper';
      readings.push({ kind, style: `${kind}${shape(open, close)}`, label: numeral, value });
    }
  }
  if (letter) {
    const [, open, ch = '', close] = letter;
    if (open === undefined || close === ')') {
      const kind = ch === ch.toLowerCase() ? 'alpha-lower' : 'alpha-upper';
      readings.push({ kind, style: `${kind}${shape(open, close)}`, label: ch, value: letterValue(ch) });
    }
  }
  if (readings.length > 0) {
    const first = roman && readings[0]?.kind.startsWith('roman') ? roman[0] : (letter?.[0] ?? '');
    // "i" alone is more often the first roman numeral; "c", "d", "l", "m" and "v"/"x" alone are letters first.
    if (readings.length === 2 && !/^(\()?[iI]\b/.test(text)) readings.reverse();
    return { readings, rest: text.slice(first.length) };
  }
  const bullet = BULLET.exec(text);
  if (bullet) {
    return {
      readings: [{ kind: 'bullet', style: `bullet${bullet[1]}`, label: '', value: 0 }],
      rest: text.slice(bullet[0].length),
    };
  }
  return null;
}
