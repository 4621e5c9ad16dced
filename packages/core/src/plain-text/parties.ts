// The parties a point names, from the process's parties and their aliases: whole words, any case, and simple
// inflections (a name of five letters or more also matches with a short ending: "Russia" finds "Russian",
// "Russia's" and "России"; "Europe" finds "European"). An alias in capitals of up to five letters ("US", "EU",
// "NATO") matches only in capitals, so the word "us" is not the United States.

export type PartyNames = { name: string; aliases?: string[] };

type Alias = { party: string; words: string[]; exact: boolean };

const WORD = /[\p{L}\p{M}\p{Nd}]+(?:[.&][\p{L}\p{M}\p{Nd}]+)*\.?/gu;
const FINAL_VOWEL = /[aeiouyаеёиоуыэюяєіїьй]$/u;
const MAX_ENDING = 3;

const isAcronym = (alias: string) =>
  alias.length <= 5 && alias === alias.toUpperCase() && /\p{Lu}/u.test(alias);
function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) out.push(m[0].endsWith('.') ? m[0].slice(0, -1) : m[0]);
  return out;
}

/** Prepares the names once; `find(text)` then lists the parties a text names, each once, in order of mention. */
export function partyMatcher(parties: PartyNames[]): (text: string) => string[] {
  // Aliases indexed by their first word (as it is compared: exact, lower case, or the stem).
  const exact = new Map<string, Alias[]>();
  const folded = new Map<string, Alias[]>();
  const stems = new Map<string, Alias[]>();
  const add = (map: Map<string, Alias[]>, key: string, alias: Alias) =>
    map.set(key, [...(map.get(key) ?? []), alias]);
  for (const party of parties) {
    for (const name of new Set([party.name, ...(party.aliases ?? [])])) {
      const ws = words(name);
      const first = ws[0];
      if (!first) continue;
      if (isAcronym(name.replace(/[.\s]/g, ''))) {
        add(exact, first, { party: party.name, words: ws, exact: true });
        continue;
      }
      const lower = ws.map((w) => w.toLocaleLowerCase());
      const alias: Alias = { party: party.name, words: lower, exact: false };
      add(folded, lower[0] ?? '', alias);
      if (lower.length === 1 && first.length >= 5)
        add(stems, (lower[0] ?? '').replace(FINAL_VOWEL, ''), alias);
    }
  }
  const longest = (map: Map<string, Alias[]>) => Math.max(0, ...[...map.keys()].map((k) => k.length));
  const maxStem = longest(stems);

  if (exact.size === 0 && folded.size === 0) return () => [];
  return (text: string): string[] => {
    // Plain loops, no closures per call: this runs once per point of a plan that may have thousands.
    const found: string[] = [];
    const tokens = words(text);
    const lowers = tokens.map(lowerCase);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as string;
      const lower = lowers[i] as string;
      for (const alias of exact.get(token) ?? NONE) if (matchesAt(alias, tokens, i)) note(found, alias.party);
      for (const alias of folded.get(lower) ?? NONE)
        if (matchesAt(alias, lowers, i)) note(found, alias.party);
      for (let cut = 0; cut <= MAX_ENDING && lower.length - cut >= 4; cut++) {
        const stem = cut === 0 ? lower : lower.slice(0, lower.length - cut);
        if (stem.length > maxStem) continue;
        for (const alias of stems.get(stem) ?? NONE) note(found, alias.party);
      }
    }
    return found;
  };
}

const NONE: Alias[] = [];
const lowerCase = (word: string) => word.toLocaleLowerCase();

function matchesAt(alias: Alias, tokens: string[], at: number): boolean {
  for (let k = 0; k < alias.words.length; k++) if (tokens[at + k] !== alias.words[k]) return false;
  return true;
}

function note(found: string[], party: string): void {
  if (!found.includes(party)) found.push(party);
}
