// How the version check names what differs between the page and the log, for a reader.
import type { Difference } from './replay-version.ts';

/** One difference in words, naming the point by its number as the page shows it. */
export function differenceWords(d: Difference): string {
  const quote = (s: string | null) => (s === null ? 'no text' : `“${s}”`);
  switch (d.kind) {
    case 'label':
      return `The page shows the title ${quote(d.page)}; the log records ${quote(d.log)}.`;
    case 'note':
      return `The version’s note on the page differs from the one in the log (${quote(d.log)}).`;
    case 'text':
      return `Point ${d.number} (${d.lang}): the page shows ${quote(d.page)}; the log records ${quote(d.log)}.`;
    case 'number':
      return `The point numbered ${d.page} on the page is numbered ${d.log} in the log.`;
    case 'point-note':
      return `Point ${d.number}: the note on the page differs from the one in the log (${quote(d.log)}).`;
    case 'not-in-log':
      return `Point ${d.number} is on the page but no verified entry adds it to this version.`;
    case 'not-on-page':
      return `Point ${d.number} is in the log but not on the page.`;
  }
}
