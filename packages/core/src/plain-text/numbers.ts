// Numbers as printed: digits of any script (Arabic-Indic, Devanagari, full-width…), grouped by commas, dots or
// spaces (600,000 · 600.000 · 600 000 with a thin or no-break space), with a decimal comma or point, or written
// as words ("two", "six", "thirty").

const zeroOf = new Map<number, number>();
const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/u;
const DIGIT = /^\p{Nd}$/u;

/** The value 0–9 of one decimal digit of any script (Unicode digits come in aligned runs of ten). */
export function digitValue(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 48 && cp <= 57) return cp - 48;
  let zero = zeroOf.get(cp);
  if (zero === undefined) {
    zero = cp;
    while (zero > 0 && DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
    zeroOf.set(cp, zero);
  }
  return (cp - zero) % 10;
}

/** Rewrites every digit of any script as an ASCII digit. */
export function asciiDigits(text: string): string {
  if (!NON_ASCII_DIGIT.test(text)) return text;
  return text.replace(/\p{Nd}/gu, (d) => String(digitValue(d)));
}

/**
 * Reads a numeral as printed, e.g. "600,000", "600.000", "600 000", "2,5", "1.234,56", "١٠٠". A separator followed
 * by exactly three digits groups thousands; otherwise it is the decimal mark; with both kinds, the last is the
 * decimal mark. Returns null for anything else.
 */
export function readNumeral(printed: string): number | null {
  const s = asciiDigits(printed).replace(/[\s\u00a0\u202f\u2009']/g, (m) => (m === "'" ? '' : ' '));
  if (!/^\d[\d ,.]*$/.test(s) || /[ ,.]{2}|[ ,.]$/.test(s)) return null;
  const grouped = s.replace(/ /g, ',');
  const commas = grouped.split(',').length - 1;
  const dots = grouped.split('.').length - 1;
  let integer = grouped;
  let fraction = '';
  if (commas > 0 && dots > 0) {
    const decimalMark = grouped.lastIndexOf(',') > grouped.lastIndexOf('.') ? ',' : '.';
    const at = grouped.lastIndexOf(decimalMark);
    integer = grouped.slice(0, at);
    fraction = grouped.slice(at + 1);
    if (decimalMark === ',' ? integer.includes(',') : integer.includes('.')) return null;
  } else if (commas + dots > 0) {
    const mark = commas > 0 ? ',' : '.';
    const parts = grouped.split(mark);
    const groupsOfThree = parts.slice(1).every((p) => p.length === 3) && (parts[0] ?? '').length <= 3;
    if (!groupsOfThree) {
      if (parts.length > 2) return null;
      integer = parts[0] ?? '';
      fraction = parts[1] ?? '';
    }
  }
  const groups = integer.split(/[,.]/);
  if (groups.length > 1 && (groups[0] === '' || groups.slice(1).some((g) => g.length !== 3))) return null;
  const value = Number(`${groups.join('')}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? value : null;
}

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** English number words from "one" to "ninety-nine" ("two", "forty-eight"); null otherwise. */
export function readNumberWord(word: string): number | null {
  const lower = word.toLowerCase();
  const direct = UNITS[lower];
  if (direct !== undefined) return direct;
  const m =
    /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(
      lower,
    );
  return m ? (UNITS[m[1] ?? ''] ?? 0) + (UNITS[m[2] ?? ''] ?? 0) : null;
}

/** The regular-expression source of an English number word, for use inside larger patterns. */
export const NUMBER_WORD_SOURCE =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
