import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Point } from '../api/types.ts';
import {
  counterDraftPoints,
  freeNumber,
  makeRoomAfter,
  mergedSources,
  restoreCandidates,
} from './authoring.ts';

let n = 0;
const pt = (over: Partial<Point> & { id: string; versionId: string }): Point => ({
  lineageId: over.id,
  parentPointId: null,
  derivedFrom: [],
  note: '',
  ordinal: n++,
  number: String(n),
  text: { en: `text ${over.id}` },
  categories: [],
  quantities: [],
  conditions: [],
  logIndex: 1,
  ...over,
});

describe('counter-draft points', () => {
  test('each point keeps its text, number, sub-points and commitments, derived from the point it copies', () => {
    const a = pt({ id: 'a', versionId: 'v', number: '1', ordinal: 0 });
    const b = pt({
      id: 'b',
      versionId: 'v',
      number: '2',
      ordinal: 1,
      quantities: [{ value: 6e5, unit: 'troops', text: '' }],
    });
    const b1 = pt({ id: 'b1', versionId: 'v', number: '2.a', ordinal: 0, parentPointId: 'b' });
    const commitment = {
      id: 'c',
      versionId: 'v',
      pointId: 'b',
      obligor: 'Ukraine',
      beneficiary: null,
      action: 'cap its army',
      due: { event: 'signature' },
      verification: null,
      logIndex: 1,
    };
    const drafts = counterDraftPoints([a, b, b1], [commitment]);
    assert.deepEqual(
      drafts.map((d) => [d.number, d.derivedFrom, d.points?.map((s) => [s.number, s.derivedFrom])]),
      [
        ['1', [{ pointId: 'a' }], undefined],
        ['2', [{ pointId: 'b' }], [['2.a', [{ pointId: 'b1' }]]]],
      ],
    );
    assert.deepEqual(drafts[1]?.commitments, [
      {
        obligor: 'Ukraine',
        beneficiary: null,
        action: 'cap its army',
        due: { event: 'signature' },
        verification: null,
      },
    ]);
    assert.equal(drafts[1]?.quantities[0]?.value, 600000);
  });
});

describe('placing points', () => {
  const v = 'v';
  const one = pt({ id: '1', versionId: v, ordinal: 0, number: '1' });
  const two = pt({ id: '2', versionId: v, ordinal: 1, number: '2' });
  const three = pt({ id: '3', versionId: v, ordinal: 2, number: '3' });
  const far = pt({ id: '9', versionId: v, ordinal: 7, number: '9' });
  const sub = pt({ id: '1a', versionId: v, ordinal: 1, number: '1.a', parentPointId: '1' });

  test('inserting after a point moves the run of siblings below it, last first; a gap stops the run', () => {
    assert.deepEqual(makeRoomAfter([one, two, three, far, sub], one), {
      ordinal: 1,
      moves: [
        { id: '3', ordinal: 3 },
        { id: '2', ordinal: 2 },
      ],
    });
    assert.deepEqual(makeRoomAfter([one, two, three, far], far), { ordinal: 8, moves: [] });
  });

  test('a free number beside a point', () => {
    assert.equal(freeNumber([one, two], one, '1'), '1a');
    assert.equal(freeNumber([one, pt({ id: 'x', versionId: v, number: '1a' })], one, '1'), '1b');
  });

  test("a merge comes from both points' sources, each once", () => {
    const p = pt({ id: 'p', versionId: v, derivedFrom: [{ pointId: 's1', operation: 'keep' }] });
    const q = pt({
      id: 'q',
      versionId: v,
      derivedFrom: [
        { pointId: 's2', operation: 'keep' },
        { pointId: 's1', operation: 'merge' },
      ],
    });
    assert.deepEqual(mergedSources(p, q), [{ pointId: 's1' }, { pointId: 's2' }]);
  });
});

describe('restore candidates', () => {
  // v1 → v2 (drops "amnesty") → draft (answers v2). v1's amnesty point may come back; its ceasefire is carried.
  const versions = [
    { id: 'v1', label: '28 points', parentVersionId: null },
    { id: 'v2', label: 'E3', parentVersionId: 'v1' },
    { id: 'd', label: 'Draft', parentVersionId: 'v2' },
    { id: 'other', label: 'Branch', parentVersionId: 'v1' },
  ];
  const cease1 = pt({ id: 'c1', versionId: 'v1' });
  const amnesty = pt({ id: 'a1', versionId: 'v1' });
  const legacy = pt({ id: 'l1', versionId: 'v1' });
  const cease2 = pt({
    id: 'c2',
    versionId: 'v2',
    lineageId: 'c1',
    derivedFrom: [{ pointId: 'c1', operation: 'keep' }],
  });
  // Written before edges existed: carried by its lineage id alone.
  const legacy2 = pt({ id: 'l2', versionId: 'v2', lineageId: 'l1' });
  const branch = pt({ id: 'b1', versionId: 'other' });
  const pointsOf = new Map([
    ['v1', [cease1, amnesty, legacy]],
    ['v2', [cease2, legacy2]],
    ['other', [branch]],
  ]);

  test('only what the parent dropped, from versions before it on the path, not yet restored', () => {
    const offered = restoreCandidates({ parentVersionId: 'v2', points: [] }, versions, pointsOf);
    assert.deepEqual(
      offered.map((c) => [c.point.id, c.version.label]),
      [['a1', '28 points']],
    );
    const again = restoreCandidates(
      {
        parentVersionId: 'v2',
        points: [pt({ id: 'r', versionId: 'd', derivedFrom: [{ pointId: 'a1', operation: 'restore' }] })],
      },
      versions,
      pointsOf,
    );
    assert.deepEqual(again, []);
  });

  test('a draft from scratch, or answering the first version, has nothing to restore', () => {
    assert.deepEqual(restoreCandidates({ parentVersionId: null, points: [] }, versions, pointsOf), []);
    assert.deepEqual(restoreCandidates({ parentVersionId: 'v1', points: [] }, versions, pointsOf), []);
  });
});
