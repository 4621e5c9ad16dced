// The choice rules: places in a text where two or three writings say exactly the same thing (spelling variants,
// the serial comma, digit grouping, date order, an acronym or its full name). A copy's fingerprint is which
// writing it uses at each place. A rule never touches meaning or a number's value, and every rule recognises all
// of its own writings, so the places found in any copy are the places found in the source (see sites.ts).

export type ChoiceKind = 'spelling' | 'wording' | 'punctuation' | 'number' | 'date';

/** One place a rule found: the span it covers, the writings it allows (fixed order), whether it may vary. */
export type Found = { start: number; end: number; options: string[]; vary: boolean };

export type ChoiceRule = {
  id: string;
  kind: ChoiceKind;
  find(text: string): Found[];
};

/** `word` in the case of `model` (ALL CAPS, Capitalised or as is). */
function likeCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase())
    return word.toUpperCase();
  const first = model.charAt(0);
  if (first !== first.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

type Options = (m: RegExpExecArray) => { options: string[]; vary?: boolean; group?: number } | null;

function regexRule(id: string, kind: ChoiceKind, pattern: RegExp, options: Options): ChoiceRule {
  return {
    id,
    kind,
    find(text) {
      const re = new RegExp(pattern.source, `${pattern.flags.replace(/[gd]/g, '')}gd`);
      const found: Found[] = [];
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0].length === 0) re.lastIndex++;
        const o = options(m);
        if (o === null) continue;
        const [start, end] = m.indices?.[o.group ?? 0] ?? [m.index, m.index + m[0].length];
        found.push({ start, end, options: o.options, vary: o.vary ?? true });
      }
      return found;
    },
  };
}

/** A rule whose writings are one word written in two ways: [first, second] in the case found. */
function pairRule(
  id: string,
  kind: ChoiceKind,
  pattern: RegExp,
  forms: (m: RegExpExecArray) => [string, string],
) {
  return regexRule(id, kind, pattern, (m) => ({ options: forms(m).map((w) => likeCase(m[0], w)) }));
}

const ISE_STEMS =
  'recogni|organi|demilitari|normali|prioriti|authori|stabili|finali|utili|mobili|demobili|characteri|legitimi|' +
  'minimi|maximi|summari|emphasi|moderni|harmoni|standardi|centrali|decentrali|neutrali|categori|itemi|penali|' +
  'subsidi|capitali|criminali|formali|scrutini|revitali|speciali|apologi|critici|equali|optimi|privati|' +
  'nationali|operationali|institutionali|internationali|reali|memoriali|synchroni|jeopardi';

const english: ChoiceRule[] = [
  pairRule(
    'en.ise-ize',
    'spelling',
    new RegExp(`\\b(${ISE_STEMS})([sz])(e|ed|es|ing|ation|ations|er|ers)\\b`, 'i'),
    (m) => [`${m[1]}s${m[3]}`, `${m[1]}z${m[3]}`].map((w) => w.toLowerCase()) as [string, string],
  ),
  pairRule(
    'en.our-or',
    'spelling',
    /\b(labo|neighbo|favo|hono|behavio|endeavo|vigo|rumo|flavo)(u?)r(s|ed|ing|able|ably|hood|ite|ites)?\b/i,
    (m) =>
      [`${m[1]}ur${m[3] ?? ''}`, `${m[1]}r${m[3] ?? ''}`].map((w) => w.toLowerCase()) as [string, string],
  ),
  regexRule(
    'en.hyphen',
    'spelling',
    /\b(cease|co|peace|re)(-?)(fire|operat|ordinat|keep|establish|integrat)([a-z]*)/i,
    (m) => {
      const pair = `${m[1]}|${m[3]}`.toLowerCase();
      if (
        !['cease|fire', 'co|operat', 'co|ordinat', 'peace|keep', 're|establish', 're|integrat'].includes(pair)
      )
        return null;
      const forms = [`${m[1]}${m[3]}${m[4]}`, `${m[1]}-${m[3]}${m[4]}`];
      return { options: forms.map((w) => likeCase(m[0], w.toLowerCase())) };
    },
  ),
  pairRule(
    'en.re-er',
    'spelling',
    /\b(cent|met|kilomet|millimet|centimet|lit|theat|fib)(re|er)(s?)\b/i,
    (m) => [`${m[1]}re${m[3]}`, `${m[1]}er${m[3]}`].map((w) => w.toLowerCase()) as [string, string],
  ),
  pairRule('en.percent', 'spelling', /\bper ?cent\b/i, () => ['per cent', 'percent']),
  pairRule('en.toward', 'spelling', /\btowards?\b/i, () => ['towards', 'toward']),
  pairRule(
    'en.judgement',
    'spelling',
    /\b(judg|acknowledg)e?ment(s?)\b/i,
    (m) => [`${m[1]}ement${m[2]}`, `${m[1]}ment${m[2]}`].map((w) => w.toLowerCase()) as [string, string],
  ),
  pairRule(
    'en.doubled-l',
    'spelling',
    /\b(travel|cancel|model|label|signal|fuel|channel|level)l?(ed|ing)\b/i,
    (m) => [`${m[1]}l${m[2]}`, `${m[1]}${m[2]}`].map((w) => w.toLowerCase()) as [string, string],
  ),
  pairRule(
    'en.defence',
    'spelling',
    /\b(defen|offen)[cs](e|es)\b/i,
    (m) => [`${m[1]}c${m[2]}`, `${m[1]}s${m[2]}`].map((w) => w.toLowerCase()) as [string, string],
  ),
  regexRule('en.acronym', 'wording', /\b(?:United Nations|UN)\b(?! of\b)|\b(?:European Union|EU)\b/, (m) =>
    m[0] === 'UN' || m[0] === 'United Nations'
      ? { options: ['United Nations', 'UN'] }
      : { options: ['European Union', 'EU'] },
  ),
  // The serial comma, only in a list of three or more items within one clause, without digits (so no other
  // rule's writing changes whether the list is found): "A, B, and C" / "A, B and C".
  regexRule(
    'en.serial-comma',
    'punctuation',
    /(?:[^,;:.()\d\n]+, ){2,}[^,;:.()\d\n]+?(,?) (?:and|or) (?=\p{L})/u,
    () => ({ options: ['', ','], group: 1 }),
  ),
  regexRule(
    'en.date',
    'date',
    /\b(?:(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})|(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4}))\b/,
    (m) => {
      const [day, month, year] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
      return { options: [`${day} ${month} ${year}`, `${month} ${day}, ${year}`] };
    },
  ),
];

/** Digit grouping of a number of five digits or more: its value never changes, only how its groups are set. */
function numberRule(language: string, commaGroups: boolean): ChoiceRule {
  const separator = commaGroups ? '[,\\u00A0\\u202F ]' : '[\\u00A0\\u202F ]';
  const pattern = new RegExp(`(?<![\\d.,])(?:\\d{1,3}(?:${separator}\\d{3})+|\\d{5,})(?![\\d]|[.,]\\d)`);
  return regexRule(`${language}.digit-groups`, 'number', pattern, (m) => {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 5 || digits.startsWith('0')) return null;
    const grouped = (sep: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    const options = commaGroups ? [grouped(','), grouped('\u00A0'), digits] : [grouped('\u00A0'), digits];
    return { options };
  });
}

/**
 * Russian: ё may always be written е (most printed texts do). Only words whose е-spelling is no other word vary,
 * and they are found in either spelling, so a copy written with е has the same sites as one written with ё.
 */
const YO_STEMS = [
  'её',
  'ещё',
  'объём',
  'счёт',
  'расчёт',
  'отчёт',
  'учёт',
  'трёх',
  'четырёх',
  'приём',
  'подъём',
  'причём',
  'вперёд',
  'перечён',
  'отсчёт',
  'зачёт',
];
const yoRule = regexRule(
  'ru.yo',
  'spelling',
  new RegExp(`(?<!\\p{L})(?:${YO_STEMS.map((w) => w.replace('ё', '[её]')).join('|')})\\p{L}*`, 'iu'),
  (m) => {
    const word = m[0];
    const stem = YO_STEMS.find((w) => new RegExp(`^${w.replace('ё', '[её]')}`, 'iu').test(word)) as string;
    const at = stem.indexOf('ё');
    const yo = word.charAt(at) === word.charAt(at).toUpperCase() ? 'Ё' : 'ё';
    return {
      options: [
        word.slice(0, at) + yo + word.slice(at + 1),
        word.slice(0, at) + (yo === 'Ё' ? 'Е' : 'е') + word.slice(at + 1),
      ],
    };
  },
);

/** A year's word after a date, spelled out or abbreviated. Only a spelled-out genitive varies: an abbreviation
 * may stand for another case, which the full word would get wrong. */
function yearWordRule(language: string, full: string, short: string): ChoiceRule {
  const pattern = new RegExp(`(?<=\\d{4} )(?:${full}|${short.replace('.', '\\.')})(?=[\\s,;:)]|$)`, 'u');
  return regexRule(`${language}.year-word`, 'wording', pattern, (m) => ({
    options: [full, short],
    vary: m[0] === full,
  }));
}

export function rulesFor(language: string): ChoiceRule[] {
  const base = language.split('-')[0];
  switch (base) {
    case 'en':
      return [...english, numberRule('en', true)];
    case 'ru':
      return [yoRule, yearWordRule('ru', 'года', 'г.'), numberRule('ru', false)];
    case 'uk':
      return [yearWordRule('uk', 'року', 'р.'), numberRule('uk', false)];
    case 'ar':
    case 'he':
      return [numberRule(base, true)];
    default:
      return [numberRule(base ?? language, false)];
  }
}
