import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlan } from '@concord/core/plain-text';
import {
  countRows,
  countsInWords,
  decodeText,
  factsReader,
  fileRefusal,
  levelMoves,
  mergeWithNext,
  outlineOf,
  placeLine,
  previewIssues,
  previewOf,
  setDropped,
  setNumber,
  setText,
  shiftLevel,
  textRefusal,
} from './import-preview.ts';

const SOURCE = [
  'Draft peace framework, as seen by the outlet.',
  '',
  '1. Ukraine’s sovereignty will be confirmed.',
  '2. Ukraine’s armed forces will be limited to 600,000 personnel.',
  '   a) Reserves are not counted.',
  '   b) The cap is reviewed after 10 years.',
  'Page 2 of 3',
  '3. If Russia invades Ukraine, sanctions will be reinstated.',
  '4. A fund of $100 billion is set up.',
  '',
  'Source: a reporter.',
].join('\n');
const PARTIES = [
  { name: 'Ukraine', aliases: [] },
  { name: 'Russia', aliases: ['Russian Federation'] },
];

const fresh = () => previewOf(parsePlan(SOURCE, { parties: PARTIES }), SOURCE);
const keyOf = (p: ReturnType<typeof fresh>, text: RegExp) => {
  const row = p.rows.find((r) => text.test(r.text));
  assert.ok(row, `no row ${text}`);
  return row.key;
};

describe('the import preview', () => {
  test('points and sub-points in order with levels, the line not understood where it stood, preamble and trailer apart', () => {
    const p = fresh();
    assert.deepEqual(
      p.rows.map((r) => [r.kind, r.level, r.number, r.text.slice(0, 12)]),
      [
        ['point', 0, '1', 'Ukraine’s so'],
        ['point', 0, '2', 'Ukraine’s ar'],
        ['point', 1, 'a', 'Reserves are'],
        ['point', 1, 'b', 'The cap is r'],
        ['unplaced', 0, '', 'Page 2 of 3'],
        ['point', 0, '3', 'If Russia in'],
        ['point', 0, '4', 'A fund of $1'],
      ],
    );
    assert.equal(p.rows[4]?.line, 7);
    assert.deepEqual(p.preamble, ['Draft peace framework, as seen by the outlet.']);
    assert.deepEqual(p.trailer, ['Source: a reporter.']);
    assert.deepEqual(countRows(p), { points: 4, subPoints: 2, unplaced: 1, dropped: 0 });
    assert.equal(countsInWords(countRows(p)), '4 points, 2 sub-points, 1 line not understood.');
    assert.equal(
      countsInWords({ points: 1, subPoints: 1, unplaced: 2, dropped: 3 }),
      '1 point, 1 sub-point, 2 lines not understood, 3 left out on purpose.',
    );
  });

  test('a line not understood and a duplicated number stand in the way of saving until dealt with', () => {
    let p = setNumber(fresh(), keyOf(fresh(), /fund/), '3');
    const issues = previewIssues(p).map((i) => i.message);
    assert.ok(issues.some((m) => /Line 7 was not understood/.test(m)));
    assert.ok(issues.some((m) => /Point 3 is numbered like another point/.test(m)));
    p = setNumber(p, keyOf(p, /fund/), '4');
    p = setDropped(p, keyOf(p, /Page 2/), true);
    assert.deepEqual(previewIssues(p), []);
    assert.deepEqual(countRows(p), { points: 4, subPoints: 2, unplaced: 0, dropped: 1 });
    // Brought back, it is again a line to decide on: never silently gone.
    p = setDropped(p, keyOf(p, /Page 2/), false);
    assert.equal(previewIssues(p).length, 1);
  });

  test('a line placed as a point needs a number; as a sub-point it goes under the point above', () => {
    let p = fresh();
    const line = keyOf(p, /Page 2/);
    const asPoint = placeLine(p, line, 'point');
    const placed = asPoint.rows.find((r) => r.key === line);
    assert.equal(placed?.kind, 'point');
    assert.equal(placed?.level, 1, 'the level of the point above (b)');
    assert.ok(previewIssues(asPoint).some((i) => i.key === line && /needs a number/.test(i.message)));
    p = placeLine(p, line, 'sub-point');
    assert.equal(p.rows.find((r) => r.key === line)?.level, 2);
    p = setNumber(p, line, 'i');
    const o = outlineOf(p).find((x) => x.row.key === line);
    assert.equal(o?.parentKey, keyOf(p, /cap is reviewed/));
  });

  test('levels: a point moves with its sub-points; the first point cannot go deeper; never more than four levels', () => {
    let p = fresh();
    const two = keyOf(p, /armed forces/);
    const first = keyOf(p, /sovereignty/);
    assert.deepEqual(levelMoves(p, first), { deeper: false, up: false });
    p = shiftLevel(p, two, 1);
    assert.deepEqual(
      outlineOf(p).map((o) => [o.row.number, o.level]),
      [
        ['1', 0],
        ['2', 1],
        ['a', 2],
        ['b', 2],
        ['3', 0],
        ['4', 0],
      ],
    );
    assert.equal(outlineOf(p).find((o) => o.row.key === two)?.parentKey, first);
    p = shiftLevel(p, two, -1);
    p = shiftLevel(p, keyOf(p, /Reserves/), -1);
    assert.deepEqual(
      outlineOf(p).map((o) => o.level),
      [0, 0, 0, 1, 0, 0],
    );
    // b now hangs under a.
    assert.equal(outlineOf(p).find((o) => o.row.number === 'b')?.parentKey, keyOf(p, /Reserves/));
    let deep = p;
    for (let i = 0; i < 6; i++) deep = shiftLevel(deep, keyOf(deep, /fund/), 1);
    assert.equal(deep.rows.find((r) => /fund/.test(r.text))?.level, 1, 'only one below the point above');
  });

  test('merging a point with the next joins the texts and keeps the first number', () => {
    let p = fresh();
    p = mergeWithNext(p, keyOf(p, /invades/));
    const merged = p.rows.find((r) => /invades/.test(r.text));
    assert.equal(merged?.number, '3');
    assert.match(merged?.text ?? '', /reinstated\. A fund of \$100 billion is set up\.$/);
    assert.equal(
      p.rows.some((r) => /^A fund/.test(r.text)),
      false,
    );
    assert.deepEqual(previewIssues(setDropped(p, keyOf(p, /Page 2/), true)), []);
  });

  test('a point edited is read again: quantities, parties and conditions follow its text', () => {
    const facts = factsReader(PARTIES);
    let p = fresh();
    const key = keyOf(p, /armed forces/);
    assert.deepEqual(
      facts(p.rows.find((r) => r.key === key)?.text ?? '').quantities.map((q) => q.value),
      [600000],
    );
    p = setText(p, key, 'The Russian Federation accepts 800,000 personnel if Ukraine agrees.');
    const read = facts(p.rows.find((r) => r.key === key)?.text ?? '');
    assert.deepEqual(
      read.quantities.map((q) => [q.value, q.unit]),
      [[800000, 'personnel']],
    );
    assert.deepEqual(read.parties, ['Russia', 'Ukraine']);
    assert.equal(read.conditions.length, 1);
  });

  test('files: only .txt or .md text up to 1 MB; binary or non-UTF-8 bytes are refused in words', () => {
    assert.equal(fileRefusal({ name: 'plan.txt', size: 10, type: 'text/plain' }), null);
    assert.equal(fileRefusal({ name: 'PLAN.MD', size: 10, type: '' }), null);
    assert.match(
      fileRefusal({ name: 'plan.pdf', size: 10, type: 'application/pdf' }) ?? '',
      /Only a plain text file/,
    );
    assert.match(fileRefusal({ name: 'plan.txt', size: 10, type: 'application/octet-stream' }) ?? '', /Only/);
    assert.match(
      fileRefusal({ name: 'plan.txt', size: 1_000_001, type: 'text/plain' }) ?? '',
      /larger than 1 MB/,
    );
    assert.deepEqual(decodeText(new TextEncoder().encode('\ufeff1. Peace.')), { text: '1. Peace.' });
    assert.ok('refusal' in decodeText(new Uint8Array([0xff, 0xfe, 0x31])));
    assert.ok('refusal' in decodeText(new Uint8Array([0x31, 0x00, 0x32])));
    assert.match(textRefusal('   ') ?? '', /Paste the text/);
    assert.match(textRefusal('x'.repeat(1_000_001)) ?? '', /larger than 1 MB/);
    assert.equal(textRefusal('1. Peace.'), null);
  });
});
