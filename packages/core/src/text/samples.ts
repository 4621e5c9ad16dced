// Texts the tests use: legitimate writing that must pass byte for byte, and one hostile string per class.

/** Real text in the scripts and habits a peace plan meets; every one must be accepted and shown unchanged. */
export const LEGITIMATE: Record<string, string> = {
  arabic: 'اتفاق السلام',
  hebrew: 'הסכם שלום',
  ukrainian: 'Мирна угода між Україною та Росією',
  russian: 'Мирное соглашение',
  chinese: '和平协议',
  japanese: '和平合意（第２０条）',
  korean: '평화 협정',
  persianWithZwnj: 'می‌خواهم صلح کنیم',
  devanagariWithZwj: 'क्‍ष',
  arabicWithAlm: 'المادة\u061C 5',
  mixedWithLrm: 'Article 5 (\u200Eالمادة 5\u200E) of the Gaza plan',
  hebrewWithRlm: 'סעיף 12\u200F, Board of Peace',
  family: '👨‍👩‍👧‍👦',
  flags: '🇺🇦 🇷🇺 🇮🇱 🇵🇸',
  england: '🏴󠁧󠁢󠁥󠁮󠁧󠁿',
  heart: '❤️ and 1️⃣',
  skinTone: '👋🏽',
  ideographicVariant: '葛󠄀城',
  noBreakSpaces: '600\u00A0000 troops, 100\u202Fdays',
};

/** One string per class of character the text type refuses everywhere. */
export const HOSTILE: Record<string, string> = {
  nul: 'Peace\u0000plan',
  escape: 'Peace \u001b[31mplan',
  c1: 'Peace\u009bplan',
  loneHigh: 'Peace\uD800plan',
  loneLow: 'Peace\uDC00plan',
  rlo: 'Peace \u202Enalp',
  rli: 'Peace \u2067plan\u2069',
  zeroWidthOnly: '\u200B\u200C\u200D',
  noncharacter: 'Peace\uFFFEplan',
};
