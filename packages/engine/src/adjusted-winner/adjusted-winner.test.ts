import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { loadHighs } from '../optimize/highs.ts';
import { AdjustedWinnerInputError, adjustedWinner, type PointAllocation } from './adjusted-winner.ts';

type Fixture = PointAllocation & {
  expected: {
    totals: [string, string];
    split: { issue: string; shareOfFirst: string };
    initialWinners: (0 | 1 | 'tie')[];
  };
};
const panama: Fixture = JSON.parse(
  readFileSync(new URL('./testdata/panama-canal.json', import.meta.url), 'utf8'),
);

/** Random allocation of 100 integer points per side over m issues (seeded LCG, reproducible). */
function randomAllocation(seed: number, m: number): PointAllocation {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const spread = (): number[] => {
    const cuts = [0, ...Array.from({ length: m - 1 }, () => Math.floor(next() * 101)), 100].sort(
      (x, y) => x - y,
    );
    return cuts.slice(1).map((c, k) => c - (cuts[k] as number));
  };
  return {
    parties: ['A', 'B'],
    issues: Array.from({ length: m }, (_, k) => `issue ${k}`),
    points: [spread(), spread()],
  };
}

describe('adjustedWinner', () => {
  test('Panama Canal (Raiffa; Brams): 66 points each, Land and water split 2/15 to 13/15', () => {
    const result = adjustedWinner(panama);
    assert.deepEqual(result.totals, ['66', '66']);
    assert.deepEqual(result.split, {
      issue: 'Land and water',
      shareOfFirst: '2/15',
      shareOfFirstValue: 2 / 15,
    });
    assert.deepEqual(
      result.awards.map((a) => a.initialWinner),
      panama.expected.initialWinners,
    );
    assert.deepEqual(result.totals, panama.expected.totals);
    // Every other issue stays whole with its initial winner.
    for (const award of result.awards) {
      if (award.issue === 'Land and water') continue;
      assert.equal(award.shareOfFirst, award.initialWinner === 0 ? '1' : '0', award.issue);
    }
  });

  test('the COMAP tie rule (tie to the side behind) reaches the same Panama settlement', () => {
    const result = adjustedWinner(panama, 'to-trailer');
    assert.deepEqual(result.totals, ['66', '66']);
    assert.equal(result.split?.shareOfFirst, '2/15');
  });

  test('decimal points are read as written: 33.3 + 33.3 + 33.4 is exactly 100', () => {
    const result = adjustedWinner({
      parties: ['A', 'B'],
      issues: ['x', 'y', 'z'],
      points: [
        [33.3, 33.3, 33.4],
        [50, 25, 25],
      ],
    });
    assert.equal(result.totals[0], result.totals[1]);
  });

  test('random allocations: equitable, envy-free, at most one split, and the max-min of the fractional LP', async () => {
    const highs = await loadHighs();
    for (let seed = 1; seed <= 60; seed++) {
      const input = randomAllocation(seed, 2 + (seed % 9));
      const result = adjustedWinner(input, seed % 2 ? 'to-leader' : 'to-trailer');
      assert.equal(result.totals[0], result.totals[1], `seed ${seed}`);
      assert.ok(result.totalValues[0] >= 50 - 1e-9, `envy-free, seed ${seed}`);
      const fractional = result.awards.filter((a) => a.shareOfFirst !== '0' && a.shareOfFirst !== '1');
      assert.ok(fractional.length <= 1, `seed ${seed}`);
      // Efficient + equitable ⇒ equal to max t s.t. both own totals ≥ t over fractional allocations.
      const [a, b] = input.points;
      const xs = a.map((_, k) => `x${k}`);
      const lp = [
        'Maximize',
        ' obj: t',
        'Subject To',
        ` ca: ${a.map((p, k) => `${p} ${xs[k]}`).join(' + ')} - t >= 0`,
        ` cb: ${b.map((p, k) => `- ${p} ${xs[k]}`).join(' ')} - t >= -100`,
        'Bounds',
        ...xs.map((x) => ` 0 <= ${x} <= 1`),
        ' t free',
        'End',
      ].join('\n');
      const solved = highs.solve(lp, { output_flag: false });
      assert.equal(solved.Status, 'Optimal');
      assert.ok(Math.abs(solved.ObjectiveValue - result.totalValues[0]) < 1e-7, `seed ${seed}`);
    }
  });

  test('malformed input is refused with a clear error', () => {
    const bad: unknown[] = [
      { parties: ['A'], issues: ['x'], points: [[100], [100]] },
      { parties: ['A', 'B'], issues: [], points: [[], []] },
      {
        parties: ['A', 'B'],
        issues: ['x', 'x'],
        points: [
          [50, 50],
          [50, 50],
        ],
      },
      {
        parties: ['A', 'B'],
        issues: ['x', 'y'],
        points: [
          [60, 50],
          [50, 50],
        ],
      },
      {
        parties: ['A', 'B'],
        issues: ['x', 'y'],
        points: [
          [150, -50],
          [50, 50],
        ],
      },
      {
        parties: ['A', 'B'],
        issues: ['x', 'y'],
        points: [
          [Number.NaN, 50],
          [50, 50],
        ],
      },
      { parties: ['A', 'B'], issues: ['x', 'y'], points: [[100], [50, 50]] },
    ];
    for (const input of bad) {
      assert.throws(() => adjustedWinner(input as PointAllocation), AdjustedWinnerInputError);
    }
  });
});
