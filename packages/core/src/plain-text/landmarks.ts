// What a line is, by its looks alone: a heading, a trailer's opening ("Source: …", "(Reporting by …)"), a byline,
// a finished sentence; and which marker style numbers the points themselves. layout.ts decides with these.
import type { Marker } from './numbering.ts';

/** `## Territory`, or a whole line in bold (`**Security guarantees**`). */
export const MARKDOWN_HEADING = /^(?:#{1,6}\s+\S.*|(?:\*\*|__)[^*_].{0,100}(?:\*\*|__):?)$/u;
/** How what follows a plan in an article starts: a source, a credit, a copyright, an end mark, a rule. */
export const TRAILER =
  /^(?:\(?(?:source|sources|reporting by|reported by|editing by|edited by|written by|compiled by|additional reporting|with reporting|translated by|transcript|photo|image|credit|источник|джерело|по материалам)\b|©|copyright\b|all rights reserved|\(?ends?\)?$|-{3,}$|\*{3,}$|#{3,}$|_{3,}$)/iu;
/** A byline after a dash: one to five capitalised words ("— The White House", "– Jane Doe"). */
export const ATTRIBUTION = /^\p{Lu}[\p{L}.'’&-]*(?:\s+(?:of|the|de|\p{Lu}[\p{L}.'’&-]*)){0,4}[.,]?$/u;
// Tested on a text's last character only: a regular expression anchored at the end scans the whole text.
export const SENTENCE_END = /[.!?;:"”»)\]]$/u;

/** A short line that names what follows: no sentence punctuation at its end, not a lower-case fragment. */
export function headingLike(text: string): boolean {
  return (
    text.length <= 80 &&
    text.split(' ').length <= 10 &&
    !/[.,;!?]$/.test(text) &&
    !/^\p{Ll}/u.test(text) &&
    /\p{L}/u.test(text)
  );
}

/**
 * The style that numbers the points themselves: the earliest numbered style ("1.", "Point 1") used twice or more,
 * else the first style used if it is numbered, else the earliest letter or roman style used twice or more, else
 * the first style used.
 */
export function pointStyle(markers: (Marker | null)[]): string | null {
  const count = new Map<string, number>();
  for (const m of markers) {
    const style = m?.readings[0]?.style;
    if (style) count.set(style, (count.get(style) ?? 0) + 1);
  }
  const styles = [...count.keys()];
  const numbered = (s: string) => s === 'word' || s.startsWith('decimal');
  const repeated = (s: string) => (count.get(s) ?? 0) >= 2;
  const first = styles[0];
  return (
    styles.find((s) => numbered(s) && repeated(s)) ??
    (first !== undefined && numbered(first) ? first : undefined) ??
    styles.find((s) => !s.startsWith('bullet') && repeated(s)) ??
    first ??
    null
  );
}
