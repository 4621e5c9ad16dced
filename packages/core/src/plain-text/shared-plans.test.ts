// The reference plans in <repo>/../shared/data/plans (present in CI and on the development machine, not in a fresh
// clone: then these tests skip, saying so), printed the way outlets print them and read back.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { normalizeSpaces } from './lines.ts';
import { parsePlan } from './parse-plan.ts';
import type { ParsedPoint } from './schemas.ts';

const PLANS = new URL('../../../../../shared/data/plans/', import.meta.url);
const FILES = [
  'us_28_point_ukraine_2025-11.json',
  'gaza_20_point_2025-09-29.json',
  'ukraine_20_point_framework_2025-12.json',
];
const present = FILES.every((f) => existsSync(new URL(f, PLANS)));

type SourcePoint = {
  number: string;
  paraphrase: string;
  quantities: { value: unknown; unit: string }[];
  sub_points?: { id: string; paraphrase: string }[];
};
type SourcePlan = { title: string; parties: string[]; points: SourcePoint[] };

const plan = (file: string) => JSON.parse(readFileSync(new URL(file, PLANS), 'utf8')) as SourcePlan;

/** Wraps a text at `width` columns, the continuation lines indented by `indent`. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = indent + word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line].join('\n');
}

type Style = { name: string; print: (p: SourcePlan) => string };
const STYLES: Style[] = [
  {
    name: 'news list: "N. text", blank lines, dateline, credit',
    print: (p) =>
      [
        `WASHINGTON (Reuters) - The following is the text of the ${p.title}, as seen by Reuters.`,
        '',
        ...p.points.flatMap((x) => [`${x.number}. ${x.paraphrase}`, '']),
        '(Reporting by a correspondent; Editing by an editor)',
      ].join('\n'),
  },
  {
    name: 'leak: "Point N –", sub-points as lettered lines, CRLF',
    print: (p) =>
      [
        p.title,
        ...p.points.flatMap((x) => [
          `Point ${x.number} – ${x.paraphrase}`,
          ...(x.sub_points ?? []).map((s) => `    ${s.id.replace(/^\d+/, '')}) ${s.paraphrase}`),
        ]),
      ].join('\r\n'),
  },
  {
    name: 'PDF paste: "N)" wrapped at 70 columns with hanging indents, page footers',
    print: (p) =>
      p.points
        .map(
          (x, i) =>
            `${`${x.number})`.padEnd(5)}${wrap(x.paraphrase, 70, '     ')}${i % 7 === 6 ? `\n\nPage ${(i + 1) / 7} of 4\n` : ''}`,
        )
        .join('\n'),
  },
];

const flat = (points: ParsedPoint[]): ParsedPoint[] => points.flatMap((p) => [p, ...flat(p.subPoints)]);
// The data's quantities in units the parser reads.
const READABLE = new Set(['personnel', 'USD', 'EUR', 'percent', 'days', 'hours', 'weeks', 'months', 'years']);
// What it misses, and why: a test that says so, and fails when that changes either way.
const KNOWN_MISSES: Record<string, string[]> = {
  'us_28_point_ukraine_2025-11.json': ['14: 50 percent'], // printed as "half the profit"
};

describe('the reference plans, printed as outlets print them', {
  skip: !present && 'shared/data/plans absent',
}, () => {
  for (const file of FILES) {
    for (const style of STYLES) {
      test(`${file}: ${style.name}`, () => {
        const source = plan(file);
        const parties = source.parties.map((name) => ({ name, aliases: [name.replace(/ \(.*\)$/, '')] }));
        const parsed = parsePlan(style.print(source), { parties });
        assert.deepEqual(
          parsed.points.map((p) => p.number),
          source.points.map((p) => p.number),
        );
        parsed.points.forEach((p, i) => {
          assert.equal(p.text, normalizeSpaces(source.points[i]?.paraphrase ?? ''), `point ${p.number}`);
        });
        if (style.name.startsWith('leak'))
          parsed.points.forEach((p, i) => {
            assert.equal(p.subPoints.length, source.points[i]?.sub_points?.length ?? 0, `point ${p.number}`);
          });
        assert.deepEqual(
          parsed.unparsed.map((u) => u.text).filter((t) => !/^Page \d of 4$/.test(t)),
          [],
        );
        // Every quantity the data records with a number and a unit the parser knows is found with the same value
        // and unit in the point or its sub-points, but for the known misses.
        const missed: string[] = [];
        source.points.forEach((sp, i) => {
          for (const q of sp.quantities) {
            if (typeof q.value !== 'number' || !READABLE.has(q.unit)) continue;
            const found = flat([parsed.points[i] as ParsedPoint]).some((p) =>
              p.quantities.some((f) => f.value === q.value && f.unit === q.unit),
            );
            if (!found) missed.push(`${sp.number}: ${q.value} ${q.unit}`);
          }
        });
        assert.deepEqual(missed, KNOWN_MISSES[file] ?? []);
      });
    }
  }
});
