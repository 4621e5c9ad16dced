import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyChanges } from './apply-changes.ts';
import type { FixtureChange, FixtureChangedVersion, FixturePoint, FixtureVersion } from './fixture-schema.ts';

function point(number: string, extra: Partial<FixturePoint> = {}): FixturePoint {
  return {
    key: `base#${number}`,
    number,
    text: { en: `text ${number}` },
    categories: ['cease'],
    quantities: [],
    conditions: [],
    commitments: [],
    sources: ['S1'],
    ...extra,
  };
}

const base: FixtureVersion = {
  key: 'base',
  plan: 'plan',
  parent: null,
  label: 'Base',
  issuedOn: null,
  status: 'draft',
  note: '',
  sources: { S1: 'https://example.org/1' },
  points: [
    point('1'),
    point('2', { quantities: [{ value: 600000, unit: 'personnel', text: 'cap' }] }),
    point('3', { subPoints: [point('3.a'), point('3.b')] }),
    point('4', { subPoints: [point('4.a')] }),
  ],
};

function counter(changes: Partial<FixtureChange>[]): FixtureChangedVersion {
  return {
    key: 'next',
    plan: 'plan',
    parent: 'base',
    label: 'Next',
    issuedOn: null,
    status: 'draft',
    note: '',
    sources: { S2: 'https://example.org/2' },
    changes: changes.map((c) => ({ point: '1', action: 'keep', sources: [], ...c })),
  };
}

describe('applyChanges', () => {
  test('carries unchanged points over with their lineage, keys renamed to the new version', () => {
    const next = applyChanges(base, counter([{ point: '1', action: 'keep' }]));
    assert.deepEqual(
      next.points.map((p) => [p.key, p.continues]),
      [
        ['next#1', 'base#1'],
        ['next#2', 'base#2'],
        ['next#3', 'base#3'],
        ['next#4', 'base#4'],
      ],
    );
    assert.deepEqual(
      next.points[2]?.subPoints?.map((s) => [s.key, s.continues]),
      [
        ['next#3.a', 'base#3.a'],
        ['next#3.b', 'base#3.b'],
      ],
    );
    assert.deepEqual(next.sources, { S1: 'https://example.org/1', S2: 'https://example.org/2' });
    assert.equal('changes' in next, false);
  });

  test('amend replaces the given fields and carries the rest', () => {
    const next = applyChanges(
      base,
      counter([
        {
          point: '2',
          action: 'amend',
          text: { en: 'cap 800,000' },
          quantities: [{ value: 800000, unit: 'personnel', text: 'cap' }],
        },
      ]),
    );
    const amended = next.points[1];
    assert.equal(amended?.text.en, 'cap 800,000');
    assert.equal(amended?.quantities[0]?.value, 800000);
    assert.deepEqual(amended?.categories, ['cease']);
    assert.deepEqual(amended?.sources, ['S1'], 'sources carried when the change cites none');
    assert.equal(amended?.continues, 'base#2');
  });

  test('replace keeps the lineage but drops sub-points and carried content', () => {
    const next = applyChanges(
      base,
      counter([
        { point: '3', action: 'replace', text: { en: 'new' }, categories: ['bound'], sources: ['S2'] },
      ]),
    );
    const replaced = next.points[2];
    assert.equal(replaced?.continues, 'base#3');
    assert.equal(replaced?.subPoints, undefined);
    assert.deepEqual(replaced?.categories, ['bound']);
    assert.deepEqual(replaced?.sources, ['S2']);
  });

  test('delete removes a point with its sub-points; a sub-point can be deleted alone', () => {
    const next = applyChanges(
      base,
      counter([
        { point: '3', action: 'delete' },
        { point: '4.a', action: 'delete' },
      ]),
    );
    assert.deepEqual(
      next.points.map((p) => p.number),
      ['1', '2', '4'],
    );
    assert.equal(next.points[2]?.subPoints, undefined);
  });

  test('refuses changes to unknown points, double changes and amendments without text', () => {
    assert.throws(
      () => applyChanges(base, counter([{ point: '9', action: 'delete' }])),
      /base has no point 9/,
    );
    assert.throws(
      () =>
        applyChanges(
          base,
          counter([
            { point: '1', action: 'delete' },
            { point: '1', action: 'keep' },
          ]),
        ),
      /point 1 is changed twice/,
    );
    assert.throws(() => applyChanges(base, counter([{ point: '1', action: 'amend' }])), /needs a text/);
    assert.throws(
      () => applyChanges(base, counter([{ point: '1', action: 'replace', text: { en: 'x' } }])),
      /needs its categories/,
    );
  });
});
