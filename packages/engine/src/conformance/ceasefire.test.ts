// The reference case, worked out by hand. Three contested points of a ceasefire between North and South:
//   Army cap (on South's army): 600,000 | 800,000 in peacetime | No cap
//   Ceasefire monitoring:        UN mission | Joint commission
//   Sanctions relief:            Phased | Immediate
// Utilities in eighths (weight × value):
//   North: cap 5 | 2 | 0,  monitoring 2 | 0,  sanctions 1 | 0;  reservation 0
//   South: cap 2 | 4 | 5,  monitoring 0 | 1,  sanctions 0 | 2;  reservation 2 (= 0.25)
// The twelve packages (North, South), in eighths:
//   600k UN Ph (8,2)   600k UN Im (7,4)   600k JC Ph (6,3)   600k JC Im (5,5)
//   800k UN Ph (5,4)   800k UN Im (4,6)   800k JC Ph (3,5)   800k JC Im (2,7)
//   none UN Ph (3,5)   none UN Im (2,7)   none JC Ph (1,6)   none JC Im (0,8)
// South never gets less than 2, so all 12 are acceptable. Dominated: (6,3) by (7,4); (5,4) by (5,5);
// (3,5) twice by (4,6); (1,6) by (2,7). Frontier: (8,2) (7,4) (5,5) (4,6) (2,7) (0,8) — (2,7) is reached by two
// packages. Disagreement point under "reservation" (and NegMAS's rule, since South's minimum is 2): d = (0, 2).
//   Nash, d=(0,2): gains products 0, 14, 15, 20, 10, 0 (in 64ths)  → (4,6) = 800k, UN, Immediate.
//   Nash, d=(0,0): 16, 28, 25, 24, 14, 0                          → (7,4) = 600k, UN, Immediate.
//   Egalitarian, d=(0,2): smallest gains 0, 2, 3, 4, 2, 0          → (4,6).
//   Kalai–Smorodinsky, ideal (8,8): shares (u_N/8, (u_S−2)/6): spreads 1, 0.542, 0.125, 0.167, 0.583, 1 → (5,5).
//   Maximum welfare: sums 10, 11, 10, 10, 9, 8                     → (7,4).
//   Equal utility: |u_N − u_S| 6, 3, 0, 2, 5, 8                     → (5,5) = 600k, Joint commission, Immediate.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyzeScenario } from '../analyze-scenario.ts';
import { countAcceptable } from '../count/count-acceptable.ts';
import { loadScenario } from '../formats/load-scenario.ts';
import { enumerateFrontier } from '../frontier/enumerate-frontier.ts';
import { mergeFrontier } from '../frontier/merge-frontier.ts';

const DATA = fileURLToPath(new URL('../../testdata/ceasefire/', import.meta.url));
const e = (n: number) => n / 8;
const FRONTIER = [
  [8, 2],
  [7, 4],
  [5, 5],
  [4, 6],
  [2, 7],
  [0, 8],
].map((p) => p.map(e));

const round = (v: number[]) => v.map((x) => Math.round(x * 1e12) / 1e12);
const pkg = (cap: string, monitoring: string, sanctions: string) => ({
  'Army cap': cap,
  'Ceasefire monitoring': monitoring,
  'Sanctions relief': sanctions,
});

describe('reference ceasefire case (worked by hand)', () => {
  const fromJson = loadScenario(`${DATA}ceasefire.json`);
  const fromXml = loadScenario(`${DATA}genius`);

  test('our JSON and the Genius XML (genius semantics) describe the same preferences', () => {
    assert.deepEqual(
      fromXml.parties.map((p) => p.name),
      ['north.xml', 'south.xml'],
    );
    assert.deepEqual(fromXml.issues, fromJson.issues);
    fromJson.parties.forEach((p, k) => {
      const q = fromXml.parties[k];
      assert.ok(q);
      p.values.forEach((row, i) => {
        assert.deepEqual(
          round(row.map((v) => v * (p.weights[i] as number))),
          round((q.values[i] as number[]).map((v) => v * (q.weights[i] as number))),
        );
      });
      assert.equal(q.reservation, p.reservation);
    });
  });

  for (const [label, s] of [
    ['JSON', fromJson],
    ['Genius XML', fromXml],
  ] as const) {
    test(`${label}: counts, frontier and every solution`, () => {
      const count = countAcceptable(s);
      assert.equal(count.kind, 'exact');
      assert.equal(count.value, 12n);
      for (const f of [mergeFrontier(s), enumerateFrontier(s)]) {
        assert.equal(f.status, 'ok');
        if (f.status !== 'ok') continue;
        assert.deepEqual(f.points.map(round).sort(), [...FRONTIER].sort());
        const twin = f.points.findIndex((p) => round(p).join() === [e(2), e(7)].join());
        assert.equal(f.outcomeCountOf(twin), 2n);
      }
      const r = analyzeScenario(s);
      assert.equal(r.outcomes, 12);
      assert.deepEqual(r.disagreementPoint, [0, 0.25]);
      assert.deepEqual(round(r.nash?.utilities ?? []), [e(4), e(6)]);
      assert.deepEqual(r.nash?.outcomes, [pkg('800,000 in peacetime', 'UN mission', 'Immediate')]);
      assert.deepEqual(round(r.nashByConvention.zero?.utilities ?? []), [e(7), e(4)]);
      assert.deepEqual(r.nashByConvention.zero?.outcomes, [pkg('600,000', 'UN mission', 'Immediate')]);
      assert.deepEqual(round(r.nashByConvention.negmas?.utilities ?? []), [e(4), e(6)]);
      assert.deepEqual(round(r.egalitarian?.utilities ?? []), [e(4), e(6)]);
      assert.deepEqual(round(r.kalaiSmorodinsky?.utilities ?? []), [e(5), e(5)]);
      assert.deepEqual(r.kalaiSmorodinsky?.outcomes, [pkg('600,000', 'Joint commission', 'Immediate')]);
      assert.deepEqual(round(r.maxWelfare?.utilities ?? []), [e(7), e(4)]);
      assert.deepEqual(round(r.equalUtility?.utilities ?? []), [e(5), e(5)]);
    });
  }

  test('raising South’s reservation to 5/8 shrinks the acceptable zone and moves Nash', () => {
    const s = structuredClone(fromJson);
    const south = s.parties[1];
    assert.ok(south);
    south.reservation = e(5);
    // Acceptable: South ≥ 5 → (7,4)(5,4)(6,3)(8,2) excluded; (3,5)×2 (5,5) (4,6) (2,7)×2 (1,6) (0,8) remain = 8.
    assert.equal(countAcceptable(s).value, 8n);
    const r = analyzeScenario(s);
    assert.deepEqual(
      r.frontier.map(round).sort(),
      [
        [e(0), e(8)],
        [e(2), e(7)],
        [e(4), e(6)],
        [e(5), e(5)],
      ].sort(),
    );
    // d = (0, 5/8): products 0, 2·2=4, 4·1=4, 5·0=0 → a tie: both points come back.
    assert.deepEqual(
      r.nash?.points.map(round).sort(),
      [
        [e(2), e(7)],
        [e(4), e(6)],
      ].sort(),
    );
    assert.equal(r.nash?.outcomeCount, 3);
  });
});
