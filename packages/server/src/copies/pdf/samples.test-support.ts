import type { CopyPdf, CopyPdfPoint } from './render-copy-pdf.ts';

/** One line per script, each with numbers, brackets and names from other scripts where they occur in real drafts. */
export const SCRIPT_SAMPLES = {
  latin:
    "Ukraine's sovereignty will be confirmed, with forces capped at 600\u00a0000 personnel (see Annex II).",
  cyrillic:
    'Россия не будет вторгаться в соседние страны; Україна отримає ґарантії безпеки, її кордони — визнані.',
  arabic:
    'يتم وقف إطلاق النار فوراً وفقا للمادة 12 من الاتفاق (الملحق II) بعد ٣٠ يوماً، وبحد أقصى 600,000 جندي حسب قرار UN SCR 2334 وحلف NATO.',
  hebrew: 'ישראל תשמור על הסכם (סעיף 4) עד ל-600,000 חיילים בשנת 2026.',
  mixed: 'Mixed line: English, العربية, עברית and русский together in one sentence.',
} as const;

export function sampleCopy(
  points: readonly CopyPdfPoint[],
  footer = 'Version 3 of plan December framework',
): CopyPdf {
  return {
    title: 'Framework for peace — draft of 12 December',
    releasedAt: '2026-12-07T10:00:00.000Z',
    footer: [
      footer,
      'Copy c_0123 · SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    ],
    points,
  };
}

/**
 * 28 points of three sentences in one script each (the scripts in turn), every fourth with two sub-points.
 * A paragraph mixing whole sentences of both directions is not in it: there, punctuation at a boundary between
 * directions can come back on the wrong side of it (the mixed sample keeps to words and stays exact).
 */
export function longCopy(): CopyPdf {
  const texts = Object.values(SCRIPT_SAMPLES);
  const points = Array.from({ length: 28 }, (_, index): CopyPdfPoint[] => {
    const text = [0, 1, 2].map(() => texts[index % texts.length]).join(' ');
    const sub = index % 4 === 3 ? [1, 2] : [];
    return [
      { label: `${index + 1}.`, text, depth: 0 },
      ...sub.map((n) => ({
        label: `${index + 1}.${n}.`,
        text: texts[(index + n) % texts.length] as string,
        depth: 1,
      })),
    ];
  });
  return sampleCopy(points.flat());
}

/** Words compared as a reader would: white space of any kind made one space. */
export const words = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();
