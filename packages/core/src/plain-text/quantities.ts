// Quantities in a point's text: counts of people ("600,000 personnel": the unit is the counted noun), money
// ("US$100bn", "€100 billion", "100 млрд долларов", "USD 800 billion", "£5m": the unit is the ISO 4217 code, the
// value in major units), percentages (unit `percent`), splits such as "50/50" (unit `ratio`, the value the first
// share of the whole: 0.5), durations (`days`, `hours`, `weeks`, `months`, `years`; "three decades" is 30 years)
// and distances (`km`, `miles`). Point numbers, years, dates and names with a number ("G8", "Article 5") are not
// quantities. Conservative: a number followed by nothing it knows is left alone.
import { NUMBER_WORD_SOURCE, readNumberWord, readNumeral } from './numbers.ts';

export type FoundQuantity = { value: number; unit: string; text: string };

const NUMBER =
  /\p{Nd}{1,3}(?:(?:[,.'’]|[ \u00a0\u202f\u2009])\p{Nd}{3})+(?:[.,]\p{Nd}+)?(?!\p{Nd})|\p{Nd}+(?:[.,]\p{Nd}+)?/gu;
const NUMBER_WORD_HINT =
  /one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety/i;
const ANY_NUMBER = new RegExp(`\\p{Nd}|${NUMBER_WORD_HINT.source}`, 'iu');
const NOT_AFTER = /(?:\p{L}|\p{L}-|[\p{Nd}.,/:])$/u;
const REFERENCE =
  /(?:\b(?:points?|articles?|art\.|paragraphs?|para\.|sections?|clauses?|resolutions?|annex|chapters?|items?|phases?|stages?|no\.|levels?|pages?|versions?|rounds?|category|protocol|§)|#|№|пункт\p{L}*|стат\p{L}*|резолюц\p{L}*)\s*$/iu;
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|январ\\p{L}*|феврал\\p{L}*|марта?|апрел\\p{L}*|мая|июн\\p{L}*|июл\\p{L}*|августа?|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*|січн\\p{L}*|лют\\p{L}*|березн\\p{L}*|квітн\\p{L}*|травн\\p{L}*|червн\\p{L}*|липн\\p{L}*|серпн\\p{L}*|вересн\\p{L}*|жовтн\\p{L}*|листопад\\p{L}*|грудн\\p{L}*';
const MONTH_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${MONTHS})\\.?\\s$`, 'iu');
const MONTH_AFTER = new RegExp(`^\\s(?:of\\s)?(?:${MONTHS})(?![\\p{L}])`, 'iu');

const CURRENCY_PREFIX =
  /(?:^|[^\p{L}])(US\$|U\.S\.\s?\$|C\$|CA\$|A\$|USD|EUR|GBP|RUB|UAH|CHF|JPY|CNY|ILS|QAR|SAR|AED|EGP|CAD|AUD|\$|€|£|₽|₴|₪|¥)\s?$/u;
const CURRENCY_AFTER =
  /^\s?(?:(US dollars|U\.S\. dollars|dollars?|доллар\p{L}*|долар\p{L}*|euros?|евро|євро|pounds sterling|pounds|sterling|roubles?|rubles?|рубл\p{L}*|руб\.|hryvnias?|гривн\p{L}*|гривень|грн\.?|shekels?|Swiss francs|yen|yuan|دولار\p{L}*|يورو)|(USD|EUR|GBP|RUB|UAH|CHF|JPY|CNY|ILS|QAR|SAR|AED|EGP|CAD|AUD|\$|€|£|₽|₴|₪))(?![\p{L}])/iu;
const CODES: [RegExp, string][] = [
  [/^(?:US\$|U\.S\.\s?\$|\$|USD|US dollars|U\.S\. dollars|dollars?|доллар|долар|دولار)/iu, 'USD'],
  [/^(?:C\$|CA\$|CAD)/u, 'CAD'],
  [/^(?:A\$|AUD)/u, 'AUD'],
  [/^(?:€|EUR|euros?|евро|євро|يورو)/iu, 'EUR'],
  [/^(?:£|GBP|pounds|sterling)/iu, 'GBP'],
  [/^(?:₽|RUB|roubles?|rubles?|рубл|руб)/iu, 'RUB'],
  [/^(?:₴|UAH|hryvnias?|гривн|гривень|грн)/iu, 'UAH'],
  [/^(?:₪|ILS|shekels?)/iu, 'ILS'],
  [/^(?:CHF|Swiss francs)/iu, 'CHF'],
  [/^(?:¥|JPY|yen)/iu, 'JPY'],
  [/^(?:CNY|yuan)/iu, 'CNY'],
  [/^(?:QAR|SAR|AED|EGP)/u, ''],
];
const SCALE_GLUED = /^(k|bn|b|m|mn|mln|bln|tn|trn)(?![\p{L}\p{Nd}])/u;
const SCALE_WORD =
  /^[\s-](thousand|million|billion|trillion|тыс\.?|тысяч\p{L}*|тис\.?|тисяч\p{L}*|млн\.?|миллион\p{L}*|мільйон\p{L}*|млрд\.?|миллиард\p{L}*|мільярд\p{L}*|трлн\.?|триллион\p{L}*|трильйон\p{L}*|مليار|مليون|ألف|bn|mn|bln|mln)(?![\p{L}])/iu;
const PERCENT = /^\s?(%|％|per ?cent(?![\p{L}])|percent(?![\p{L}])|процент\p{L}*|відсот\p{L}*)/iu;
const DURATION =
  /^(?:\s|-)(days?|hours?|weeks?|months?|years?|decades?|дн(?:ей|я|і|ів)|день|сут(?:ок|ки)|час(?:ов|а)?|годин[иа]?|недел[ьиюя]|тижн(?:ів|і|я)|тиждень|месяц(?:ев|а)?|місяц(?:ів|і|я|ь)|лет|года?|рок(?:ів|и|у)|років|يوما?|أيام|ساعة|ساعات|أسبوعا?|أسابيع|شهرا?|أشهر|سنة|سنوات|عاما?|أعوام)(?![\p{L}])/iu;
const DISTANCE = /^\s?(km|kilometres?|kilometers?|miles?|км)(?![\p{L}])/iu;
const RATIO = /^\s?([/:]|-|–)\s?(\p{Nd}{1,3})(?![\p{Nd}]|[.,/:]\p{Nd})/u;
const ARMED =
  /(?:armed forces|army|armies|military|troops|soldiers|personnel|forces|servicemen|збройн\p{L}*|арм\p{L}*|військ\p{L}*|вооруж\p{L}*|ЗСУ|ВСУ)(?![\p{L}])[^.;]{0,40}$/iu;
const STRONG = /^-strong(?![\p{L}])/u;
const RATIO_WORD = /(?:ratio|split|share|proportion|соотношени\p{L}*|співвідношенн\p{L}*)/iu;
const PEOPLE =
  /^(?:personnel|troops|soldiers|servicemen|servicemembers|service members|people|persons|prisoners|detainees|hostages|civilians|children|refugees|police|policemen|officers|monitors|peacekeepers|observers|members|fighters|militants|combatants|citizens|residents|families|workers|staff|experts|bodies|remains|casualties|deaths|victims|inhabitants|migrants|men|women|Palestinians|Gazans|Ukrainians|Russians|Israelis|военнослужащих|военных|человек|солдат|заключ[её]нных|пленных|военнопленных|заложников|детей|беженцев|військовослужбовців|військових|осіб|людей|солдатів|полонених|військовополонених|заручників|дітей|біженців)$/iu;
const NOT_COUNTED =
  /^(?:points|articles|paragraphs|sections|clauses|items|times|others|ones|steps|phases|stages|rounds|pages|versions|percent|cents|years|months|weeks|days|hours|decades|minutes|seconds|miles|kilometres|kilometers|metres|meters|tons|tonnes|billions|millions|thousands|hundreds|dozens)$/i;
const WORD_QUANTITY = new RegExp(
  `(?<![\\p{L}-])(${NUMBER_WORD_SOURCE})[\\s-](days?|hours?|weeks?|months?|years?|decades?|per ?cent|percent|${PEOPLE.source.slice(4, -2)})(?![\\p{L}])`,
  'giu',
);

const SCALES: [RegExp, number][] = [
  [/^(?:k|thousand|тыс|тысяч|тис|тисяч|ألف)/iu, 1e3],
  [/^(?:m|mn|mln|million|млн|миллион|мільйон|مليون)/iu, 1e6],
  [/^(?:b|bn|bln|billion|млрд|миллиард|мільярд|مليار)/iu, 1e9],
  [/^(?:tn|trn|trillion|трлн|триллион|трильйон)/iu, 1e12],
];
const DURATION_UNITS: [RegExp, string, number][] = [
  [/^(?:days?|дн|день|сут|يوم|أيام)/iu, 'days', 1],
  [/^(?:hours?|час|годин|ساع)/iu, 'hours', 1],
  [/^(?:weeks?|недел|тиж|أسبوع|أسابيع)/iu, 'weeks', 1],
  [/^(?:months?|месяц|місяц|شهر|أشهر)/iu, 'months', 1],
  [/^(?:decades?)/iu, 'years', 10],
  [/^(?:years?|лет|год|рок|років|سن|عام|أعوام)/iu, 'years', 1],
];

function lookup<R extends [RegExp, ...unknown[]]>(table: R[], word: string): R | undefined {
  for (const row of table) if (row[0].test(word)) return row;
  return undefined;
}
const isYear = (numeral: string, value: number) =>
  /^\p{Nd}{4}$/u.test(numeral) && value >= 1900 && value <= 2100;
const tidy = (value: number) => (Math.abs(value) >= 1000 ? Math.round(value) : Number(value.toPrecision(12)));

/** Every quantity in `text`, in the order they appear. */
export function findQuantities(text: string): FoundQuantity[] {
  if (!ANY_NUMBER.test(text)) return [];
  const found: { at: number; q: FoundQuantity }[] = [];
  let skipUntil = 0;
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index;
    if (start < skipUntil) continue;
    const numeral = match[0];
    const end = start + numeral.length;
    const before = text.slice(Math.max(0, start - 80), start);
    const after = text.slice(end, end + 80);
    const q = readQuantity(numeral, before, after);
    if (!q) continue;
    const from = start - q.prefix;
    const to = end + q.suffix;
    skipUntil = to;
    found.push({ at: from, q: { value: q.value, unit: q.unit, text: text.slice(from, to) } });
  }
  if (!NUMBER_WORD_HINT.test(text)) return found.sort((a, b) => a.at - b.at).map((f) => f.q);
  for (const match of text.matchAll(WORD_QUANTITY)) {
    const n = readNumberWord(match[1] ?? '');
    const unitWord = match[2] ?? '';
    if (n === null) continue;
    const duration = lookup(DURATION_UNITS, unitWord);
    const unit = /^per ?cent$/i.test(unitWord) ? 'percent' : unitWord;
    const q = duration
      ? { value: n * duration[2], unit: duration[1], text: match[0] }
      : { value: n, unit, text: match[0] };
    found.push({ at: match.index, q });
  }
  const fifty = /(?<![\p{L}])fifty-fifty(?![\p{L}])/iu.exec(text);
  if (fifty) found.push({ at: fifty.index, q: { value: 0.5, unit: 'ratio', text: fifty[0] } });
  return found.sort((a, b) => a.at - b.at).map((f) => f.q);
}

type Reading = { value: number; unit: string; prefix: number; suffix: number };

function readQuantity(numeral: string, before: string, after: string): Reading | null {
  if (NOT_AFTER.test(before) && !CURRENCY_PREFIX.test(before)) return null;
  if (REFERENCE.test(before) || MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) return null;
  const value = readNumeral(numeral);
  if (value === null) return null;

  const ratio = RATIO.exec(after);
  if (ratio && /^\p{Nd}{1,3}$/u.test(numeral)) {
    const second = readNumeral(ratio[2] ?? '') ?? 0;
    const near = `${before.slice(-25)} ${after.slice(ratio[0].length, ratio[0].length + 25)}`;
    if (value + second === 100 || (ratio[1] !== '-' && RATIO_WORD.test(near) && value + second > 0))
      return { value: tidy(value / (value + second)), unit: 'ratio', prefix: 0, suffix: ratio[0].length };
  }
  if (/^\s?[/:]\s?\p{Nd}/u.test(after)) return null; // 24/7, 1/3, 10:30, 2803/2025

  const prefix = CURRENCY_PREFIX.exec(before);
  let suffix = 0;
  let scale = 1;
  const glued = SCALE_GLUED.exec(after);
  const scaleWord = glued ? null : SCALE_WORD.exec(after);
  if (glued) {
    scale = lookup(SCALES, glued[1] ?? '')?.[1] ?? 1;
    suffix = glued[0].length;
  } else if (scaleWord) {
    scale = lookup(SCALES, scaleWord[1] ?? '')?.[1] ?? 1;
    suffix = scaleWord[0].length;
  }
  const rest = after.slice(suffix);
  const currencyAfter = CURRENCY_AFTER.exec(rest);
  const currency = prefix?.[1] ?? currencyAfter?.[0].trim();
  if (currency !== undefined) {
    const code = lookup(CODES, currency)?.[1] || currency.toUpperCase();
    if (!/^[A-Z]{3}$/.test(code)) return null;
    return {
      value: tidy(value * scale),
      unit: code,
      prefix: prefix ? prefix[0].length - (/^[^\p{L}$€£₽₴₪¥]/u.test(prefix[0]) ? 1 : 0) : 0,
      suffix: suffix + (prefix ? 0 : (currencyAfter?.[0].length ?? 0)),
    };
  }
  if (glued && !/^k$/i.test(glued[1] ?? '')) return null; // "5m" without a currency may be metres
  const percent = PERCENT.exec(rest);
  if (percent && scale === 1) return { value, unit: 'percent', prefix: 0, suffix: percent[0].length };
  const duration = scale === 1 ? DURATION.exec(rest) : null;
  if (duration) {
    const unit = lookup(DURATION_UNITS, duration[1] ?? '');
    if (!unit || (unit[1] === 'years' && isYear(numeral, value))) return null;
    return { value: tidy(value * unit[2]), unit: unit[1], prefix: 0, suffix: duration[0].length };
  }
  const distance = DISTANCE.exec(rest);
  if (distance) {
    const unit = /^mile/i.test(distance[1] ?? '') ? 'miles' : 'km';
    return { value: tidy(value * scale), unit, prefix: 0, suffix: suffix + distance[0].length };
  }
  if (isYear(numeral, value) && scale === 1) return null;
  const strong = STRONG.exec(rest); // "a 600,000-strong army"
  if (strong)
    return { value: tidy(value * scale), unit: 'personnel', prefix: 0, suffix: suffix + strong[0].length };
  const counted = countedNoun(rest);
  if (!counted) {
    // "Ukraine's armed forces will be capped at 600,000": a large number after an army, with no noun of its own,
    // counts personnel.
    return value * scale >= 1000 && ARMED.test(before)
      ? { value: tidy(value * scale), unit: 'personnel', prefix: 0, suffix }
      : null;
  }
  return { value: tidy(value * scale), unit: counted.noun, prefix: 0, suffix: suffix + counted.length };
}

/** "personnel", "life-sentence prisoners" → the counted noun and how far it reaches; a plural noun otherwise. */
function countedNoun(rest: string): { noun: string; length: number } | null {
  const words = /^\s((?:[\p{L}][\p{L}'’-]*)(?:\s[\p{L}][\p{L}'’-]*){0,2})/u.exec(rest);
  if (!words?.[1]) return null;
  const list = words[1].split(' ');
  let reach = 1;
  for (const [i, word] of list.entries()) {
    reach += word.length + (i > 0 ? 1 : 0);
    const pair = i + 1 < list.length ? `${word} ${list[i + 1]}` : '';
    if (pair && PEOPLE.test(pair)) return { noun: pair, length: reach + 1 + (list[i + 1]?.length ?? 0) };
    if (PEOPLE.test(word)) return { noun: word, length: reach };
    if (i === 0 && /^\p{Ll}/u.test(word) && /^[a-z][a-z-]{2,}[^su]s$/.test(word) && !NOT_COUNTED.test(word))
      return { noun: word, length: reach };
    if (!/^[\p{Ll}][\p{L}-]*$/u.test(word) || STOP.has(word)) return null;
  }
  return null;
}

const STOP = new Set(
  'of and or to in the a an per from at on by for with than is are was were will be that which who as и в на до из от по с і з та у'.split(
    ' ',
  ),
);
