import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultNumber, expandVersionDraft, unknownLineages } from './expand-version-draft.ts';
import { uuidv7 } from './ids.ts';
import { VersionBundle } from './schemas/records.ts';
import { VersionCreate } from './schemas/version.ts';

describe('expandVersionDraft', () => {
  const planId = uuidv7();
  const kept = uuidv7();
  const draft = VersionCreate.parse({
    label: 'December 20 points',
    points: [
      { text: { en: 'Sovereignty' } },
      {
        lineageId: kept,
        text: { en: 'Army of 800,000' },
        commitments: [{ obligor: 'Ukraine', action: 'cap' }],
        points: [{ text: { en: 'peacetime' } }, { number: '2bis', text: { en: 'review' } }],
      },
    ],
  });
  const bundle = expandVersionDraft({ planId, draft });

  test('flattens parents before children with ordinals, numbers and parent links', () => {
    assert.deepEqual(
      bundle.points.map((p) => [p.number, p.ordinal, p.parentPointId === null ? null : 'parent']),
      [
        ['1', 0, null],
        ['2', 1, null],
        ['2.a', 0, 'parent'],
        ['2bis', 1, 'parent'],
      ],
    );
    assert.equal(bundle.points[2]?.parentPointId, bundle.points[1]?.id);
    assert.ok(bundle.points.every((p) => p.versionId === bundle.version.id));
  });

  test('new points start their own lineage; continued ones keep the given lineage', () => {
    assert.equal(bundle.points[0]?.lineageId, bundle.points[0]?.id);
    assert.equal(bundle.points[1]?.lineageId, kept);
    assert.deepEqual(unknownLineages(bundle, new Set()), [kept]);
    assert.deepEqual(unknownLineages(bundle, new Set([kept])), []);
  });

  test('attaches commitments to their point and yields a valid version.created bundle', () => {
    assert.equal(bundle.commitments.length, 1);
    assert.equal(bundle.commitments[0]?.pointId, bundle.points[1]?.id);
    assert.deepEqual(VersionBundle.parse(bundle), bundle);
    assert.equal(bundle.version.planId, planId);
    assert.equal(bundle.version.label, 'December 20 points');
  });

  test('is deterministic given the id source', () => {
    let n = 0;
    const newId = () => `00000000-0000-7000-8000-${String(n++).padStart(12, '0')}`;
    const a = expandVersionDraft({ planId, draft, newId });
    n = 0;
    assert.deepEqual(expandVersionDraft({ planId, draft, newId }), a);
  });

  test('default numbers: 1, 1.a … 1.z, 1.aa; deeper levels count again', () => {
    assert.equal(defaultNumber(null, 0, 0), '1');
    assert.equal(defaultNumber('6', 0, 1), '6.a');
    assert.equal(defaultNumber('6', 25, 1), '6.z');
    assert.equal(defaultNumber('6', 26, 1), '6.aa');
    assert.equal(defaultNumber('6.a', 2, 2), '6.a.3');
  });
});
