// GET /api/plans/{planId}/precedent/{otherPlanId} on the loaded demo: the Ukraine plan against the Gaza plan,
// as the reader may see them (the US 28-point draft is not the public's; a version of another plan is a 422).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { PlanPrecedent } from '@concord/core';
import { databaseTargets, type Store } from '@concord/db';
import { createApp } from '../app.ts';
import { loadDemo } from '../demo/load-demo.ts';
import { sessionHeaders } from '../test-support.ts';

for (const target of databaseTargets()) {
  describe(`precedents over HTTP (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let mediator: Record<string, string>;
    let ruUaPlan: string;
    let gazaPlan: string;
    let us28: string;
    let gaza20: string;
    before(async () => {
      store = await target.open();
      const loaded = await loadDemo(store);
      assert.ok(loaded.loaded);
      const lead = loaded.people.find((p) => p.key === 'us-mediator');
      assert.ok(lead);
      mediator = await sessionHeaders(store, lead.accountId);
      app = createApp({ store });
      const processes = (await (await app.request('/api/processes', { headers: mediator })).json()) as {
        items: { id: string; title: string }[];
      };
      const planOf = async (title: string) => {
        const id = processes.items.find((p) => p.title === title)?.id;
        const process = await (await app.request(`/api/processes/${id}`, { headers: mediator })).json();
        const planId = process.plans[0].id as string;
        const plan = await (await app.request(`/api/plans/${planId}`, { headers: mediator })).json();
        return { planId, versions: plan.versions as { id: string; label: string }[] };
      };
      const ruUa = await planOf('Russia–Ukraine 2025');
      const gaza = await planOf('Gaza 2025');
      ruUaPlan = ruUa.planId;
      gazaPlan = gaza.planId;
      us28 = ruUa.versions.find((v) => v.label === 'US 28-point draft')?.id as string;
      gaza20 = gaza.versions[0]?.id as string;
    });
    after(() => store.close());

    const get = (path: string, headers: Record<string, string> = mediator) => app.request(path, { headers });

    test('the US 28-point draft against the Gaza plan: ceasefire, reconstruction funding and the board are shared', async () => {
      const res = await get(`/api/plans/${ruUaPlan}/precedent/${gazaPlan}?version=${us28}`);
      assert.equal(res.status, 200);
      const answer = (await res.json()) as PlanPrecedent;
      assert.equal(answer.plan.versionId, us28);
      assert.equal(answer.other.versionId, gaza20);
      const number = (side: PlanPrecedent['plan'], id: string) =>
        side.points.find((p) => p.id === id)?.number;
      const pairs = answer.pairs.map((p) => [
        number(answer.plan, p.pointId),
        number(answer.other, p.otherPointId),
      ]);
      const has = (a: string, b: string) => pairs.some(([x, y]) => x === a && y === b);
      assert.ok(has('28', '3'), JSON.stringify(pairs));
      assert.ok(has('27', '9'), JSON.stringify(pairs));
      assert.ok(
        pairs.some(([x, y]) => (x === '12' || x === '14') && ['2', '7', '10'].includes(y as string)),
        JSON.stringify(pairs),
      );
      const board = answer.pairs.find((p) => number(answer.plan, p.pointId) === '27');
      assert.ok(board?.keyTerms.includes('the guarantor body'));
      assert.ok(answer.onlyPlan.length > 0 && answer.onlyOther.length > 0);
      // Every top-level point of each side is either paired or its own.
      const top = (side: PlanPrecedent['plan']) => side.points.filter((p) => p.parentPointId === null).length;
      assert.equal(answer.pairs.length + answer.onlyPlan.length, top(answer.plan));
      assert.equal(answer.pairs.length + answer.onlyOther.length, top(answer.other));
    });

    test('by default each plan’s latest version the reader can read: the public gets the December framework', async () => {
      const res = await get(`/api/plans/${ruUaPlan}/precedent/${gazaPlan}`, {});
      assert.equal(res.status, 200);
      const answer = (await res.json()) as PlanPrecedent;
      assert.equal(answer.plan.versionLabel, 'December 20-point framework');
      assert.ok(!JSON.stringify(answer).includes(us28), 'the public must not learn of the 28-point draft');
    });

    test('a version the reader may not read is a 404; a version of another plan a 422; a bad id a 400', async () => {
      const hidden = await get(`/api/plans/${ruUaPlan}/precedent/${gazaPlan}?version=${us28}`, {});
      assert.equal(hidden.status, 404);
      assert.match(hidden.headers.get('content-type') ?? '', /problem\+json/);
      const wrong = await get(`/api/plans/${ruUaPlan}/precedent/${gazaPlan}?version=${gaza20}`);
      assert.equal(wrong.status, 422);
      const other = await get(`/api/plans/${ruUaPlan}/precedent/${gazaPlan}?otherVersion=${us28}`);
      assert.equal(other.status, 422);
      assert.equal((await get(`/api/plans/${ruUaPlan}/precedent/not-an-id`)).status, 400);
      assert.equal((await get(`/api/plans/${ruUaPlan}/precedent/${gazaPlan}?version=nope`)).status, 400);
      const missing = '01900000-0000-7000-8000-000000000000';
      assert.equal((await get(`/api/plans/${missing}/precedent/${gazaPlan}`)).status, 404);
    });
  });
}
