import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { DERIVATION_OPERATIONS, type Derivation } from '../../schemas/point.ts';
import { proposeLineage } from './propose-lineage.ts';
import { syntheticPlan } from './synthetic.ts';
import type { CandidatePoint, LineageProposal } from './types.ts';

type Fixture = {
  parentVersionId: string;
  earlier: CandidatePoint[];
  later: CandidatePoint[];
  expected: Record<string, Derivation[]>;
};
const fixture = JSON.parse(
  readFileSync(new URL('testdata/three-versions.json', import.meta.url), 'utf8'),
) as Fixture;

const byPoint = (proposals: LineageProposal[]) => new Map(proposals.map((p) => [p.pointId, p]));

function wellFormed(proposals: LineageProposal[], later: readonly CandidatePoint[]) {
  assert.deepEqual(
    proposals.map((p) => p.pointId),
    later.map((p) => p.id),
  );
  for (const p of proposals) {
    assert.ok(p.confidence >= 0 && p.confidence <= 1, `${p.pointId} confidence ${p.confidence}`);
    assert.ok(p.reasons.length > 0 && p.reasons.every((r) => r.trim() !== ''), `${p.pointId} has reasons`);
    for (const d of p.derivedFrom) assert.ok(DERIVATION_OPERATIONS.includes(d.operation));
  }
}

describe('proposeLineage', () => {
  test('three versions: keep, split, merge, restore, amend, insert, a text now in one language', () => {
    const proposals = proposeLineage(fixture);
    wellFormed(proposals, fixture.later);
    const got = byPoint(proposals);
    for (const point of fixture.later)
      assert.deepEqual(got.get(point.id)?.derivedFrom, fixture.expected[point.id], `point ${point.number}`);
    const restore = got.get('v3-5') as LineageProposal;
    assert.match(restore.reasons[0] as string, /restores 5, which the parent version dropped/);
    const merge = got.get('v3-4') as LineageProposal;
    assert.equal(merge.reasons[0], 'merges 3 and 4');
    assert.ok(merge.reasons.includes('4: same quantity 60 days'), merge.reasons.join('; '));
    const inserted = got.get('v3-7') as LineageProposal;
    assert.match(inserted.reasons[0] as string, /nothing earlier is close enough/);
    assert.ok(inserted.confidence > 0.5);
    const kept = got.get('v3-1') as LineageProposal;
    assert.ok(kept.confidence > 0.9);
    assert.ok(kept.reasons.includes('100% of words shared'), kept.reasons.join('; '));
  });

  test('the parent version is preferred to an older version holding the same wording', () => {
    const got = byPoint(proposeLineage(fixture));
    assert.equal(got.get('v3-1')?.derivedFrom[0]?.pointId, 'v2-1');
  });

  test('without recorded lineage on the earlier points, what the parent continues is read from the texts', () => {
    const earlier = fixture.earlier.map(({ derivedFrom: _, ...p }) => p);
    const got = byPoint(proposeLineage({ ...fixture, earlier }));
    for (const point of fixture.later)
      assert.deepEqual(got.get(point.id)?.derivedFrom, fixture.expected[point.id], `point ${point.number}`);
  });

  test('without a parent version nothing is a restore', () => {
    const { parentVersionId: _, ...rest } = fixture;
    const proposals = proposeLineage(rest);
    wellFormed(proposals, fixture.later);
    assert.ok(proposals.every((p) => p.derivedFrom.every((d) => d.operation !== 'restore')));
  });

  test('a restore only from the parent line when that line is given', () => {
    const outside = proposeLineage({ ...fixture, ancestorVersionIds: [] });
    assert.deepEqual(byPoint(outside).get('v3-5')?.derivedFrom, [{ pointId: 'v1-5', operation: 'amend' }]);
    const inside = proposeLineage({ ...fixture, ancestorVersionIds: ['v1'] });
    assert.deepEqual(byPoint(inside).get('v3-5')?.derivedFrom, [{ pointId: 'v1-5', operation: 'restore' }]);
  });

  test('without a common language, quantities and numbers decide', () => {
    const base = { versionId: 'a', parentPointId: null, categories: [] } as const;
    const earlier: CandidatePoint[] = [
      {
        ...base,
        id: 'e1',
        ordinal: 0,
        number: '1',
        text: { en: 'A ceasefire starts at once.' },
        quantities: [],
      },
      {
        ...base,
        id: 'e2',
        ordinal: 1,
        number: '2',
        text: { en: "Ukraine's army is capped at 600,000 personnel." },
        quantities: [{ value: 600_000, unit: 'personnel', text: '' }],
      },
    ];
    const later: CandidatePoint[] = [
      {
        ...base,
        versionId: 'b',
        id: 'l1',
        ordinal: 0,
        number: '1',
        text: { fr: "L'armée ukrainienne est plafonnée à 600 000 personnes." },
        quantities: [{ value: 600_000, unit: 'personnel', text: '' }],
      },
    ];
    const [p] = proposeLineage({ earlier, later, parentVersionId: 'a' });
    assert.deepEqual(p?.derivedFrom, [{ pointId: 'e2', operation: 'amend' }]);
    assert.ok(p?.reasons.includes('same quantity 600,000 personnel'), p?.reasons.join('; '));
    assert.ok(p?.reasons.some((r) => r.startsWith('no language in common')));
  });

  test('no earlier points: every point is new; no later points: no proposals', () => {
    const proposals = proposeLineage({ earlier: [], later: fixture.later });
    wellFormed(proposals, fixture.later);
    assert.ok(proposals.every((p) => p.derivedFrom.length === 0 && p.confidence === 1));
    assert.deepEqual(proposeLineage({ earlier: fixture.earlier, later: [] }), []);
  });

  test('1,000 × 1,000 points in well under 2 s of processor time', () => {
    const { earlier, later, truth } = syntheticPlan({ count: 1_000, words: 40 });
    const started = performance.now();
    const cpu = process.cpuUsage();
    const proposals = proposeLineage({ earlier, later, parentVersionId: 'a' });
    const used = process.cpuUsage(cpu);
    const ms = (used.user + used.system) / 1_000;
    const agree = proposals.filter(
      (p) => (p.derivedFrom[0]?.pointId ?? null) === (truth.get(p.pointId) ?? null),
    );
    console.log(
      `1,000 × 1,000: ${Math.round(ms)} ms processor, ${Math.round(performance.now() - started)} ms wall; ` +
        `${agree.length} of ${proposals.length} as made`,
    );
    assert.equal(proposals.length, 1_000);
    assert.ok(ms < 2_000, `${ms} ms`);
    assert.ok(agree.length >= 950);
  });
});
