import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Point } from '../api/types.ts';
import { precedentDraft, precedentNote, renumber } from './precedent-draft.ts';

const point = (id: string, number: string, parentPointId: string | null, ordinal = 0): Point => ({
  id,
  versionId: 'v',
  parentPointId,
  ordinal,
  number,
  lineageId: id,
  derivedFrom: [],
  text: { en: `text of ${number}` },
  categories: ['develop'],
  quantities: [{ value: 100, unit: 'USD', text: 'fund' }],
  conditions: [{ if: 'a', then: 'b' }],
  note: 'an editor’s remark',
  logIndex: 1,
});

const source = { planTitle: 'Gaza plan', versionLabel: 'Gaza 20', processTitle: 'Gaza 2025' };

test('chosen points are copied with their sub-points, numbered anew, and say where they come from', () => {
  const points = [
    point('p3', '3', null),
    point('p9', '9', null),
    point('p12', '12', null),
    point('p12a', '12.a', 'p12'),
  ];
  const drafts = precedentDraft(points, new Set(['p12', 'p3']), source);
  assert.deepEqual(
    drafts.map((d) => d.number),
    ['1', '2'],
  );
  assert.equal(drafts[0]?.text.en, 'text of 3');
  assert.deepEqual(
    drafts[1]?.points?.map((d) => d.number),
    ['2.a'],
  );
  assert.deepEqual(drafts[0]?.categories, ['develop']);
  assert.deepEqual(drafts[0]?.quantities, [{ value: 100, unit: 'USD', text: 'fund' }]);
  assert.deepEqual(drafts[0]?.conditions, [{ if: 'a', then: 'b' }]);
  assert.match(drafts[0]?.note ?? '', /point 3 of “Gaza plan” \(Gaza 20, Gaza 2025\)/);
  assert.ok(!('commitments' in (drafts[0] ?? {})));
  assert.ok(!('derivedFrom' in (drafts[0] ?? {})));
});

test('a sub-point number without the parent prefix is kept; the note lists the points', () => {
  assert.equal(renumber('a', '12', '2'), 'a');
  assert.equal(renumber('12a', '12', '2'), '2.a');
  assert.equal(renumber('12.b', '12', '3'), '3.b');
  assert.equal(
    precedentNote(source, ['3', '9']),
    'Started from a precedent: points 3, 9 of “Gaza plan”, version “Gaza 20” (Gaza 2025).',
  );
});
