// A fictional 20-point draft (English, with a Russian translation of a few points) dense in choice sites, and
// the hostile things a leaker does to a copy: re-wrap, renumber, re-type with typos. Test support only.
import type { CopyText } from './copy-text.ts';

const POINTS = [
  'The parties shall observe a complete ceasefire along the line of contact from 12 March 2026, and shall refrain from any offensive action towards the positions of the other side.',
  'The parties recognise the sovereignty of Ukraine within its internationally recognised borders and shall normalise relations within 90 days of signature.',
  'A demilitarised zone of 15 kilometres shall be established on both sides of the line of contact, under the supervision of the United Nations.',
  'Armed forces shall be withdrawn from the zone within 30 days; heavy weapons above 100 millimetres shall be moved at least 50,000 metres from the line.',
  'The United Nations, the European Union, the OSCE, and the African Union shall form a joint monitoring mission to verify the withdrawal.',
  'The monitoring mission shall be authorised to move freely and shall report to the parties in a summarised form every 14 days.',
  'All prisoners of war and civilian detainees shall be exchanged on the principle of all for all, organised by the International Committee of the Red Cross.',
  'The parties shall cooperate with the mission and shall honour its requests for access to any site within 24 hours.',
  'Displaced persons, refugees, their families, and their neighbours shall have the right to return to their homes in safety and dignity.',
  'A reconstruction fund of 100,000,000 euros shall be established, with 25 per cent of its resources prioritised for housing and schools.',
  'The fund shall be administered by a board organised under the auspices of the European Union, with the favourable opinion of both parties.',
  'Payments from the fund shall be cancelled if the recipient is found to have travelled into the zone under arms.',
  'The parties shall stabilise energy supplies and re-establish gas transit of at least 40,000,000 cubic metres a day by 1 October 2026.',
  'Civilian infrastructure, including water, power, rail, and telecommunications, shall be protected and shall not be used for military purposes.',
  'Each party shall acknowledge the judgement of the joint commission on any alleged violation within 10 days of its publication.',
  'Defence expenditure of each party shall not exceed 3 per cent of its gross domestic product for five years after signature.',
  'The parties shall co-ordinate their labour and social policies in the border regions and shall favour the employment of returnees.',
  'A peacekeeping force of up to 12,000 personnel under the United Nations shall be deployed if both parties so request.',
  'The parties shall finalise a treaty on the status of the disputed territories by 31 December 2027, with the assistance of the European Union.',
  'This agreement shall enter into force on 15 April 2026 and shall be registered with the Secretariat of the United Nations.',
];

const RUSSIAN = [
  'Стороны соблюдают полное прекращение огня на линии соприкосновения с 12 марта 2026 года и воздерживаются от её нарушения.',
  'Стороны признают суверенитет Украины и нормализуют отношения в течение 90 дней; всё имущество возвращается владельцам.',
  'Фонд восстановления в размере 100 000 000 евро создаётся до 1 октября 2026 года; расчёты ведутся ежемесячно.',
];

export function englishDraft(): CopyText {
  return {
    title: 'Framework agreement on a ceasefire (draft of 2 March 2026)',
    language: 'en',
    points: POINTS.map((text, i) => ({ key: `lineage-${i + 1}`, number: String(i + 1), depth: 0, text })),
  };
}

export function russianDraft(): CopyText {
  return {
    title: 'Рамочное соглашение о прекращении огня',
    language: 'ru',
    points: RUSSIAN.map((text, i) => ({ key: `lineage-${i + 1}`, number: String(i + 1), depth: 0, text })),
  };
}

/** mulberry32: a seeded generator, so a failing property names its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Re-wraps at `width` columns, numbering points "(n)" and sub-points as they come. */
export function rewrap(paragraphs: string[], width: number): string {
  return paragraphs
    .map((p) => {
      const lines: string[] = [];
      let line = '';
      for (const word of p.split(' ')) {
        if (line.length + word.length + 1 > width && line.length > 0) {
          lines.push(line);
          line = word;
        } else line = line.length === 0 ? word : `${line} ${word}`;
      }
      lines.push(line);
      return lines.join('\n');
    })
    .join('\n\n');
}

/** `count` random typos (substitution, deletion, insertion, transposition) in letters of `text`. */
export function typos(text: string, count: number, random: () => number): string {
  let out = text;
  for (let n = 0; n < count; n++) {
    const at = Math.floor(random() * (out.length - 2)) + 1;
    if (!/\p{L}/u.test(out[at] ?? '')) continue;
    const letter = String.fromCharCode(97 + Math.floor(random() * 26));
    const kind = Math.floor(random() * 4);
    if (kind === 0) out = out.slice(0, at) + letter + out.slice(at + 1);
    else if (kind === 1) out = out.slice(0, at) + out.slice(at + 1);
    else if (kind === 2) out = out.slice(0, at) + letter + out.slice(at);
    else out = out.slice(0, at) + (out[at + 1] ?? '') + (out[at] ?? '') + out.slice(at + 2);
  }
  return out;
}
