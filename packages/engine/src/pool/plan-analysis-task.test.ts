// The 'plan-analysis' task run in a worker answers exactly what analyzePlan answers in-process (timings aside),
// so the server can run it off the request thread and trust it is the same analysis.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { analyzePlan } from '../plan-domain/analyze-plan.ts';
import { buildPlanDomain } from '../plan-domain/build-plan-domain.ts';
import type { PlanAnalysis } from '../plan-domain/plan-analysis.ts';
import { points, V28, versions } from '../plan-domain/testdata/reference-plan.ts';
import { referenceScenario } from '../plan-domain/testdata/reference-scenario.ts';
import { createEnginePool } from './engine-pool.ts';
import type { Progress } from './tasks.ts';

const domain = buildPlanDomain({ versions, points, target: V28 });
const scenario = referenceScenario();

const withoutTimings = ({ timings: _, ...rest }: PlanAnalysis) => rest;

describe('the plan-analysis task in the engine pool', () => {
  const pool = createEnginePool({ maxThreads: 1, memoryLimitMb: 256, timeLimitMs: 30_000 });
  after(() => pool.close());

  test('runs in a worker and gives the same JSON as in-process', async () => {
    const progress: Progress[] = [];
    const task = { kind: 'plan-analysis', domain, scenario, disagreement: 'reservation' } as const;
    const remote = await pool.run<PlanAnalysis>(task, { onProgress: (p) => progress.push(p) });
    const local = analyzePlan(domain, scenario, { disagreement: 'reservation' });
    assert.deepEqual(withoutTimings(remote), withoutTimings(local));
    assert.equal(remote.smallestChange.status, 'found');
    assert.equal(remote.acceptableFrontier.size, 2);
    assert.ok((remote.timings.total ?? -1) >= 0);
    assert.ok(progress.length > 0, 'progress arrived from the worker');
  });

  test('passes the chart limit through, and refuses a scenario that does not fit the domain', async () => {
    const limited = await pool.run<PlanAnalysis>({
      kind: 'plan-analysis',
      domain,
      scenario,
      disagreement: 'zero',
      frontierLimit: 3,
    });
    // Over the limit, the chart gets a labelled sample of at most that many points.
    assert.equal(limited.frontier.status, 'sample');
    assert.ok(limited.frontier.points.length <= 3);
    assert.deepEqual(limited.disagreementPoint, [0, 0]);
    const other = { ...scenario, issues: scenario.issues.map((i) => ({ ...i, name: `${i.name}a` })) };
    await assert.rejects(
      pool.run({ kind: 'plan-analysis', domain, scenario: other, disagreement: 'reservation' }),
      /not over the points and wordings of this plan domain/,
    );
  });
});
