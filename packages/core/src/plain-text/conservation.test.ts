// The parser's promise: every non-empty line of the input ends up in exactly one place (the preamble, one point's
// text, the trailer or `unparsed`), whatever the input. Checked over the fixtures, variants of them (Windows line
// endings, tabs, no-break spaces, flattened indents, no blank lines) and generated documents.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { type Layout, layoutPlan, type PointDraft } from './layout.ts';
import { splitLines } from './lines.ts';
import { readMarker } from './numbering.ts';

const testdata = new URL('./testdata/', import.meta.url);
const fixtures = readdirSync(testdata)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, testdata), 'utf8'));

const variants = (text: string): string[] => [
  text,
  text.replace(/\n/g, '\r\n'),
  text.replace(/^( {2,})/gm, (s) => '\t'.repeat(Math.ceil(s.length / 4))),
  text.replace(/ /g, '\u00a0'),
  text.replace(/^[ \t]+/gm, ''),
  text.replace(/\n\s*\n/g, '\n'),
  text.replace(/\n/g, '\n\n'),
];

/** A seeded generator of plan-like documents mixing every kind of line the parser knows and some it does not. */
function generated(seed: number): string {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const kinds = [
    () => `${Math.floor(next() * 30)}. A point with $${Math.floor(next() * 900)} billion.`,
    () => `  ${pick(['a)', '(b)', '(i)', '(ii)', 'c.', 'iv.'])} a sub-point;`,
    () => `${' '.repeat(Math.floor(next() * 12))}${pick(['-', '•', '*', '→', '–'])} a bullet`,
    () => '    a wrapped line that continues',
    () => pick(['Page 2 of 5', '- 3 -', 'Advertisement', 'CONFIDENTIAL']),
    () => pick(['## Heading', 'Security guarantees', '**Territory**']),
    () => pick(['Source: Reuters', '— Jane Doe', '(Reporting by X)']),
    () => '',
    () => `Point ${Math.floor(next() * 30)} – text`,
    () => pick(['2025.', '600,000', '1.5 million', '((((', ')))', '• ', '1.', '(a)']),
    () => '\t\u00a0 tabbed \u2009 text',
  ];
  return Array.from({ length: 40 + Math.floor(next() * 60) }, () => pick(kinds)()).join(
    pick(['\n', '\r\n', '\r']),
  );
}

function placedLines(layout: Layout): Map<number, string[]> {
  const where = new Map<number, string[]>();
  const note = (line: number, text: string) => where.set(line, [...(where.get(line) ?? []), text]);
  for (const l of layout.preamble) note(l.line, l.text);
  for (const l of layout.trailer) note(l.line, l.text);
  for (const l of layout.unparsed) note(l.line, l.text);
  const walk = (points: PointDraft[]) => {
    for (const p of points) {
      for (const line of p.lines) note(line, p.text);
      walk(p.subPoints);
    }
  };
  walk(layout.points);
  return where;
}

function assertConserved(input: string, label: string): void {
  const layout = layoutPlan(input);
  const where = placedLines(layout);
  for (const source of splitLines(input)) {
    const places = where.get(source.line) ?? [];
    if (source.text === '') {
      assert.equal(places.length, 0, `${label}: blank line ${source.line} placed`);
      continue;
    }
    assert.equal(
      places.length,
      1,
      `${label}: line ${source.line} "${source.text}" placed ${places.length} times`,
    );
    // Its words are in the text of the place: all of the line, or what follows its marker.
    const body = readMarker(source.text)?.rest ?? source.text;
    const text = places[0] ?? '';
    assert.ok(
      text.includes(source.text) || text.includes(body),
      `${label}: line ${source.line} "${source.text}" not in "${text.slice(0, 200)}"`,
    );
  }
}

test('every non-empty line is kept in exactly one place: fixtures and their variants', () => {
  assert.ok(fixtures.length >= 6);
  fixtures.forEach((f, i) => {
    variants(f).forEach((v, j) => {
      assertConserved(v, `fixture ${i} variant ${j}`);
    });
  });
});

test('every non-empty line is kept in exactly one place: generated documents', () => {
  for (let seed = 1; seed <= 300; seed++) assertConserved(generated(seed), `seed ${seed}`);
});

test('every non-empty line is kept in exactly one place: hostile shapes', () => {
  const deep = Array.from({ length: 500 }, (_, i) => `${' '.repeat(i)}- level ${i}`).join('\n');
  const markersOnly = Array.from({ length: 300 }, (_, i) => `${i + 1}.`).join('\n');
  const mixed = Array.from({ length: 300 }, (_, i) => ['(i)', '(a)', 'i.', 'a)', 'I.', 'A.'][i % 6]).join(
    '\n',
  );
  for (const [label, text] of [
    ['deep', deep],
    ['markers only', markersOnly],
    ['mixed', mixed],
    ['controls', '1. a\u0000b\u001b[2J\n2. \u202eevil\n\u0085\n3. c'],
    ['surrogates', '1. \ud800 broken\n2. ok'],
  ] as const)
    assertConserved(text, label);
});
