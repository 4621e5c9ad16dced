// Monitoring over HTTP: a monitor reports an incident and moves it through verification; an ACLED file with a bad
// row is refused naming the row's line and imports nothing, unless bad rows are skipped (then they are listed);
// the export reads back to the same incidents; restrictions and reports are filed; illegal moves, bad input and
// callers without the right are refused, and a refusal writes nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { importAcled } from '@concord/core/monitoring';
import { databaseTargets, type Store, tableDigest } from '@concord/db';
import { createApp } from '../app.ts';
import { type Caller, callAs, memberToken, seedProcess, signedIn } from '../test-support.ts';

const fixture = readFileSync(
  new URL('../../../core/src/monitoring/fixtures/gaza-illustrative.acled.csv', import.meta.url),
  'utf8',
);
const [header = '', ...rows] = fixture.split('\r\n');
const place = { name: 'Rafah', admin1: 'Gaza Strip', latitude: 31.2969, longitude: 34.2455 };
const incident = {
  eventDate: '2025-10-19',
  eventType: 'Battles',
  subEventType: 'Armed clash',
  actor1: 'Hamas Movement',
  location: place,
  ceasefire: {
    weapon: 'small arms',
    count: 30,
    direction: 'from the east',
    distanceMetres: 800,
    observedAs: 'heard',
  },
};

for (const target of databaseTargets()) {
  describe(`monitoring API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let mediator: Caller;
    let seed: Awaited<ReturnType<typeof seedProcess>>;
    let monitor: string;
    let delegate: string;
    const p = (rest: string) => `/api/processes/${seed.process.id}${rest}`;
    const unchanged = async (fn: () => Promise<unknown>) => {
      const digest = await tableDigest(store);
      const size = await store.log.size();
      await fn();
      assert.equal(await store.log.size(), size);
      assert.deepEqual(await tableDigest(store), digest);
    };

    before(async () => {
      store = await target.open();
      app = createApp({ store, clock: () => new Date('2025-10-25T08:00:00.000Z') });
      mediator = await signedIn(store, { name: 'US mediation' });
      seed = await seedProcess(app, mediator);
      monitor = (await memberToken(store, seed.process.id, 'monitor')).token;
      delegate = (await memberToken(store, seed.process.id, 'delegate', { partyId: seed.ukraine.id })).token;
    });
    after(() => store.close());

    test('a monitor reports an incident and moves it to corroborated and verified, each move with who and why', async () => {
      const made = await callAs(app, monitor, 'POST', p('/incidents'), incident);
      assert.equal(made.status, 201, JSON.stringify(made.body));
      assert.equal(made.body.status, 'reported');
      assert.equal(made.body.incident.ceasefire.distanceMetres, 800);
      const move = (to: string, reason: string) =>
        callAs(app, monitor, 'POST', `/api/incidents/${made.body.id}/status`, { to, reason });
      assert.equal((await move('corroborated', 'two witnesses')).status, 201);
      const verified = await move('verified', 'crater analysis');
      assert.equal(verified.status, 201);
      assert.deepEqual(
        verified.body.changes.map((c: { from: string; to: string; reason: string }) => [
          c.from,
          c.to,
          c.reason,
        ]),
        [
          ['reported', 'corroborated', 'two witnesses'],
          ['corroborated', 'verified', 'crater analysis'],
        ],
      );
      assert.ok(verified.body.changes.every((c: { by: string }) => c.by === made.body.reportedBy));
    });

    test('an illegal move is a 422 with its reason and writes nothing', async () => {
      const [first] = (await mediator(app, 'GET', p('/monitoring'))).body.incidents;
      await unchanged(async () => {
        const back = await callAs(app, monitor, 'POST', `/api/incidents/${first.id}/status`, {
          to: 'reported',
          reason: 'undo',
        });
        assert.equal(back.status, 422);
        assert.match(back.body.detail, /A verified incident cannot become reported: it can become disputed/);
      });
    });

    test('a CSV with a bad row: 422 naming its line, nothing imported; skipping imports the rest and lists it', async () => {
      const bad = [header, rows[0], rows[1]?.replace('34.3063', 'east'), rows[2]].join('\r\n');
      await unchanged(async () => {
        const refused = await callAs(app, monitor, 'POST', p('/incidents/import'), { csv: bad });
        assert.equal(refused.status, 422);
        assert.deepEqual(refused.body.errors, [{ path: 'line 3', message: 'longitude must be a number' }]);
        assert.match(refused.body.detail, /^one row is not valid, so nothing was imported/);
      });
      const skipping = await callAs(app, monitor, 'POST', p('/incidents/import'), {
        csv: bad,
        skipBadRows: true,
      });
      assert.equal(skipping.status, 201);
      assert.equal(skipping.body.imported.length, 2);
      assert.deepEqual(skipping.body.skipped, [{ line: 3, message: 'longitude must be a number' }]);
    });

    // ACLED has no columns for the ceasefire fields: they stay in Concord.
    test("the export is ACLED's CSV and reads back to the incidents shown, ceasefire fields aside", async () => {
      const answer = await app.request(p('/incidents/export'));
      assert.equal(answer.status, 200);
      assert.match(answer.headers.get('content-type') ?? '', /^text\/csv/);
      const back = importAcled(await answer.text()).incidents.map((i) => i.incident);
      const shown = (await mediator(app, 'GET', p('/monitoring'))).body;
      assert.deepEqual(
        back,
        shown.incidents.map((i: { incident: object }) => ({ ...i.incident, ceasefire: null })),
      );
      assert.deepEqual(shown.series.byParty.months, ['2025-10']);
    });

    test('restrictions and reports are recorded; a report naming an untracked commitment is refused', async () => {
      const restriction = { date: '2025-10-22', kind: 'denied', by: 'Checkpoint staff', location: place };
      assert.equal((await callAs(app, monitor, 'POST', p('/restrictions'), restriction)).status, 201);
      const stranger = '01930000-0000-7000-8000-0000000000c1';
      const body = {
        from: '2025-10-13',
        to: '2025-10-19',
        findings: [{ commitmentId: stranger, text: 'x' }],
      };
      await unchanged(async () => {
        const refused = await callAs(app, monitor, 'POST', p('/reports'), body);
        assert.equal(refused.status, 422);
        assert.equal(refused.body.errors[0].path, 'findings.0.commitmentId');
      });
      const filed = await callAs(app, monitor, 'POST', p('/reports'), {
        ...body,
        findings: [],
        summary: 'Quiet.',
      });
      assert.equal(filed.status, 201);
      const view = (await mediator(app, 'GET', p('/monitoring'))).body;
      assert.deepEqual([view.restrictions.length, view.reports.length], [1, 1]);
    });

    test('bad input, a delegate and the public are refused and write nothing', async () => {
      await unchanged(async () => {
        const off = { ...incident, location: { ...place, latitude: 95 } };
        assert.equal((await callAs(app, monitor, 'POST', p('/incidents'), off)).status, 400);
        assert.equal((await callAs(app, delegate, 'POST', p('/incidents'), incident)).status, 403);
        assert.equal(
          (await callAs(app, delegate, 'POST', p('/incidents/import'), { csv: fixture })).status,
          403,
        );
        assert.equal((await callAs(app, null, 'POST', p('/incidents'), incident)).status, 401);
        const huge = { csv: 'x'.repeat(900_001) };
        assert.equal((await callAs(app, monitor, 'POST', p('/incidents/import'), huge)).status, 400);
      });
      const view = (await callAs(app, delegate, 'GET', p('/monitoring'))).body;
      assert.deepEqual([view.mayReport, view.mayVerify], [false, false]);
    });
  });
}
