import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store, tableDigest } from '@concord/db';
import { createApp } from '../app.ts';
import { type Answer, callAs, isProblem } from '../test-support.ts';
import { type AnalysisSeed, seedAnalysis } from './analysis-seed.ts';

const MISSING = '0192f0c8-7d2a-7000-8000-000000000000';
// The seed's versions are created on this day (the test clock), so a 2022 rejection is older than the draft.
const TODAY = new Date('2025-11-24T12:00:00.000Z');

type Cell = { partyId: string; position: { stance: string; id: string } | null; resurfaced: unknown };
type Row = { pointId: string; number: string; contested: boolean; cells: Cell[] };

for (const target of databaseTargets()) {
  describe(`positions API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let seed: AnalysisSeed;
    const point = (version: 'v28' | 'e3', number: string) =>
      (
        (seed[version].points as { id: string; number: string }[]).find((p) => p.number === number) as {
          id: string;
        }
      ).id;
    const record = (key: string | null, pointId: string, body: unknown) =>
      callAs(app, key, 'POST', `/api/points/${pointId}/positions`, body);
    const matrix = async (key: string | null, version: 'v28' | 'e3' = 'v28') =>
      (await callAs(app, key, 'GET', `/api/versions/${seed[version].id}/positions`)).body as {
        parties: { id: string; name: string }[];
        points: Row[];
        mayRecordFor: string[];
        mayPublishFor: string[];
      };
    const cell = (m: Awaited<ReturnType<typeof matrix>>, pointId: string, partyId: string) =>
      m.points.find((r) => r.pointId === pointId)?.cells.find((c) => c.partyId === partyId);
    const rejection = (fields: Record<string, unknown> = {}) => ({
      partyId: seed.ukraine.id,
      stance: 'rejects',
      rationale: 'An army of 600,000 cannot deter a new invasion.',
      source: { kind: 'meeting', reference: 'Istanbul talks', url: 'https://example.org/istanbul' },
      takenOn: '2022-04-15',
      ...fields,
    });
    let ukraineCap: Answer;

    before(async () => {
      store = await target.open();
      app = createApp({ store, clock: () => new Date(TODAY) });
      seed = await seedAnalysis(app, store);
    });
    after(() => store.close());

    test('a delegate records its party’s position: 201, one private event naming the delegate', async () => {
      const size = await store.log.size();
      ukraineCap = await record(seed.keys.ukraine, point('v28', '6'), rejection());
      assert.equal(ukraineCap.status, 201, JSON.stringify(ukraineCap.body));
      assert.equal(ukraineCap.headers.get('location'), `/api/points/${point('v28', '6')}/positions`);
      assert.equal(ukraineCap.body.recordedBy, 'party');
      assert.equal(ukraineCap.body.published, false);
      assert.equal(ukraineCap.body.takenOn, '2022-04-15');
      assert.equal(ukraineCap.body.source.reference, 'Istanbul talks');
      assert.equal(ukraineCap.body.recorderName, 'Test delegate');
      assert.equal(await store.log.size(), size + 1);
      const entry = await store.log.entry(size);
      assert.equal(entry?.type, 'position.recorded');
      assert.deepEqual(entry?.audience, { kind: 'parties', partyIds: [seed.ukraine.id] });
    });

    test('the matrix: the delegate sees its rejection and the 28-point draft flagged as bringing it back', async () => {
      const m = await matrix(seed.keys.ukraine);
      assert.deepEqual(
        m.parties.map((p) => p.name),
        ['Ukraine', 'Russia', 'Europe'],
      );
      const c = cell(m, point('v28', '6'), seed.ukraine.id);
      assert.equal(c?.position?.stance, 'rejects');
      assert.deepEqual(c?.resurfaced, {
        rejection: ukraineCap.body,
        versionId: seed.v28.id,
        versionLabel: 'US 28-point draft',
        change: 'unchanged',
      });
      assert.equal(m.points.find((r) => r.pointId === point('v28', '6'))?.contested, true);
      assert.deepEqual(m.mayRecordFor, [seed.ukraine.id]);
      assert.deepEqual(m.mayPublishFor, [seed.ukraine.id]);
    });

    test('another party, the other process and the public see nothing of it: no cell, no flag, no contest, no history, no log body', async () => {
      for (const key of [seed.keys.russia, seed.keys.otherMediator, null]) {
        const answer = await callAs(app, key, 'GET', `/api/versions/${seed.v28.id}/positions`);
        assert.equal(answer.status, 200);
        const text = JSON.stringify(answer.body);
        assert.ok(!text.includes(ukraineCap.body.id) && !text.includes('Istanbul'), String(key));
        for (const row of answer.body.points as Row[]) {
          assert.equal(row.contested, false);
          for (const c of row.cells) assert.deepEqual([c.position, c.resurfaced], [null, null]);
        }
        const history = await callAs(app, key, 'GET', `/api/points/${point('v28', '6')}/positions`);
        assert.deepEqual(history.body.items, []);
        const entry = await callAs(app, key, 'GET', `/api/log/entries/${ukraineCap.body.logIndex}`);
        assert.equal(entry.body.confidential, true);
        assert.equal(entry.body.event, null);
      }
      assert.deepEqual((await matrix(seed.keys.russia)).mayRecordFor, [seed.russia.id]);
      assert.deepEqual((await matrix(null)).mayRecordFor, []);
      const own = await callAs(app, seed.keys.ukraine, 'GET', `/api/log/entries/${ukraineCap.body.logIndex}`);
      assert.equal(own.body.confidential, false);
    });

    test('a mediator records for any party, privately; only the party publishes', async () => {
      const russian = await record(seed.keys.mediator, point('v28', '6'), {
        partyId: seed.russia.id,
        stance: 'supports',
        source: { kind: 'statement', reference: 'Kremlin' },
        takenOn: '2025-11-21',
      });
      assert.equal(russian.status, 201, JSON.stringify(russian.body));
      assert.equal(russian.body.recordedBy, 'mediator');
      const before = await tableDigest(store);
      const size = await store.log.size();
      const published = await record(seed.keys.mediator, point('v28', '7'), {
        ...rejection(),
        published: true,
      });
      assert.ok(isProblem(published, 403, 'forbidden'), JSON.stringify(published.body));
      // Another party's delegate may not record for Ukraine: Ukraine's positions do not exist for it.
      assert.ok(isProblem(await record(seed.keys.russia, point('v28', '7'), rejection()), 404, 'not-found'));
      assert.equal(await store.log.size(), size);
      assert.deepEqual(await tableDigest(store), before);
      // The mediator reads both parties: the point is contested, Ukraine's flag stands.
      const m = await matrix(seed.keys.mediator);
      assert.equal(cell(m, point('v28', '6'), seed.russia.id)?.position?.stance, 'supports');
      assert.ok(cell(m, point('v28', '6'), seed.ukraine.id)?.resurfaced);
      assert.deepEqual(m.mayPublishFor, []);
      // A mediator records for the parties the matrix shows (the negotiating ones), not for the mediating party.
      assert.deepEqual(m.mayRecordFor.sort(), [seed.ukraine.id, seed.russia.id, seed.europe.id].sort());
    });

    test('a published position reaches whoever reads the point, and its log entry too', async () => {
      const nato = await record(seed.keys.ukraine, point('v28', '7'), {
        partyId: seed.ukraine.id,
        stance: 'red-line',
        rationale: 'NATO membership is in our constitution.',
        source: { kind: 'statement' },
        takenOn: '2025-11-22',
        published: true,
      });
      assert.equal(nato.status, 201, JSON.stringify(nato.body));
      for (const key of [seed.keys.russia, null]) {
        const m = await matrix(key);
        assert.equal(cell(m, point('v28', '7'), seed.ukraine.id)?.position?.id, nato.body.id);
        // Taken after the draft was written: a rejection of the draft, not one it brings back.
        assert.equal(cell(m, point('v28', '7'), seed.ukraine.id)?.resurfaced, null);
        const entry = await callAs(app, key, 'GET', `/api/log/entries/${nato.body.logIndex}`);
        assert.equal(entry.body.confidential, false);
        assert.equal(entry.body.event.data.rationale, 'NATO membership is in our constitution.');
      }
    });

    test('a point’s history holds the positions on the points it comes from, in the order taken', async () => {
      await record(seed.keys.ukraine, point('e3', '6'), {
        partyId: seed.ukraine.id,
        stance: 'accepts-with-conditions',
        conditions: 'With security guarantees mirroring Article 5.',
        source: { kind: 'document', reference: 'E3 counter-draft' },
        takenOn: '2025-11-23',
      });
      const history = await callAs(
        app,
        seed.keys.ukraine,
        'GET',
        `/api/points/${point('e3', '6')}/positions`,
      );
      assert.equal(history.status, 200);
      assert.deepEqual(
        history.body.items.map((p: { stance: string; versionLabel: string; pointNumber: string }) => [
          p.stance,
          p.versionLabel,
          p.pointNumber,
        ]),
        [
          ['rejects', 'US 28-point draft', '6'],
          ['accepts-with-conditions', 'E3 counter-draft', '6'],
        ],
      );
      // Accepted since: the E3 point no longer counts as the rejected cap coming back.
      assert.equal(
        cell(await matrix(seed.keys.ukraine, 'e3'), point('e3', '6'), seed.ukraine.id)?.resurfaced,
        null,
      );
    });

    test('bad requests are refused with a problem and write nothing', async () => {
      const before = await tableDigest(store);
      const size = await store.log.size();
      const cap = point('v28', '6');
      const cases: [Answer, number, string][] = [
        [await record(null, cap, rejection()), 401, 'unauthenticated'],
        [await record(seed.keys.ukraine, cap, { ...rejection(), stance: 'maybe' }), 400, 'validation-failed'],
        [
          await record(seed.keys.ukraine, cap, { ...rejection(), takenOn: '2025-02-30' }),
          400,
          'validation-failed',
        ],
        [
          await record(seed.keys.ukraine, cap, { ...rejection(), stance: 'accepts-with-conditions' }),
          400,
          'validation-failed',
        ],
        [
          await record(seed.keys.ukraine, cap, {
            ...rejection(),
            source: { kind: 'leak', url: 'javascript:alert(1)' },
          }),
          400,
          'validation-failed',
        ],
        [
          await record(seed.keys.ukraine, cap, { ...rejection(), recordedBy: 'mediator' }),
          400,
          'validation-failed',
        ],
        [await record(seed.keys.ukraine, cap, { ...rejection(), takenOn: '2025-11-25' }), 422, 'rule-broken'],
        [
          await record(seed.keys.mediator, cap, { ...rejection(), partyId: seed.israel.id }),
          422,
          'rule-broken',
        ],
        [await record(seed.keys.ukraine, MISSING, rejection()), 404, 'not-found'],
        [await record(seed.keys.otherMediator, cap, rejection()), 404, 'not-found'],
      ];
      for (const [answer, status, slug] of cases)
        assert.ok(isProblem(answer, status, slug), JSON.stringify(answer.body));
      assert.equal(await store.log.size(), size);
      assert.deepEqual(await tableDigest(store), before);
      assert.ok(
        isProblem(await callAs(app, null, 'GET', `/api/versions/${MISSING}/positions`), 404, 'not-found'),
      );
      assert.ok(
        isProblem(
          await callAs(app, null, 'GET', '/api/points/not-an-id/positions'),
          400,
          'validation-failed',
        ),
      );
    });

    test('a private position published later by its party: one entry, then read by whoever reads the version', async () => {
      const publishAs = (key: string | null, id: string) =>
        callAs(app, key, 'POST', `/api/positions/${id}/publication`);
      const id = ukraineCap.body.id as string;
      const size = await store.log.size();
      const before = await tableDigest(store);
      const refusals: [Answer, number, string][] = [
        [await publishAs(seed.keys.mediator, id), 403, 'forbidden'],
        [await publishAs(seed.keys.russia, id), 404, 'not-found'],
        [await publishAs(seed.keys.otherMediator, id), 404, 'not-found'],
        [await publishAs(seed.keys.ukraine, MISSING), 404, 'not-found'],
        [await publishAs(seed.keys.ukraine, 'not-an-id'), 400, 'validation-failed'],
      ];
      for (const [answer, status, slug] of refusals)
        assert.ok(isProblem(answer, status, slug), `${status}: ${JSON.stringify(answer.body)}`);
      assert.equal((await publishAs(null, id)).status, 401);
      assert.equal(await store.log.size(), size);
      assert.deepEqual(await tableDigest(store), before);
      assert.equal(cell(await matrix(seed.keys.russia), point('v28', '6'), seed.ukraine.id)?.position, null);

      const published = await publishAs(seed.keys.ukraine, id);
      assert.equal(published.status, 200, JSON.stringify(published.body));
      assert.equal(published.body.published, true);
      assert.equal(published.body.rationale, ukraineCap.body.rationale, 'the same recording, now public');
      assert.equal(await store.log.size(), size + 1);
      const entry = await store.log.entry(size);
      assert.equal(entry?.event.type, 'position.published');
      assert.equal(
        cell(await matrix(seed.keys.russia), point('v28', '6'), seed.ukraine.id)?.position?.id,
        id,
        'Russia now reads it',
      );
      assert.ok(isProblem(await publishAs(seed.keys.ukraine, id), 409, 'conflict'), 'published once');
      assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
    });
  });
}
