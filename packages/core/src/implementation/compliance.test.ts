// Compliance per party over time: the weighted mean progress of the party's top-level commitments on each day a
// status took effect, with sub-commitments rolled up, bounded 0..1 and monotone as statuses rise.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ComplianceNode, complianceSeries } from './compliance.ts';

const s = (score: number, on: string, logIndex: number) => ({ score, on, logIndex });
const node = (
  id: string,
  obligor: string,
  weight: number,
  statuses: ComplianceNode['statuses'],
  parentId: string | null = null,
): ComplianceNode => ({ commitmentId: id, obligor, parentId, weight, statuses });

describe('complianceSeries', () => {
  const nodes = [
    node('hostages', 'Hamas', 3, [s(1, '2025-10-10', 1), s(3, '2025-10-13', 4)]),
    node('weapons', 'Hamas', 1, []),
    node('withdrawal', 'Israel', 1, []),
    node('line-1', 'Israel', 1, [s(3, '2025-10-10', 2)], 'withdrawal'),
    node('line-2', 'Israel', 1, [s(2, '2025-11-01', 5)], 'withdrawal'),
  ];

  test('one series per party, a point on each day one of its statuses (sub-commitments included) took effect', () => {
    const series = complianceSeries(nodes);
    assert.deepEqual(series, [
      {
        party: 'Hamas',
        points: [
          { on: '2025-10-10', value: (3 * (1 / 3)) / 4 },
          { on: '2025-10-13', value: (3 * 1) / 4 },
        ],
      },
      {
        party: 'Israel',
        points: [
          { on: '2025-10-10', value: 0.5 },
          { on: '2025-11-01', value: (1 + 2 / 3) / 2 },
        ],
      },
    ]);
  });

  test('the series reaches the day asked for; a party with no status yet starts at 0 on it', () => {
    const series = complianceSeries([...nodes, node('aid', 'Egypt', 1, [])], '2025-12-31');
    assert.deepEqual(series[0], { party: 'Egypt', points: [{ on: '2025-12-31', value: 0 }] });
    assert.deepEqual(series[1]?.points.at(-1), { on: '2025-12-31', value: 0.75 });
  });

  test('values stay within 0..1 and never fall while statuses only rise', () => {
    for (const { points } of complianceSeries(nodes, '2026-01-01')) {
      for (const [i, p] of points.entries()) {
        assert.ok(p.value >= 0 && p.value <= 1);
        if (i > 0) assert.ok(p.value >= (points[i - 1]?.value ?? 0));
      }
    }
  });

  test('a reversal shows as a fall (the Matrix tracks reversals)', () => {
    const reversed = [node('ceasefire', 'Israel', 1, [s(3, '2025-10-10', 1), s(1, '2026-03-01', 2)])];
    assert.deepEqual(
      complianceSeries(reversed)[0]?.points.map((p) => p.value),
      [1, 1 / 3],
    );
  });
});
