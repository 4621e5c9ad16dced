// The reference plan analysed as a mediator reads it. Hand-worked utilities (Ukraine, Russia) of the 8 packages
// (0 = 28-point wording, 1 = E3 wording or deletion; issues Point 6 cap, Point 7 NATO, Point 26 amnesty), from the
// weights and values in plan-domain-analysis.test.ts (reservations 0.45, 0.5):
//   000 (0.06, 1.00)  001 (0.20, 0.84)  010 (0.36, 0.60)  011 (0.50, 0.44)
//   100 (0.56, 0.80)  101 (0.70, 0.64)  110 (0.86, 0.40)  111 (1.00, 0.24)
// All packages: 010 and 011 are beaten by 100 (0.56 ≥ 0.36, 0.50 and 0.80 ≥ 0.60, 0.44); the other six are
// efficient. Acceptable to both: 100 and 101, neither beats the other, so the acceptable frontier has 2 points.
// Nash: 100 → 0.11·0.30 = 0.033, 101 → 0.25·0.14 = 0.035 → 101. Egalitarian: min gains 0.11 vs 0.14 → 101.
// Kalai–Smorodinsky (ideal 1 and 1, spans 0.55 and 0.5): shares (0.2, 0.6) vs (0.45, 0.28) → 101 (closer).
// Max welfare: 1.36 vs 1.34 → 100. The draft 000 gives Ukraine 0.06 < 0.45 (refuses) and Russia 1.00 (accepts);
// the smallest change is one point, Point 6 → 100.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PlanAnalysis } from '@concord/core';
import { analyzePlan, CHART_SAMPLE_SIZE } from './analyze-plan.ts';
import { buildPlanDomain } from './build-plan-domain.ts';
import { NO_CHANGE_TEXT } from './plan-analysis.ts';
import { fullSizePlan } from './testdata/full-size-plan.ts';
import { ARMY, points, V28, versions } from './testdata/reference-plan.ts';
import { referenceScenario } from './testdata/reference-scenario.ts';
import { weighedDomain } from './weighed-domain.ts';

const domain = buildPlanDomain({ versions, points, target: V28 });
const scenario = referenceScenario;

const CAP =
  'Point 6: replace "… are capped at 600,000 personnel." with the wording of E3 counter-draft and ' +
  'December version: "… are capped at 800,000 in peacetime."';
const AMNESTY =
  'Point 26: delete the point (as in E3 counter-draft and December version): ' +
  '"Everyone involved gets a full amnesty for wartime acts and renounces future claims."';

const near = (actual: number[] | undefined, expected: number[]) => {
  assert.ok(actual, `expected ${expected}`);
  assert.equal(actual.length, expected.length);
  actual.forEach((x, i) => {
    assert.ok(Math.abs(x - (expected[i] as number)) < 1e-9, `${actual} ≠ ${expected}`);
  });
};

describe('analyzePlan on the reference plan', () => {
  const analysis = analyzePlan(domain, scenario());

  test('the draft: what each party gets and who accepts it', () => {
    assert.deepEqual(analysis.parties, ['Ukraine', 'Russia']);
    near(analysis.draft.utilities, [0.06, 1]);
    assert.deepEqual(analysis.draft.accepts, [false, true]);
    assert.equal(analysis.outcomes, 8);
    assert.equal(analysis.acceptableToAll.kind, 'exact');
    assert.equal(analysis.acceptableToAll.value, 2);
    assert.deepEqual(analysis.acceptableFrontier, { status: 'ok', size: 2 });
    assert.equal(analysis.disagreement, 'reservation');
    assert.deepEqual(analysis.disagreementPoint, [0.45, 0.5]);
  });

  test('the frontier of all packages, for the chart', () => {
    assert.equal(analysis.frontier.status, 'ok');
    const sorted = [...analysis.frontier.points].sort((a, b) => (a[0] as number) - (b[0] as number));
    const expected = [
      [0.06, 1],
      [0.2, 0.84],
      [0.56, 0.8],
      [0.7, 0.64],
      [0.86, 0.4],
      [1, 0.24],
    ];
    assert.equal(sorted.length, expected.length);
    sorted.forEach((p, i) => {
      near(p, expected[i] as number[]);
    });
  });

  test('the solutions, told as changes to the draft', () => {
    const { nash, kalaiSmorodinsky, egalitarian, maxWelfare } = analysis.solutions;
    for (const s of [nash, kalaiSmorodinsky, egalitarian]) {
      near(s?.utilities, [0.7, 0.64]);
      assert.equal(s?.count, 1);
      assert.deepEqual(
        s?.packages.map((p) => p.text),
        [`${CAP}\n${AMNESTY}`],
      );
    }
    near(maxWelfare?.utilities, [0.56, 0.8]);
    assert.deepEqual(
      maxWelfare?.packages.map((p) => p.text),
      [CAP],
    );
    assert.deepEqual(
      nash?.packages[0]?.changes.map((c) => [c.issue, c.from, c.to]),
      [
        ['Point 6', '600,000 personnel', '800,000 in peacetime'],
        ['Point 26', 'Everyone involved gets a full amnesty…', '(point deleted)'],
      ],
    );
  });

  test('the smallest change: reword Point 6 only', () => {
    const change = analysis.smallestChange;
    assert.equal(change.status, 'found');
    if (change.status !== 'found') return;
    assert.equal(change.changed, 1);
    near(change.utilities, [0.56, 0.8]);
    assert.equal(change.text, CAP);
    assert.equal(change.alternatives, 0);
    assert.deepEqual(
      change.changes.map((c) => [c.issue, c.lineageId, c.from, c.to]),
      [['Point 6', ARMY, '600,000 personnel', '800,000 in peacetime']],
    );
  });

  test('the result is plain JSON', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(analysis)), analysis);
  });

  test("the result is core's PlanAnalysis answer, with no key more (parsing would drop one)", () => {
    assert.deepEqual(PlanAnalysis.parse(analysis), analysis);
  });
});

describe('analyzePlan at the edges', () => {
  test('no package every party accepts: no change, no Nash, and a sentence saying so', () => {
    const a = analyzePlan(domain, scenario([0.9, 0.9]));
    assert.deepEqual(a.smallestChange, { status: 'none', text: NO_CHANGE_TEXT });
    assert.equal(a.acceptableToAll.value, 0);
    assert.deepEqual(a.acceptableFrontier, { status: 'ok', size: 0 });
    assert.equal(a.solutions.nash, null);
    assert.equal(a.solutions.maxWelfare, null);
    assert.equal(a.frontier.points.length, 6, 'the chart still shows every efficient package');
    assert.ok(a.notes.some((n) => /no Nash solution/.test(n)));
  });

  test('a draft every party accepts needs no change', () => {
    const a = analyzePlan(domain, scenario([0, 0]));
    assert.deepEqual(a.draft.accepts, [true, true]);
    assert.equal(a.smallestChange.status, 'found');
    if (a.smallestChange.status !== 'found') return;
    assert.equal(a.smallestChange.changed, 0);
    assert.equal(a.smallestChange.text, 'No change: every point keeps its wording.');
  });

  test('a chart frontier over its limit is sent as a labelled sample of at most that size; the rest still comes out', () => {
    const a = analyzePlan(domain, scenario(), { frontierLimit: 3, disagreement: 'zero' });
    assert.equal(a.frontier.status, 'sample');
    assert.ok(a.frontier.points.length > 0 && a.frontier.points.length <= 3, `${a.frontier.points.length}`);
    // Every sampled point is one of the six exact efficient packages (drawn from the whole chart frontier).
    const exact = analyzePlan(domain, scenario(), { disagreement: 'zero' }).frontier.points.map((p) =>
      p.join(),
    );
    for (const p of a.frontier.points) assert.ok(exact.includes(p.join()), `${p} is efficient`);
    assert.match(
      a.frontier.message ?? '',
      /^a sample of \d+ of the efficient packages \(the whole frontier has more than 3;/,
    );
    assert.ok(a.notes.some((n) => n.startsWith('chart: a sample of')));
    // Zero disagreement: 100 → 0.56·0.80 = 0.448, 101 → 0.70·0.64 = 0.448: a tie, both packages returned.
    assert.deepEqual(a.disagreementPoint, [0, 0]);
    assert.equal(a.solutions.nash?.count, 2);
  });

  test('a scenario over other issues, or a draft that does not fit, is refused', () => {
    const other = { ...scenario(), issues: domain.issues.map((i) => ({ ...i, name: `${i.name}a` })) };
    assert.throws(() => analyzePlan(domain, other), /not over the points and wordings of this plan domain/);
    assert.throws(() => analyzePlan({ ...domain, draft: [0, 0, 5] }, scenario()), /does not exist/);
  });

  test("every variant (no change, chart sampled) is core's PlanAnalysis answer", () => {
    const variants = [
      analyzePlan(domain, scenario([0.9, 0.9])),
      analyzePlan(domain, scenario(), { frontierLimit: 3, disagreement: 'negmas' }),
    ];
    for (const a of variants) assert.deepEqual(PlanAnalysis.parse(a), a);
    assert.equal(PlanAnalysis.safeParse({ ...variants[0], disagreement: 'median' }).success, false);
  });

  test('progress is reported by phase', () => {
    const phases = new Set<string>();
    analyzePlan(domain, scenario(), { onProgress: (p) => phases.add(p.phase) });
    assert.ok(phases.has('count') && phases.has('solutions'), [...phases].join());
  });
});

describe('analyzePlan at full size (28 points × 3–4 wordings × 4 parties)', () => {
  const { domain: big, scenario: parties } = fullSizePlan();
  const a = analyzePlan(big, parties);

  test('the answers come out; the acceptable frontier is sampled and says so; Kalai–Smorodinsky is not guessed', () => {
    assert.equal(big.issues.length, 28);
    assert.equal(a.outcomes, Number(4n ** 14n * 3n ** 14n));
    for (const name of ['nash', 'egalitarian', 'maxWelfare'] as const) assert.ok(a.solutions[name], name);
    assert.equal(a.solutions.kalaiSmorodinsky, null);
    assert.equal(a.acceptableFrontier.status, 'sample');
    assert.match(a.acceptableFrontier.message ?? '', /larger than the budget of 5000 points for 4 parties/);
    assert.ok(a.notes.some((n) => /Kalai–Smorodinsky and equal utility need the whole frontier/.test(n)));
    assert.ok(a.smallestChange.status === 'found' || a.smallestChange.status === 'none');
    assert.deepEqual(PlanAnalysis.parse(a), a);
  });

  test("the chart's frontier is a sample sized for a browser, of efficient packages only, labelled", () => {
    assert.equal(a.frontier.status, 'sample');
    const pts = a.frontier.points;
    assert.ok(pts.length > 100 && pts.length <= CHART_SAMPLE_SIZE, `${pts.length} points`);
    assert.ok(JSON.stringify(a).length < 400_000, 'the answer stays small enough to send to a browser');
    const dominates = (p: number[], q: number[]) =>
      p.every((x, k) => x >= (q[k] as number)) && p.some((x, k) => x > (q[k] as number));
    for (const p of pts)
      assert.ok(!pts.some((q) => dominates(q, p)), `${p} is dominated by another sample point`);
    assert.match(a.frontier.message ?? '', /^a sample of \d+ of the efficient packages/);
  });

  test('narrowed to the weighed points once: the same answer as the domain built again without the unweighed point', () => {
    const { domain: wide, scenario: wideScenario } = fullSizePlan({ unweighed: true });
    assert.equal(wide.issues.length, 29);
    const narrowed = weighedDomain(wide, wideScenario);
    assert.equal(narrowed.domain.issues.length, 28);
    assert.deepEqual(narrowed.domain.draft, big.draft);
    assert.deepEqual(
      narrowed.scenario.parties.map((p) => p.values),
      parties.parties.map((p) => p.values),
    );
    const sum = (ws: number[]) => ws.reduce((x, w) => x + w, 0);
    for (const [k, p] of narrowed.scenario.parties.entries()) {
      assert.ok(Math.abs(sum(p.weights) - 1) < 1e-12);
      for (const [i, w] of p.weights.entries())
        assert.ok(Math.abs(w - (parties.parties[k]?.weights[i] as number)) < 1e-12);
    }
    // Nothing to drop: the very same objects back.
    const same = weighedDomain(big, parties);
    assert.equal(same.domain, big);
    assert.equal(same.scenario, parties);
  });
});
