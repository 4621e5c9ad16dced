// The 50 ANL 2023 domains (GeniusWeb 2 JSON) against their own specials.json: size, the whole Pareto front with
// its bids, Nash (disagreement 0), ANL's "kalai" (the equal-utility point) and social welfare.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { loadScenario } from '../formats/load-scenario.ts';
import { paretoFrontier } from '../frontier/pareto-frontier.ts';
import type { Frontier } from '../frontier/types.ts';
import { outcomeCount, type Scenario } from '../model.ts';
import { solutionContext } from '../solutions/context.ts';
import { equalUtilityPoints } from '../solutions/equal-utility.ts';
import { maxWelfarePoints } from '../solutions/max-welfare.ts';
import { nashPoints } from '../solutions/nash.ts';
import { compareVectorSets } from './compare.ts';
import { NEGOTIATION_DATA } from './shared-data.ts';

type Special = { bid: Record<string, string>; utility: number[] };
type Specials = {
  size: number;
  nash: Special;
  kalai: Special;
  social_welfare: Special;
  pareto_front: Special[];
};

const ROOT = `${NEGOTIATION_DATA}domains/ANL2023/`;
const TOL = 1e-9;

function pointOf(f: Frontier, u: number[]): number {
  return f.points.findIndex((p) => p.every((x, i) => Math.abs(x - (u[i] as number)) <= TOL));
}

function bidsOf(s: Scenario, f: Frontier, i: number): string[] {
  return f
    .outcomesOf(i, 100_000)
    .map((o) =>
      JSON.stringify(Object.fromEntries(o.map((j, k) => [s.issues[k]?.name, s.issues[k]?.options[j]]))),
    );
}

function hasBid(s: Scenario, f: Frontier, chosen: number[], sp: Special): boolean {
  const want = JSON.stringify(Object.fromEntries(s.issues.map((i) => [i.name, sp.bid[i.name]])));
  return chosen.some((i) => bidsOf(s, f, i).includes(want));
}

describe('conformance with ANL 2023 specials.json', () => {
  if (!existsSync(ROOT)) {
    test('all 50 domains', (t) => {
      t.skip('shared data absent');
    });
    return;
  }
  const domains = readdirSync(ROOT).filter((d) => existsSync(`${ROOT}${d}/specials.json`));
  test('50 domains present', () => assert.equal(domains.length, 50));
  for (const d of domains) {
    test(d, () => {
      const sp = JSON.parse(readFileSync(`${ROOT}${d}/specials.json`, 'utf8')) as Specials;
      const s = loadScenario(`${ROOT}${d}`);
      assert.deepEqual(
        s.parties.map((p) => p.name),
        ['profileA.json', 'profileB.json'],
      );
      assert.equal(outcomeCount(s), BigInt(sp.size));
      const f = paretoFrontier(s);
      assert.equal(f.status, 'ok');
      if (f.status !== 'ok') return;
      const diff = compareVectorSets(
        f.points,
        sp.pareto_front.map((p) => p.utility),
        TOL,
      );
      assert.deepEqual(diff, { missing: [], extra: [] });
      for (const p of sp.pareto_front) {
        assert.ok(hasBid(s, f, [pointOf(f, p.utility)], p), `front bid ${JSON.stringify(p.bid)}`);
      }
      const zero = solutionContext(s, 'zero');
      const cases: [string, number[], Special][] = [
        ['nash', nashPoints(f.points, zero), sp.nash],
        ['kalai (equal utility)', equalUtilityPoints(f.points), sp.kalai],
        ['social welfare', maxWelfarePoints(f.points), sp.social_welfare],
      ];
      for (const [name, chosen, want] of cases) {
        assert.ok(chosen.includes(pointOf(f, want.utility)), `${name}: ${want.utility}`);
        assert.ok(hasBid(s, f, chosen, want), `${name}: bid ${JSON.stringify(want.bid)}`);
      }
    });
  }
});
