import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Point } from '../api/types.ts';
import { compareToParent, comparisonFromDiff, countChanges } from './compare-to-parent.ts';

const p = (
  id: string,
  lineageId: string,
  number: string,
  text: string,
  extra: Partial<Point> = {},
): Point => ({
  id,
  versionId: 'v',
  lineageId,
  parentPointId: null,
  derivedFrom: [],
  note: '',
  ordinal: Number.parseInt(number, 10) || 0,
  number,
  text: { en: text },
  categories: [],
  quantities: [],
  conditions: [],
  logIndex: 0,
  ...extra,
});

describe('compareToParent', () => {
  const parent = [
    p('a1', 'L1', '1', 'Sovereignty confirmed.'),
    p('a3', 'L3', '3', 'Expectation clause.'),
    p('a6', 'L6', '6', 'Army capped at 600,000.', {
      quantities: [{ value: 600000, unit: 'personnel', text: '600,000' }],
    }),
    p('a7', 'L7', '7', 'No NATO membership.', { categories: ['alliance', 'const'] }),
  ];

  test('follows lineage, not numbers: unchanged, amended, renumbered, new and removed', () => {
    const child = [
      p('b1', 'L1', '1', 'Sovereignty confirmed.'),
      p('b4', 'L6', '4', 'Army capped at 800,000.', {
        quantities: [{ value: 800000, unit: 'personnel', text: '800,000' }],
      }),
      p('b5', 'L7', '5', 'No NATO membership.', { categories: ['const', 'alliance'] }),
      p('b9', 'L9', '9', 'A new point.'),
    ];
    const { changes, removed } = compareToParent(child, parent);
    assert.deepEqual(changes.get('b1'), { kind: 'unchanged', was: '1' });
    const b4 = changes.get('b4');
    assert.deepEqual(b4 && { ...b4, redlines: undefined }, {
      kind: 'amended',
      was: '6',
      what: ['text', 'number', 'quantities'],
      redlines: undefined,
    });
    assert.deepEqual(b4?.kind === 'amended' ? b4.redlines?.en : null, [
      { op: 'same', text: 'Army capped at' },
      { op: 'removed', text: '600,000.' },
      { op: 'added', text: '800,000.' },
    ]);
    // Renumbered with the same wording (category order is no change): the same point, under another number.
    assert.deepEqual(changes.get('b5'), { kind: 'unchanged', was: '7' });
    assert.deepEqual(changes.get('b9'), { kind: 'new' });
    assert.deepEqual(
      removed.map((x) => x.number),
      ['3'],
    );
  });

  test('a root version has every point new and nothing removed', () => {
    const { changes, removed } = compareToParent(parent, []);
    assert.ok([...changes.values()].every((c) => c.kind === 'new'));
    assert.deepEqual(removed, []);
  });

  test('a translation added to the text is an amendment of the text', () => {
    const child = [
      p('b1', 'L1', '1', 'Sovereignty confirmed.', {
        text: { en: 'Sovereignty confirmed.', uk: 'Суверенітет підтверджено.' },
      }),
    ];
    assert.deepEqual(compareToParent(child, parent).changes.get('b1'), {
      kind: 'amended',
      was: '1',
      what: ['text'],
      redlines: {},
    });
  });

  test("a change only in a quantity's description (a tooltip, not the text) is no amendment", () => {
    const child = [
      p('b6', 'L6', '6', 'Army capped at 600,000.', {
        quantities: [{ value: 600000, unit: 'personnel', text: 'peacetime cap' }],
      }),
    ];
    assert.deepEqual(compareToParent(child, parent).changes.get('b6'), { kind: 'unchanged', was: '6' });
  });

  test('counts top-level points and sub-points apart, removals by their level in the parent', () => {
    const parentPoints = [
      p('a1', 'L1', '1', 'One.'),
      p('a1a', 'L1a', '1.a', 'One a.', { parentPointId: 'a1' }),
      p('a1b', 'L1b', '1.b', 'One b.', { parentPointId: 'a1' }),
      p('a2', 'L2', '2', 'Two.'),
      p('a2a', 'L2a', '2.a', 'Two a.', { parentPointId: 'a2' }),
    ];
    const child = [
      p('b1', 'L1', '1', 'One, amended.'),
      p('b1a', 'L1a', '1.a', 'One a.', { parentPointId: 'b1' }),
      p('b1c', 'L1c', '1.c', 'One c, new.', { parentPointId: 'b1' }),
      p('b3', 'L3', '3', 'Three, new.'),
    ];
    const counts = countChanges(child, compareToParent(child, parentPoints));
    assert.deepEqual(counts.points, { total: 2, new: 1, amended: 1, unchanged: 0, removed: 1 });
    assert.deepEqual(counts.subPoints, { total: 2, new: 1, amended: 0, unchanged: 1, removed: 2 });
  });

  test("the server's change set reads the same: amended with its redline and stale language, removed listed", () => {
    const a6 = parent[2] as Point;
    const b4 = p('b4', 'L6', '4', 'Army capped at 800,000.', {
      text: { en: 'Army capped at 800,000.', uk: 'x' },
    });
    const zero = {
      unchanged: 0,
      moved: 0,
      amended: 0,
      added: 0,
      removed: 0,
      split: 0,
      merged: 0,
      restored: 0,
    };
    const entry = {
      renumbered: true,
      recategorised: false,
      conditionsChanged: false,
      quantities: [],
      topLevel: true,
      restoredFrom: [],
    };
    const { changes, removed } = comparisonFromDiff({
      planId: 'plan',
      from: { id: 'a', label: 'A' },
      to: { id: 'b', label: 'B' },
      summary: '',
      counts: { points: zero, subPoints: zero },
      changes: [
        {
          ...entry,
          kind: 'amended',
          before: [a6],
          after: [b4],
          languages: { changed: ['en'], added: [], removed: [], stale: ['uk'] },
          redlines: { en: [{ op: 'same', text: 'Army' }] },
        },
        { ...entry, kind: 'removed', before: [parent[1] as Point], after: [], languages: null, redlines: {} },
      ],
    });
    assert.deepEqual(changes.get('b4'), {
      kind: 'amended',
      was: '6',
      what: ['text', 'number'],
      redlines: { en: [{ op: 'same', text: 'Army' }] },
      stale: ['uk'],
    });
    assert.deepEqual(
      removed.map((x) => x.number),
      ['3'],
    );
  });
});
