// Conditional clauses in a point's text, read conservatively, one sentence or clause at a time:
//   "If X, Y" / "If X then Y" / "Y if X" / "Y in the event of X" → { if: X, then: Y }
//   "In the event that X, Y" / "In the event of X, Y" / "In case X, Y" / "Should X, Y"
//   "Y, provided that X" / "Y provided X" / "Y on condition that X"
//   "Y unless X"                                    → { if: "unless X", then: Y } (the negation kept in words)
//   Russian and Ukrainian: "Если X, (то) Y", "В случае (если) X, Y", "Якщо X, (то) Y", "У разі (якщо) X, Y",
//   "Y при условии, что X", "Y за умови, що X".
// A clause longer than 600 characters on either side is left alone: at that length the split is a guess.
export type FoundCondition = { if: string; then: string };

const MAX_CLAUSE = 600;
const LEADING =
  /^(?:if|in the event that|in the event of|in case of|in case|should|если|в случае если|в случае|якщо|у разі якщо|у разі|в разі)\s+(.+?)(?:,\s*(?:then\s+|то\s+)?|\s+then\s+|\s+то\s+)(.+)$/isu;
const TRAILING =
  /^(.+?),?\s+(?:provided that|providing that|on condition that|при условии,? что|за умови,? що)\s+(.+)$/isu;
const UNLESS = /^(.+?),?\s+(unless|если не|якщо не)\s+(.+)$/isu;
const MIDDLE_IF =
  /^(.{12,}?)\s+(?:if|in the event that|in the event of|in case of|если|якщо|в случае|у разі)\s+(.+)$/isu;
const NOT_CONDITIONAL = /(?:\b(?:as|even|only|and|or|whether|what)\s*$)/i;
const IDIOM = /^(?:any|necessary|needed|required|applicable|appropriate|possible|so|not|at all)\b/i;

/** Splits a text into sentences and semicolon clauses, without cutting "U.S." or "e.g.". */
export function clauses(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?;]+(?=\s+["“«(]?[\p{Lu}\p{Nd}])|;\s*/gu;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    const head = text.slice(Math.max(start, m.index - 6), m.index + 1);
    if (
      m[0].startsWith('.') &&
      /(?:^|[\s(])(?:\p{Lu}|\p{Lu}\.\p{Lu}|Mr|Mrs|Ms|Dr|St|No|Art|vs|e\.g|i\.e|incl|approx)\.$/u.test(head)
    )
      continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  out.push(text.slice(start).trim());
  return out.filter((c) => c !== '');
}

const clean = (s: string) =>
  s
    .trim()
    .replace(/[\s,;:.]+$/u, '')
    .trim();
const ok = (c: FoundCondition) =>
  c.if.length >= 3 && c.then.length >= 3 && c.if.length <= MAX_CLAUSE && c.then.length <= MAX_CLAUSE;

/** The conditions a text states, in order. */
export function findConditions(text: string): FoundCondition[] {
  const found: FoundCondition[] = [];
  for (const clause of clauses(text)) {
    if (clause.length > 2 * MAX_CLAUSE + 40) continue;
    const c = readClause(clause);
    if (c && ok(c)) found.push(c);
  }
  return found;
}

function readClause(clause: string): FoundCondition | null {
  const leading = LEADING.exec(clause);
  if (leading) {
    const head = clause.slice(0, clause.length - (leading[1]?.length ?? 0) - (leading[2]?.length ?? 0));
    // "Should X, Y" only when "should" opens the sentence (it is otherwise a plain modal).
    if (!/^should\s/i.test(head) || clause.includes(','))
      return { if: clean(leading[1] ?? ''), then: clean(leading[2] ?? '') };
  }
  const trailing = TRAILING.exec(clause);
  if (trailing) return { if: clean(trailing[2] ?? ''), then: clean(trailing[1] ?? '') };
  const unless = UNLESS.exec(clause);
  if (unless)
    return { if: `${unless[2]?.toLowerCase()} ${clean(unless[3] ?? '')}`, then: clean(unless[1] ?? '') };
  const middle = MIDDLE_IF.exec(clause);
  if (
    middle &&
    !NOT_CONDITIONAL.test(middle[1] ?? '') &&
    !IDIOM.test(middle[2] ?? '') &&
    !/,$/.test(middle[1] ?? '')
  )
    return { if: clean(middle[2] ?? ''), then: clean(middle[1] ?? '') };
  return null;
}
