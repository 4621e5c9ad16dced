// Party names out of the way: across processes the same provision names other parties ("Israeli forces pull
// back", "both sides pull back"; "Board of Peace", "Peace Council"), so before two plans are compared each
// process's parties and their aliases are replaced by one placeholder per kind of party (a party, the mediator,
// the guarantor, …). Two texts then meet on "the guarantor" instead of differing on its name. The names are
// found by the plain-text parser's rules: whole words, any case, a name of five letters or more also with a
// short ending ("Israeli", "Russia's", "Ukrainian"); an alias in capitals of up to five letters ("US", "PA")
// only in capitals, so the word "us" is not the United States.

/** A party of the process a plan belongs to. */
export type NamedParty = { name: string; aliases: readonly string[]; kind?: string };

/** The word each kind of party becomes: letters only, so it survives tokenisation, and found in no language. */
export const PLACEHOLDERS = {
  party: 'qqparty',
  mediator: 'qqmediator',
  intermediary: 'qqintermediary',
  guarantor: 'qqguarantor',
  monitor: 'qqmonitor',
  observer: 'qqobserver',
} as const satisfies Record<string, string>;

/** What a placeholder stands for, in a reason a reader follows. */
export const PLACEHOLDER_LABELS: Readonly<Record<string, string>> = {
  party: 'a party',
  mediator: 'the mediator',
  intermediary: 'an intermediary',
  guarantor: 'the guarantor body',
  monitor: 'a monitor',
  observer: 'an observer',
};

const MAX_ENDING = 3;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAcronym = (alias: string) => {
  const bare = alias.replace(/[.\s]/g, '');
  return bare.length <= 5 && bare === bare.toUpperCase() && /\p{Lu}/u.test(bare);
};
const placeholderOf = (kind: string | undefined): string =>
  (PLACEHOLDERS as Record<string, string>)[kind ?? 'party'] ?? PLACEHOLDERS.party;

/**
 * Prepares the names once; the function then replaces every mention of a party in a text by its kind's
 * placeholder. Longer names are tried first, so "Russian Federation" is one mention, not "Russia" and a word.
 */
export function neutraliser(parties: readonly NamedParty[]): (text: string) => string {
  const names: { written: string; placeholder: string }[] = [];
  for (const party of parties)
    for (const written of new Set([party.name, ...party.aliases]))
      if (written.trim() !== '')
        names.push({ written: written.trim(), placeholder: placeholderOf(party.kind) });
  if (names.length === 0) return (text) => text;
  names.sort((a, b) => b.written.length - a.written.length);
  const byPattern = new Map<string, string>();
  const exact: string[] = [];
  const folded: string[] = [];
  for (const { written, placeholder } of names) {
    const words = written.split(/\s+/).map(escapeRegExp).join('\\s+');
    if (isAcronym(written)) {
      exact.push(words);
      byPattern.set(written, placeholder);
      continue;
    }
    const single = !/\s/.test(written) && [...written].length >= 5;
    // A single long name also matches with a short ending ("Russia" → "Russian", "Russia's").
    folded.push(single ? `${words}[\\p{L}'\u2019]{0,${MAX_ENDING + 1}}` : words);
    byPattern.set(written.toLocaleLowerCase(), placeholder);
  }
  const around = (alternatives: string[], flags: string) =>
    alternatives.length === 0
      ? null
      : new RegExp(`(?<![\\p{L}\\p{M}\\p{Nd}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{Nd}])`, flags);
  const exactPattern = around(exact, 'gu');
  const foldedPattern = around(folded, 'giu');
  const lookup = (found: string, caseless: boolean): string => {
    const key = found.replace(/\s+/g, ' ');
    if (!caseless) return byPattern.get(key) ?? PLACEHOLDERS.party;
    const lower = key.toLocaleLowerCase();
    for (const { written, placeholder } of names)
      if (!isAcronym(written) && lower.startsWith(written.toLocaleLowerCase())) return placeholder;
    return PLACEHOLDERS.party;
  };
  return (text: string): string => {
    let out = text;
    if (foldedPattern) out = out.replace(foldedPattern, (m) => ` ${lookup(m, true)} `);
    if (exactPattern) out = out.replace(exactPattern, (m) => ` ${lookup(m, false)} `);
    return out;
  };
}
