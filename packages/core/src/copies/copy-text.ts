// A copy's text: what a recipient reads, in one language. The plain-text and Markdown renderings are fixed here so
// that a copy's hash is the hash of one exact text (the PDF is drawn from the same structure).
import { sha256, toHex, utf8 } from '@concord/ledger/verify';

export type CopyPoint = {
  /** What stays the same across versions for this point (its lineage), so its choices do too. */
  key: string;
  /** The number as printed: "6", "6.a". */
  number: string;
  /** 0 at the top, 1 for a sub-point, … */
  depth: number;
  text: string;
};

export type CopyText = { title: string; language: string; points: CopyPoint[] };

/** A version's points (as stored) in one language, in reading order, with the depth of each. */
export function copySource(
  title: string,
  language: string,
  points: readonly {
    id: string;
    lineageId: string;
    parentPointId: string | null;
    number: string;
    text: Record<string, string>;
  }[],
): CopyText {
  const depth = new Map<string, number>();
  const out: CopyPoint[] = [];
  for (const p of points) {
    const d = p.parentPointId === null ? 0 : (depth.get(p.parentPointId) ?? 0) + 1;
    depth.set(p.id, d);
    const text = p.text[language];
    if (text !== undefined) out.push({ key: p.lineageId, number: p.number, depth: d, text });
  }
  return { title, language, points: out };
}

/** The plain-text copy: the title, then one paragraph per point, sub-points indented. */
export function renderPlain(copy: CopyText): string {
  const lines = [copy.title, ''];
  for (const p of copy.points) lines.push(`${'    '.repeat(p.depth)}${p.number}. ${p.text}`, '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The Markdown copy: the title as a heading, each point a paragraph with its number in bold. */
export function renderMarkdown(copy: CopyText): string {
  const lines = [`# ${copy.title}`, ''];
  for (const p of copy.points) lines.push(`${'> '.repeat(p.depth)}**${p.number}.** ${p.text}`, '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** hex SHA-256 of a rendering's UTF-8 bytes. */
export function textHash(text: string | Uint8Array): string {
  return toHex(sha256(typeof text === 'string' ? utf8(text) : text));
}
