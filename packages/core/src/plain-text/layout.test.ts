import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Layout, layoutPlan, type PointDraft } from './layout.ts';

const outline = (points: PointDraft[], depth = 0): string[] =>
  points.flatMap((p) => [`${'  '.repeat(depth)}${p.number} ${p.text}`, ...outline(p.subPoints, depth + 1)]);
const shape = (l: Layout) => ({
  preamble: l.preamble.map((x) => x.text),
  points: outline(l.points),
  trailer: l.trailer.map((x) => x.text),
  unparsed: l.unparsed.map((x) => `${x.line}: ${x.text}`),
});

describe('layout', () => {
  test('numbering forms, each as a list of points', () => {
    for (const marks of [
      ['1.', '2.', '3.'],
      ['1)', '2)', '3)'],
      ['(1)', '(2)', '(3)'],
      ['Point 1 –', 'Point 2 –', 'Point 3 –'],
      ['Point 1:', 'Point 2:', 'Point 3:'],
      ['Пункт 1.', 'Пункт 2.', 'Пункт 3.'],
      ['1 -', '2 -', '3 -'],
      ['-', '-', '-'],
      ['•', '•', '•'],
      ['→', '→', '→'],
      ['a)', 'b)', 'c)'],
      ['(i)', '(ii)', '(iii)'],
      ['١.', '٢.', '٣.'],
    ]) {
      const l = layoutPlan(marks.map((m, i) => `${m} Text ${i}.`).join('\n'));
      assert.equal(l.points.length, 3, marks.join(' '));
      assert.deepEqual(
        l.points.map((p) => p.text),
        ['Text 0.', 'Text 1.', 'Text 2.'],
      );
    }
  });

  test('sub-points by marker style and by indentation', () => {
    const text = [
      '1. First:',
      'a) alpha',
      'b) beta',
      '   (i) one',
      '   (ii) two',
      'c) gamma',
      '2. Second:',
      '  - bullet',
      '    - nested bullet',
      '  - bullet two',
      '3. Third.',
      '3a. Inserted.',
      '4. Fourth.',
      '4.1 The first part.',
      '4.2 The second part.',
      '5. Fifth.',
    ].join('\n');
    assert.deepEqual(shape(layoutPlan(text)).points, [
      '1 First:',
      '  a alpha',
      '  b beta',
      '    i one',
      '    ii two',
      '  c gamma',
      '2 Second:',
      '  1 bullet',
      '    1 nested bullet',
      '  2 bullet two',
      '3 Third.',
      '3a Inserted.',
      '4 Fourth.',
      '  4.1 The first part.',
      '  4.2 The second part.',
      '5 Fifth.',
    ]);
  });

  test('"(i)" after "(h)" is a letter; "(ii)" after "(i)" is roman', () => {
    const letters = 'abcdefghij'.split('').map((c) => `(${c}) item ${c};`);
    const l = layoutPlan(['1. Head:', ...letters, '2. Next.'].join('\n'));
    assert.deepEqual(
      l.points[0]?.subPoints.map((p) => p.number),
      'abcdefghij'.split(''),
    );
    const r = layoutPlan(['1. Head:', '(a) x:', '(i) one;', '(ii) two;', '(b) y.'].join('\n'));
    assert.deepEqual(outline(r.points), ['1 Head:', '  a x:', '    i one;', '    ii two;', '  b y.']);
  });

  test('wrapped lines, hanging indents and a marker alone on its line join the point above', () => {
    const text = [
      '1.  The first point runs',
      '    over two lines.',
      '2.  A point that ends in a non-',
      '    aggression pact and goes on',
      'without an indent.',
      '3.',
      'The text of three.',
      '4. Last.',
    ].join('\n');
    assert.deepEqual(shape(layoutPlan(text)).points, [
      '1 The first point runs over two lines.',
      '2 A point that ends in a non-aggression pact and goes on without an indent.',
      '3 The text of three.',
      '4 Last.',
    ]);
  });

  test('preamble, headings, trailer', () => {
    const text = [
      'The plan, as published:',
      '',
      'Security guarantees',
      '',
      '1. One.',
      '2. Two.',
      '',
      '## Territory',
      '3. Three.',
      '',
      'Economy',
      '4. Four.',
      '',
      'Source: Reuters',
      '— Jane Doe',
    ].join('\n');
    assert.deepEqual(shape(layoutPlan(text)), {
      preamble: ['The plan, as published:', 'Security guarantees', '## Territory', 'Economy'],
      points: ['1 One.', '2 Two.', '3 Three.', '4 Four.'],
      trailer: ['Source: Reuters', '— Jane Doe'],
      unparsed: [],
    });
  });

  test('lettered or roman section titles above numbered points are headings', () => {
    const text = ['I. Security', '1- One.', '2- Two.', 'II. Economy', '3- Three.', '', 'ENDS'].join('\n');
    assert.deepEqual(shape(layoutPlan(text)), {
      preamble: ['I. Security', 'II. Economy'],
      points: ['1 One.', '2 Two.', '3 Three.'],
      trailer: ['ENDS'],
      unparsed: [],
    });
    const lettered = ['A. SECURITY', '1. One.', 'B. TERRITORY', '2. Two.', 'C. ECONOMY', '3. Three.'].join(
      '\n',
    );
    assert.deepEqual(shape(layoutPlan(lettered)).preamble, ['A. SECURITY', 'B. TERRITORY', 'C. ECONOMY']);
    assert.deepEqual(shape(layoutPlan(lettered)).points, ['1 One.', '2 Two.', '3 Three.']);
  });

  test('"Point N" alone on its line, its text on the next', () => {
    const text = ['Point 1', 'All confirm.', '', 'Point 2', 'Non-aggression.'].join('\n');
    assert.deepEqual(shape(layoutPlan(text)).points, ['1 All confirm.', '2 Non-aggression.']);
  });

  test('a sign-off after the last point is the trailer, a paragraph between points joins its point', () => {
    const text = ['1. One.', '', 'More about one.', '', '2. Two.', '', 'The White House', 'Washington'].join(
      '\n',
    );
    assert.deepEqual(shape(layoutPlan(text)), {
      preamble: [],
      points: ['1 One. More about one.', '2 Two.'],
      trailer: ['The White House', 'Washington'],
      unparsed: [],
    });
  });

  test('page furniture is not understood, and does not cut a point in two', () => {
    const text = [
      'CONFIDENTIAL',
      '1. A point that runs',
      '',
      'Page 1 of 2',
      '',
      'CONFIDENTIAL',
      'across a page break.',
      'Advertisement',
      '2. Two.',
      '- 2 -',
    ].join('\n');
    assert.deepEqual(shape(layoutPlan(text)), {
      preamble: [],
      points: ['1 A point that runs across a page break.', '2 Two.'],
      trailer: [],
      unparsed: ['1: CONFIDENTIAL', '4: Page 1 of 2', '6: CONFIDENTIAL', '8: Advertisement', '10: - 2 -'],
    });
  });

  test('a number that starts a wrapped line is not a point', () => {
    const text = ['1. Guarantees modelled on Article', '5. of the treaty apply.', '2. Next.'].join('\n');
    assert.deepEqual(shape(layoutPlan(text)).points, [
      '1 Guarantees modelled on Article 5. of the treaty apply.',
      '2 Next.',
    ]);
  });

  test('a year that starts a line opens no point, not even the first', () => {
    const text = ['2025. The year of talks.', '1. One ends in', '2026. Then more.', '2. Two.'].join('\n');
    assert.deepEqual(shape(layoutPlan(text)), {
      preamble: ['2025. The year of talks.'],
      points: ['1 One ends in 2026. Then more.', '2 Two.'],
      trailer: [],
      unparsed: [],
    });
  });

  test('a list in the preamble in another style stays in the preamble; gaps in numbering are kept', () => {
    const text = ['Key points:', '- one', '- two', '', '1. First.', '6. Sixth.', '28. Last.'].join('\n');
    assert.deepEqual(shape(layoutPlan(text)), {
      preamble: ['Key points:', '- one', '- two'],
      points: ['1 First.', '6 Sixth.', '28 Last.'],
      trailer: [],
      unparsed: [],
    });
  });

  test('nesting is bounded: deeper markers stay in the text of the deepest point', () => {
    const text = ['1. a', '  - b', '    - c', '      - d', '        - e', '          - f'].join('\n');
    const l = layoutPlan(text);
    assert.deepEqual(outline(l.points), ['1 a', '  1 b', '    1 c', '      1 d - e - f']);
  });

  test('no points: everything is preamble', () => {
    assert.deepEqual(shape(layoutPlan('Just a paragraph.\nAnd another.')), {
      preamble: ['Just a paragraph.', 'And another.'],
      points: [],
      trailer: [],
      unparsed: [],
    });
    assert.deepEqual(shape(layoutPlan('')), { preamble: [], points: [], trailer: [], unparsed: [] });
  });
});
