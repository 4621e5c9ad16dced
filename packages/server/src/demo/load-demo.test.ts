import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { OPERATOR, type Point, type Version } from '@concord/core';
import { databaseTargets, type Store } from '@concord/db';
import { createProcess } from '../commands/index.ts';
import { readVersionDiff } from '../commands/read-version-diff.ts';
import { readDemoMarks } from './load-acceptability.ts';
import { readDemoCouncils } from './load-councils.ts';
import { loadDemo } from './load-demo.ts';
import { fundEvents, readDemoFunds } from './load-fund.ts';
import { implementationEvents, readDemoImplementation } from './load-implementation.ts';
import { monitoringEvents, readDemoMonitoring } from './load-monitoring.ts';
import { readDemoPositions } from './load-positions.ts';
import { readDemoTimeline, timelineEvents } from './load-timeline.ts';
import { readDemoValuations } from './load-valuations.ts';
import { readDemoYear, yearEvents } from './load-year.ts';
import { readDemoPeople } from './people-schema.ts';
import { readDemoFixtures } from './read-fixtures.ts';

const fixtures = readDemoFixtures();
const people = readDemoPeople(fixtures);
// One event per process, membership, party and plan, one per version (which carries all its points), one per
// time a version was shared with more parties, one per valuation.
const valuations = readDemoValuations().valuations.length;
const memberships = people.accounts.reduce((n, a) => n + a.memberships.length, 0);
const shares = Object.values(people.versions).reduce((n, v) => n + v.shared.length, 0);
// And one per delivery, consultation, statement, deadline set and deadline moved (fixtures/timeline.json).
const timeline = timelineEvents(readDemoTimeline());
// And one per position (fixtures/positions.json).
const positions = readDemoPositions().positions.length;
// And one per party's sealed marks (fixtures/acceptability.json).
const marks = readDemoMarks().marks.length;
// And one per council, seat, motion opened, vote and motion closed (fixtures/councils.json).
const councils = readDemoCouncils().councils.reduce(
  (n, c) =>
    n +
    1 +
    c.seats.length +
    c.motions.reduce((m, x) => m + 1 + x.votes.length + (x.closedOn === null ? 0 : 1), 0),
  0,
);
// And one per milestone, tracked commitment and status (fixtures/implementation.json).
const implementation = implementationEvents(readDemoImplementation());
// And the Gaza guarantee's rules with the nine changes of its case, logged by the runner (fixtures/guarantees.json).
const guarantees = 1 + 9;
// And one per incident and verification move (fixtures/monitoring.json).
const monitoring = monitoringEvents(readDemoMonitoring());
// And one per fund and fund operation (fixtures/fund.json).
const funds = fundEvents(readDemoFunds());
// And a year of simulated implementation: incidents, moves, a fund and its operations (fixtures/year/).
const year = yearEvents(readDemoYear());
const expectedEvents = fixtures.processes.reduce(
  (n, p) => n + 1 + p.parties.length + p.plans.reduce((m, plan) => m + 1 + plan.versions.length, 0),
  valuations +
    memberships +
    shares +
    timeline +
    positions +
    marks +
    councils +
    implementation +
    monitoring +
    funds +
    year,
);

for (const target of databaseTargets()) {
  describe(`loadDemo (${target.name})`, () => {
    let store: Store;
    let first: Awaited<ReturnType<typeof loadDemo>>;
    before(async () => {
      store = await target.open();
      first = await loadDemo(store);
    });
    after(async () => store.close());

    async function ruUaVersions(): Promise<Map<string, Version>> {
      const [process] = (await store.processes.list()).filter((p) => p.title === 'Russia–Ukraine 2025');
      assert.ok(process);
      const [plan] = await store.plans.listByProcess(process.id);
      assert.ok(plan);
      return new Map((await store.versions.listByPlan(plan.id)).map((v) => [v.label, v]));
    }
    async function pointsOf(version: Version | undefined): Promise<Map<string, Point>> {
      assert.ok(version);
      return new Map((await store.points.listByVersion(version.id)).map((p) => [p.number, p]));
    }

    test('loads the reference case into an empty log, one event per object', async () => {
      assert.equal(first.loaded, true);
      assert.equal(first.loaded && first.people.length, people.accounts.length);
      assert.equal(expectedEvents, 30 + 4 + 11 + 0 + 8 + 10 + 2 + 35 + 13 + 9 + 19 + 50);
      assert.equal(year, 12 + 17 + 1 + 20);
      assert.equal(valuations, 4);
      assert.equal(await store.log.size(), expectedEvents + guarantees);
      const entries = await store.log.entries(0, 1000);
      assert.equal(entries.filter((e) => e.type === 'version.created').length, 5);
      assert.equal(entries.filter((e) => e.type === 'valuation.recorded').length, 4);
      const us28 = entries.find((e) => e.type === 'version.created');
      assert.ok(us28?.event.type === 'version.created');
      assert.equal(us28.event.data.points.length, 28 + 21, 'the 28 points and their sub-points in one event');
      assert.deepEqual((await store.processes.list()).map((p) => p.title).sort(), [
        'Gaza 2025',
        'Russia–Ukraine 2025',
      ]);
    });

    test('loading again does nothing', async () => {
      assert.deepEqual(await loadDemo(store), { loaded: false });
      assert.equal(await store.log.size(), expectedEvents + guarantees);
    });

    test('the loaded log checks and the read tables rebuild from it', async () => {
      const check = await store.checkLog();
      assert.deepEqual(check, {
        ok: true,
        size: expectedEvents + guarantees,
        checkpoints: check.ok ? check.checkpoints : -1,
      });
      assert.ok(check.ok && check.checkpoints >= 1);
      const rebuilt = await store.rebuildProjections();
      assert.deepEqual(rebuilt.differences, []);
      assert.equal(rebuilt.equal, true);
    });

    test('the version tree: E3 and Geneva branch from the 28 points, December answers Geneva', async () => {
      const versions = await ruUaVersions();
      const us28 = versions.get('US 28-point draft');
      const e3 = versions.get('E3 counter-draft');
      const dec20 = versions.get('December 20-point framework');
      assert.equal(us28?.parentVersionId, null);
      assert.equal(e3?.parentVersionId, us28?.id);
      const geneva = versions.get('Geneva text (reported: 19 points)');
      assert.equal(geneva?.parentVersionId, us28?.id);
      assert.equal(dec20?.parentVersionId, geneva?.id);
      const points = await pointsOf(us28);
      assert.equal([...points.values()].filter((p) => p.parentPointId === null).length, 28);
      assert.equal(points.get('10.a')?.parentPointId, points.get('10')?.id);
      assert.deepEqual(
        points.get('6')?.quantities.map((q) => [q.value, q.unit]),
        [[600000, 'personnel']],
      );
      assert.deepEqual(
        points.get('14')?.quantities.map((q) => [q.value, q.unit]),
        [
          [100000000000, 'USD'],
          [50, 'percent'],
          [100000000000, 'USD'],
        ],
      );
    });

    test('lineage holds: 28#6 → E3#6 → 20#4; deleted points end their lineage', async () => {
      const versions = await ruUaVersions();
      const us28 = await pointsOf(versions.get('US 28-point draft'));
      const e3 = await pointsOf(versions.get('E3 counter-draft'));
      const dec20 = await pointsOf(versions.get('December 20-point framework'));
      const lineage = us28.get('6')?.lineageId;
      assert.ok(lineage);
      assert.equal(e3.get('6')?.lineageId, lineage);
      assert.equal(dec20.get('4')?.lineageId, lineage);
      assert.deepEqual(
        e3.get('6')?.quantities.map((q) => q.value),
        [800000],
      );
      const e3Lineages = new Set([...e3.values()].map((p) => p.lineageId));
      assert.equal(e3Lineages.has(us28.get('3')?.lineageId ?? ''), false);
      assert.equal(e3Lineages.has(us28.get('26')?.lineageId ?? ''), false);
      assert.equal(e3.size, 26 + 21 - 4, 'sub-points of replaced point 21 are gone');
      assert.equal(dec20.get('5')?.lineageId, us28.get('10')?.lineageId);
    });

    test("Geneva drops points the December text brings back: #9 restores the 28-point draft's point 14", async () => {
      const versions = await ruUaVersions();
      const us28 = await pointsOf(versions.get('US 28-point draft'));
      const geneva = await pointsOf(versions.get('Geneva text (reported: 19 points)'));
      const dec20 = await pointsOf(versions.get('December 20-point framework'));
      for (const gone of ['6', '13', '14', '26'])
        assert.equal(geneva.has(gone), false, `Geneva drops ${gone}`);
      assert.deepEqual(dec20.get('9')?.derivedFrom, [{ pointId: us28.get('14')?.id, operation: 'restore' }]);
      // the cap comes from the European branch, a sibling of Geneva: taken from it and reworded
      const e3 = await pointsOf(versions.get('E3 counter-draft'));
      assert.deepEqual(dec20.get('4')?.derivedFrom, [{ pointId: e3.get('6')?.id, operation: 'amend' }]);
    });

    test('texts in two authentic languages: December rewords point 1 in English only, its Ukrainian is out of date', async () => {
      const versions = await ruUaVersions();
      const geneva = versions.get('Geneva text (reported: 19 points)');
      const dec20 = versions.get('December 20-point framework');
      assert.ok(geneva && dec20);
      assert.deepEqual((await store.plans.get(dec20.planId))?.languages, ['en', 'uk']);
      const diff = await readVersionDiff(store, geneva.id, dec20.id);
      const one = diff.changes.find((c) => c.after[0]?.number === '1');
      assert.equal(one?.kind, 'amended');
      assert.deepEqual(one?.languages?.stale, ['uk']);
    });

    test("an editor's remark is a note apart from the wording", async () => {
      const us28 = await pointsOf((await ruUaVersions()).get('US 28-point draft'));
      assert.equal(us28.get('1')?.text.en, 'Signatories confirm that Ukraine is a sovereign state.');
      assert.match(us28.get('1')?.note ?? '', /territorial integrity is not mentioned/);
    });

    test('commitments name parties by id and other obligors by name', async () => {
      const [process] = (await store.processes.list()).filter((p) => p.title === 'Russia–Ukraine 2025');
      assert.ok(process);
      const parties = new Map((await store.parties.listByProcess(process.id)).map((p) => [p.name, p.id]));
      const versions = await ruUaVersions();
      const us28 = versions.get('US 28-point draft');
      assert.ok(us28);
      const points = await pointsOf(us28);
      const commitments = await store.commitments.listByVersion(us28.id);
      const six = commitments.filter((c) => c.pointId === points.get('6')?.id);
      assert.deepEqual(
        six.map((c) => [c.obligor, c.beneficiary]),
        [[parties.get('Ukraine'), parties.get('Russia')]],
      );
      assert.ok(commitments.some((c) => c.obligor === 'World Bank'));
    });
  });

  describe(`loadDemo guards (${target.name})`, () => {
    test('a log that holds anything is left alone', async () => {
      const store = await target.open();
      try {
        await createProcess(
          { store, principal: OPERATOR, clock: () => new Date() },
          { title: 'Someone else’s process' },
        );
        assert.deepEqual(await loadDemo(store), { loaded: false });
        assert.equal(await store.log.size(), 1);
      } finally {
        await store.close();
      }
    });

    test('invalid fixtures are refused before anything is written', async () => {
      const store = await target.open();
      try {
        const broken = structuredClone(fixtures);
        const lastPlan = broken.processes.at(-1)?.plans.at(-1);
        const lastPoint = lastPlan?.versions.at(-1)?.points.at(-1);
        assert.ok(lastPoint);
        lastPoint.categories = ['not-a-category'];
        await assert.rejects(loadDemo(store, { fixtures: broken }), /unknown category not-a-category/);
        assert.equal(await store.log.size(), 0);
      } finally {
        await store.close();
      }
    });
  });
}
