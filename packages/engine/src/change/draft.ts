// Reads a draft package given by people: issue name → option label (as results print them), or the labels in
// issue order. Anything that does not name exactly one existing option per issue is refused, saying which.
import type { Outcome, Scenario } from '../model.ts';

export function draftFromJson(s: Scenario, value: unknown): Outcome {
  const label = (x: unknown, issue: string): string => {
    if (typeof x === 'string') return x;
    if (typeof x === 'number' && Number.isFinite(x)) return String(x);
    throw new RangeError(`draft: the value for issue "${issue}" must be an option label`);
  };
  const pick = (i: number, x: unknown): number => {
    const issue = s.issues[i];
    if (!issue) throw new RangeError('draft: too many values');
    const text = label(x, issue.name);
    const o = issue.options.indexOf(text);
    if (o < 0) {
      const known = issue.options.slice(0, 12).join(', ');
      throw new RangeError(
        `draft: issue "${issue.name}" has no option "${text}" (options: ${known}${issue.options.length > 12 ? ', …' : ''})`,
      );
    }
    return o;
  };
  if (Array.isArray(value)) {
    if (value.length !== s.issues.length) {
      throw new RangeError(`draft: expected ${s.issues.length} values in issue order, got ${value.length}`);
    }
    return value.map((x, i) => pick(i, x));
  }
  if (value === null || typeof value !== 'object') {
    throw new RangeError('draft: expected a JSON object {"issue": "option", …} or an array of options');
  }
  const entries = value as Record<string, unknown>;
  const names = new Set(s.issues.map((i) => i.name));
  for (const key of Object.keys(entries)) {
    if (!names.has(key)) throw new RangeError(`draft: no issue named "${key}"`);
  }
  return s.issues.map((issue, i) => {
    if (!Object.hasOwn(entries, issue.name))
      throw new RangeError(`draft: no option given for issue "${issue.name}"`);
    return pick(i, entries[issue.name]);
  });
}
