// The same provision is worded differently from one process to the next: "the war stops at once" and "a
// ceasefire starts immediately", "Gaza is rebuilt" and "reconstruction of Ukraine", "a Board … funds
// redevelopment" and "a financing package". Before two plans are compared, English wordings of a few recurring
// provisions are folded to one word each, so that they count as the same key term. The list is short on
// purpose: it names what peace agreements commonly provide for (PA-X's headings), not synonyms at large.

/** One concept: the word it becomes and the English wordings it gathers. */
type Concept = { word: string; label: string; wordings: RegExp };

const w = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'giu');

export const CONCEPTS: readonly Concept[] = [
  {
    word: 'ceasefire',
    label: 'a halt to fighting',
    wordings: w(
      'cease-?fires?|truce|armistice|(?:the\\s+)?(?:war|fighting|hostilities)\\s+(?:stops|ends|ceases|halts)|(?:end|halt|cessation|suspension)\\s+(?:of|to)\\s+(?:the\\s+)?(?:war|fighting|hostilities)|(?:military\\s+)?operations\\s+(?:are\\s+)?suspended',
    ),
  },
  {
    word: 'reconstruction',
    label: 'reconstruction',
    wordings: w(
      'reconstruct(?:s|ed|ing|ion)?|rebuil(?:d|ds|t|ding)|re-?develop(?:s|ed|ing|ment)?|recovery|rehabilitat(?:e|es|ed|ing|ion)',
    ),
  },
  {
    word: 'funding',
    label: 'funding',
    wordings: w(
      'fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|investments?|invest(?:s|ed|ing)?|assets|money|budget|donors?|package',
    ),
  },
  {
    word: 'board',
    label: 'a board or council',
    wordings: w('board|council|commission|committee|working\\s+group'),
  },
  {
    word: 'chairs',
    label: 'chaired by a president',
    wordings: w('chair(?:s|ed|ing)?|presid(?:es|ed|ing)|headed'),
  },
  {
    word: 'withdrawal',
    label: 'withdrawal of forces',
    wordings: w('withdraw(?:s|n|al|ing)?|pull(?:s|ed|ing)?\\s+back|pull-?back'),
  },
  {
    word: 'guarantees',
    label: 'guarantees',
    wordings: w('guarant(?:ee|ees|eed|eeing|or|ors)'),
  },
  {
    word: 'monitoring',
    label: 'monitoring',
    wordings: w(
      'monitor(?:s|ed|ing)?|overs(?:ee|ees|eeing|een|aw|ight)|supervis(?:e|es|ed|ing|ion)|enforce(?:s|d|ment)?',
    ),
  },
  {
    word: 'detainees',
    label: 'prisoners and hostages',
    wordings: w('prisoners?|hostages?|detainees?|captives?|detained'),
  },
  {
    word: 'amnesty',
    label: 'amnesty',
    wordings: w('amnesty|amnesties|pardons?'),
  },
  {
    word: 'humanitarian',
    label: 'humanitarian aid',
    wordings: w('humanitarian|aid'),
  },
];

/** English wordings of the concepts folded to their words; other languages are left as they are. */
export function foldConcepts(text: string, language: string): string {
  if (!(language === 'en' || language.startsWith('en-'))) return text;
  let out = text;
  for (const concept of CONCEPTS) out = out.replace(concept.wordings, ` ${concept.word} `);
  return out;
}
