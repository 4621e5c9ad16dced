// Lines that belong to the page a plan was printed on, not to the plan: page numbers and "Page 2 of 5", a running
// header or footer repeated on every page, and what a news site puts between paragraphs ("Advertisement"). They
// are reported as not understood (never dropped) and do not break a point that runs on across a page break.
import type { SourceLine } from './lines.ts';

const PAGE =
  /^(?:(?:page|p\.|pg\.?|стр\.?|страница|сторінка|seite|página)\s*\p{Nd}{1,4}(?:\s*(?:of|из|з|von|de|\/)\s*\p{Nd}{1,4})?\.?|[-–—]\s*\p{Nd}{1,4}\s*[-–—]|\p{Nd}{1,4}|\p{Nd}{1,4}\s*\/\s*\p{Nd}{1,4}|\p{Nd}{1,4}\s+(?:of|из|з)\s+\p{Nd}{1,4})$/iu;
const WEB_CLUTTER =
  /^(?:advertisement|scroll to continue|skip advertisement|continue reading|story continues below|share this article|sign up for|subscribe|click here|read more|related(?: coverage| articles| stories)?)\b.{0,60}$/iu;
const MAX_RUNNING = 80;

/** True for each line that is page furniture; `isMarker` tells which lines may open a point (never a running header). */
export function findFurniture(lines: SourceLine[], isMarker: (index: number) => boolean): boolean[] {
  const seen = new Map<string, number>();
  lines.forEach((l, i) => {
    if (l.text !== '' && l.text.length <= MAX_RUNNING && !isMarker(i))
      seen.set(l.text, (seen.get(l.text) ?? 0) + 1);
  });
  return lines.map((l, i) => {
    if (l.text === '') return false;
    if (PAGE.test(l.text) || WEB_CLUTTER.test(l.text)) return true;
    if (isMarker(i)) return false;
    // A running header: the same short line more than once, not a sentence's end or a lower-case fragment.
    return (seen.get(l.text) ?? 0) >= 2 && !/^\p{Ll}/u.test(l.text) && !/[.,;:]$/.test(l.text);
  });
}
