import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Point, VersionCreate } from '@concord/core';
import { parsePlan } from '@concord/core/plain-text';
import {
  ancestorsOf,
  confidenceWords,
  derivationsOf,
  type EarlierVersion,
  importedCandidates,
  likelyLanguage,
  proposeImport,
  versionBody,
} from './import-lineage.ts';
import { factsReader, placeLine, previewOf, setNumber } from './import-preview.ts';

const V1 = '00000000-0000-7000-8000-000000000001';
const V2 = '00000000-0000-7000-8000-000000000002';
let n = 100;
function point(
  versionId: string,
  ordinal: number,
  number: string,
  text: string,
  parentPointId: string | null = null,
): Point {
  const id = `00000000-0000-7000-8000-000000000${n++}`;
  // `as Point`: the fields every version of Point has (a note is added by the server's default).
  return {
    id,
    versionId,
    lineageId: id,
    parentPointId,
    derivedFrom: [],
    ordinal,
    number,
    text: { en: text },
    categories: [],
    quantities: [],
    conditions: [],
    note: '',
    logIndex: 1,
  } as Point;
}

const sovereignty = point(V1, 0, '1', 'Ukraine’s sovereignty will be confirmed.');
const army = {
  ...point(V1, 1, '2', 'Ukraine’s armed forces will be limited to 600,000 personnel.'),
  quantities: [{ value: 600000, unit: 'personnel', text: '600,000 personnel' }],
};
const amnesty = point(
  V1,
  2,
  '3',
  'A full amnesty is granted to all parties for their actions during the war.',
);
const versions: EarlierVersion[] = [
  { id: V1, label: '28-point draft', parentVersionId: null, points: [sovereignty, army, amnesty] },
  { id: V2, label: 'Counter-draft', parentVersionId: V1, points: [] },
];

const SOURCE = [
  'Preamble of the counter-draft.',
  '',
  '1. Ukraine’s sovereignty will be confirmed.',
  '2. Ukraine’s armed forces will be limited to 800,000 personnel in peacetime.',
  '   a) Reserves are not counted.',
  '3. Elections are held within 100 days.',
].join('\n');

describe('the lineage step of an import', () => {
  const facts = factsReader([{ name: 'Ukraine', aliases: [] }]);
  const preview = previewOf(parsePlan(SOURCE), SOURCE);
  const imported = importedCandidates(preview, 'en', facts);

  test('proposals over the earlier points: kept, amended, new, each with a confidence and reasons', () => {
    const proposals = proposeImport(imported, versions, V1);
    const byNumber = new Map(imported.map((c) => [c.number, proposals.get(c.id)]));
    assert.deepEqual(byNumber.get('1')?.derivedFrom, [{ pointId: sovereignty.id, operation: 'keep' }]);
    assert.deepEqual(byNumber.get('2')?.derivedFrom, [{ pointId: army.id, operation: 'amend' }]);
    assert.ok(
      (byNumber.get('2')?.reasons ?? []).some((r) => /600,000.*800,000/.test(r)),
      String(byNumber.get('2')?.reasons),
    );
    assert.deepEqual(byNumber.get('3')?.derivedFrom, [], 'the elections are new, not the amnesty');
    assert.deepEqual(byNumber.get('a')?.derivedFrom, []);
    for (const p of proposals.values()) assert.ok(p.confidence >= 0 && p.confidence <= 1);
    // With no earlier points every point is new.
    assert.ok([...proposeImport(imported, [], null).values()].every((p) => p.derivedFrom.length === 0));
  });

  test('the choices become derivations; the body nests sub-points and passes core’s schema', () => {
    const proposals = proposeImport(imported, versions, V1);
    const one = imported.find((c) => c.number === '1')?.id ?? '';
    const three = imported.find((c) => c.number === '3')?.id ?? '';
    assert.deepEqual(derivationsOf(proposals.get(one), { kind: 'proposed' }), [{ pointId: sovereignty.id }]);
    assert.deepEqual(derivationsOf(proposals.get(one), { kind: 'new' }), []);
    assert.deepEqual(derivationsOf(proposals.get(three), { kind: 'source', pointId: amnesty.id }), [
      { pointId: amnesty.id },
    ]);
    const body = versionBody(
      preview,
      {
        label: ' Counter ',
        issuedOn: '',
        note: 'Preamble of the counter-draft.',
        parentVersionId: V1,
        language: 'en',
      },
      facts,
      (key) =>
        key === three ? [{ pointId: amnesty.id }] : derivationsOf(proposals.get(key), { kind: 'proposed' }),
    );
    const parsed = VersionCreate.parse(body);
    assert.equal(parsed.label, 'Counter');
    assert.equal(parsed.issuedOn, null);
    assert.deepEqual(
      parsed.points.map((p) => p.number),
      ['1', '2', '3'],
    );
    assert.deepEqual(
      parsed.points[1]?.points?.map((p) => p.text),
      [{ en: 'Reserves are not counted.' }],
    );
    assert.deepEqual(
      parsed.points[1]?.quantities?.map((q) => q.value),
      [800000],
    );
    assert.deepEqual(parsed.points[1]?.derivedFrom, [{ pointId: army.id }]);
    assert.deepEqual(parsed.points[2]?.derivedFrom, [{ pointId: amnesty.id }]);
    assert.equal(parsed.points[0]?.points, undefined);
  });

  test('a line placed by hand is saved where it was placed; a line left undecided is never sent', () => {
    const src = `${SOURCE}\nPage 2 of 3\n4. A donor conference meets in Warsaw.`;
    let p = previewOf(parsePlan(src), src);
    const line = p.rows.find((r) => r.kind === 'unplaced');
    assert.ok(line);
    const details = { label: 'x', issuedOn: '2025-11-30', note: '', parentVersionId: null, language: 'en' };
    const unplaced = versionBody(p, details, facts, () => []);
    assert.equal(JSON.stringify(unplaced).includes('Page 2 of 3'), false);
    p = setNumber(placeLine(p, line.key, 'point'), line.key, '3bis');
    const body = VersionCreate.parse(versionBody(p, details, facts, () => []));
    assert.deepEqual(
      body.points.map((x) => x.number),
      ['1', '2', '3', '3bis', '4'],
    );
    assert.equal(body.issuedOn, '2025-11-30');
  });

  test('ancestors of the parent, nearest first, a cycle ends the walk; the likely language; confidence in words', () => {
    const tree = [
      { id: 'a', parentVersionId: null },
      { id: 'b', parentVersionId: 'a' },
      { id: 'c', parentVersionId: 'b' },
      { id: 'x', parentVersionId: 'y' },
      { id: 'y', parentVersionId: 'x' },
    ];
    assert.deepEqual(ancestorsOf(tree, 'c'), ['b', 'a']);
    assert.deepEqual(ancestorsOf(tree, 'a'), []);
    assert.deepEqual(ancestorsOf(tree, 'x'), ['y']);
    assert.equal(likelyLanguage(versions), 'en');
    assert.equal(
      likelyLanguage([
        { ...versions[0], points: [{ ...army, text: { uk: 'Збройні сили' } }] } as EarlierVersion,
      ]),
      'uk',
    );
    assert.equal(confidenceWords(0.93), 'high (93%)');
    assert.equal(confidenceWords(0.5), 'medium (50%)');
    assert.equal(confidenceWords(0.2), 'low (20%)');
  });
});
