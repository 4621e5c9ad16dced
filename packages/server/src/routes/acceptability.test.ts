// Sealed acceptability over HTTP: a delegate marks and reads its own party's marks (nobody else does, not the
// mediator); everyone in the process reads only what every party accepts; bad input is a 4xx that writes nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import { createApp } from '../app.ts';
import { callAs, isProblem } from '../test-support.ts';
import { type AcceptabilitySeed, marksBody, seedAcceptability } from './acceptability-seed.ts';

const MISSING = '0192f0c8-7d2a-7000-8000-000000000000';

for (const target of databaseTargets()) {
  describe(`sealed acceptability API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let seed: AcceptabilitySeed;
    let v: AcceptabilitySeed['versions'];
    const own = (versionId = seed.v28.id) => `/api/versions/${versionId}/acceptability`;
    const common = (versionId = seed.v28.id) => `/api/versions/${versionId}/acceptability/common`;
    before(async () => {
      store = await target.open();
      app = createApp({ store });
      seed = await seedAcceptability(app, store);
      v = seed.versions;
    });
    after(() => store.close());

    test('a delegate sees every wording it can mark, none marked yet', async () => {
      const answer = await callAs(app, seed.keys.ukraine, 'GET', own());
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      assert.equal(answer.body.partyId, seed.ukraine.id);
      assert.equal(answer.body.open, true);
      const points = answer.body.points as {
        lineageId: string;
        marked: boolean;
        wordings: { key: string; inDraft: boolean }[];
      }[];
      assert.deepEqual(
        points.map((p) => p.lineageId),
        [seed.lineages.cap, seed.lineages.nato, seed.lineages.elections, seed.lineages.amnesty],
      );
      assert.ok(points.every((p) => !p.marked));
      // A wording carried by two versions is one wording, named by the first.
      assert.deepEqual(
        points[0]?.wordings.map((w) => [w.key, w.inDraft]),
        [
          [v.v28, true],
          [v.e3, false],
        ],
      );
    });

    test('marking: one event, each answer stored under every version giving the wording, read back by the party', async () => {
      const size = await store.log.size();
      const body = marksBody(seed, {
        cap: { [v.v28]: false, [v.dec]: true },
        nato: { [v.v28]: true, [v.e3]: true },
      });
      const answer = await callAs(app, seed.keys.ukraine, 'PUT', own(), body);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      assert.equal(await store.log.size(), size + 1);
      const entry = await store.log.entry(size);
      assert.ok(entry?.event.type === 'acceptability.marked');
      assert.deepEqual(entry.event.data, {
        id: entry.event.data.id,
        processId: seed.process.id,
        planId: seed.plan.id,
        versionId: v.v28,
        partyId: seed.ukraine.id,
        points: [
          { lineageId: seed.lineages.cap, wordings: { [v.v28]: false, [v.e3]: true, [v.dec]: true } },
          { lineageId: seed.lineages.nato, wordings: { [v.v28]: true, [v.e3]: true, [v.dec]: true } },
        ],
      });
      assert.deepEqual(entry.audience, { kind: 'parties', partyIds: [seed.ukraine.id] });
      const back = await callAs(app, seed.keys.ukraine, 'GET', own());
      assert.deepEqual(back.body, answer.body);
      const cap = back.body.points[0];
      assert.deepEqual([cap.marked, cap.accepted], [true, [v.e3]]);
      assert.deepEqual([back.body.points[2].marked, back.body.points[2].accepted], [false, []]);
    });

    test('nobody else reads a party’s marks: not the mediator, an observer for it, another party (403), another process (404), the public (401)', async () => {
      const size = await store.log.size();
      const ukraine = `?partyId=${seed.ukraine.id}`;
      for (const [key, who] of [
        [seed.keys.mediator, 'the mediator'],
        [seed.keys.ukraineObserver, 'an observer for Ukraine'],
      ] as const) {
        assert.ok(isProblem(await callAs(app, key, 'GET', own() + ukraine), 403, 'forbidden'), who);
        assert.ok(isProblem(await callAs(app, key, 'GET', own()), 403, 'forbidden'), who);
        assert.ok(isProblem(await callAs(app, key, 'PUT', own(), { points: [] }), 403, 'forbidden'), who);
      }
      assert.ok(isProblem(await callAs(app, seed.keys.russia, 'GET', own() + ukraine), 403, 'forbidden'));
      assert.ok(
        isProblem(
          await callAs(app, seed.keys.russia, 'PUT', own() + ukraine, { points: [] }),
          403,
          'forbidden',
        ),
      );
      assert.ok(isProblem(await callAs(app, seed.keys.otherParty, 'GET', own()), 404, 'not-found'));
      assert.ok(isProblem(await callAs(app, seed.keys.otherMediator, 'GET', common()), 404, 'not-found'));
      assert.ok(isProblem(await callAs(app, null, 'GET', own()), 401, 'unauthenticated'));
      assert.ok(isProblem(await callAs(app, null, 'GET', common()), 401, 'unauthenticated'));
      assert.ok(isProblem(await callAs(app, null, 'PUT', own(), { nonsense: 1 }), 401, 'unauthenticated'));
      assert.equal(await store.log.size(), size);
    });

    test('the log entry of marks: its party reads it; the mediator and the other parties see only that an entry exists', async () => {
      const index = (await store.log.size()) - 1;
      const path = `/api/log/entries/${index}`;
      const mine = await callAs(app, seed.keys.ukraine, 'GET', path);
      assert.equal(mine.body.confidential, false);
      assert.equal(mine.body.type, 'acceptability.marked');
      for (const key of [seed.keys.mediator, seed.keys.russia, seed.keys.ukraineObserver, null]) {
        const other = await callAs(app, key, 'GET', path);
        assert.equal(other.status, 200);
        assert.deepEqual(Object.keys(other.body).sort(), Object.keys(mine.body).sort());
        assert.equal(other.body.confidential, true);
        for (const field of ['eventId', 'type', 'event', 'canonical', 'salt'])
          assert.equal(other.body[field], null);
      }
    });

    test('bad marks are refused with a problem and write nothing', async () => {
      const size = await store.log.size();
      const put = (body: unknown, key = seed.keys.russia, path = own()) =>
        callAs(app, key, 'PUT', path, body);
      const cases: [unknown, number, string][] = [
        [
          { points: [{ lineageId: seed.lineages.sovereignty, wordings: { [v.v28]: true } }] },
          422,
          'rule-broken',
        ],
        [{ points: [{ lineageId: MISSING, wordings: { [v.v28]: true } }] }, 422, 'rule-broken'],
        [marksBody(seed, { cap: { [MISSING]: true } }), 422, 'rule-broken'],
        [marksBody(seed, { nato: { [v.e3]: true, [v.dec]: false } }), 422, 'rule-broken'],
        [marksBody(seed, { cap: {} }), 400, 'validation-failed'],
        [marksBody(seed, { cap: { 'not-a-version': true } }), 400, 'validation-failed'],
        [marksBody(seed, { cap: { [v.v28]: 'yes' as unknown as boolean } }), 400, 'validation-failed'],
        [
          {
            points: [
              ...marksBody(seed, { cap: { [v.v28]: true } }).points,
              ...marksBody(seed, { cap: { [v.v28]: true } }).points,
            ],
          },
          400,
          'validation-failed',
        ],
        [{ points: [], extra: true }, 400, 'validation-failed'],
        [{}, 400, 'validation-failed'],
        ['{"points": [', 400, 'malformed-request'],
      ];
      for (const [body, status, slug] of cases) {
        const answer = await put(body);
        assert.ok(
          isProblem(answer, status, slug),
          `${JSON.stringify(body)} → ${answer.status} ${JSON.stringify(answer.body)}`,
        );
      }
      assert.ok(
        isProblem(
          await put({ points: [] }, seed.keys.russia, `${own()}?partyId=nonsense`),
          400,
          'validation-failed',
        ),
      );
      assert.ok(isProblem(await put({ points: [] }, seed.keys.russia, own(MISSING)), 404, 'not-found'));
      assert.ok(
        isProblem(await put({ points: [] }, seed.keys.russia, own('nonsense')), 400, 'validation-failed'),
      );
      assert.equal(await store.log.size(), size);
    });

    test('what every party accepts: waiting (no count) until all three marked a point, then only the intersection and its packages', async () => {
      const read = async (key = seed.keys.mediator) => (await callAs(app, key, 'GET', common())).body;
      const before = await read();
      assert.deepEqual(
        before.points.map((p: { status: string }) => p.status),
        ['waiting', 'waiting', 'waiting', 'waiting'],
      );
      assert.deepEqual(Object.keys(before.points[0]).sort(), [
        'inTarget',
        'lineageId',
        'name',
        'number',
        'status',
        'title',
      ]);
      assert.deepEqual(before.parties.map((p: { name: string }) => p.name).sort(), [
        'Europe',
        'Russia',
        'Ukraine',
      ]);
      await callAs(
        app,
        seed.keys.russia,
        'PUT',
        own(),
        marksBody(seed, {
          cap: { [v.v28]: true, [v.e3]: true },
          nato: { [v.v28]: true, [v.e3]: false },
          amnesty: { [v.v28]: true, [v.e3]: true },
        }),
      );
      // Two of three parties marked the army cap: still only "waiting", the same answer as before.
      assert.deepEqual(await read(), before);
      const europe = await callAs(
        app,
        seed.keys.europe,
        'PUT',
        own(),
        marksBody(seed, {
          cap: { [v.v28]: false, [v.e3]: true },
          nato: { [v.v28]: true, [v.e3]: true },
        }),
      );
      assert.equal(europe.status, 200);
      const after = await read();
      const [cap, nato, elections, amnesty] = after.points;
      assert.equal(cap.status, 'revealed');
      assert.deepEqual(
        cap.common.map((w: { key: string }) => w.key),
        [v.e3],
      );
      assert.deepEqual(
        nato.common.map((w: { key: string }) => w.key),
        [v.v28],
      );
      assert.equal(elections.status, 'waiting');
      assert.equal(amnesty.status, 'waiting');
      assert.deepEqual(
        {
          ...after.packages,
          closest: { ...after.packages.closest, changes: after.packages.closest.changes.length },
        },
        {
          revealed: 2,
          waiting: 2,
          count: 1,
          closest: { changed: 1, changes: 1, text: after.packages.closest.text, alternatives: 0 },
        },
      );
      assert.match(after.packages.closest.text, /Point 6/);
      // Every member of the process who reads the version reads the same answer; the other process does not.
      for (const key of [seed.keys.ukraine, seed.keys.russia, seed.keys.europe, seed.keys.ukraineObserver])
        assert.deepEqual(await read(key), after);
      // Nothing in it names who marked what.
      const text = JSON.stringify(after);
      assert.doesNotMatch(text, /of 3|marked by|2 of|refus/);
    });

    test('a wording no party has answered yet (a new version) puts its point back to waiting', async () => {
      const size = await store.log.size();
      const added = await callAs(app, seed.keys.mediator, 'POST', `/api/plans/${seed.plan.id}/versions`, {
        label: 'Geneva',
        status: 'circulated',
        parentVersionId: v.e3,
        points: [
          {
            number: '6',
            lineageId: seed.lineages.cap,
            text: { en: 'The armed forces of Ukraine are capped at 700,000.' },
          },
          {
            number: '7',
            lineageId: seed.lineages.nato,
            text: { en: "Ukraine's membership of NATO depends on the consensus of members." },
          },
          {
            number: '25',
            lineageId: seed.lineages.elections,
            text: { en: 'Ukraine holds elections as soon as possible.' },
          },
        ],
      });
      assert.equal(added.status, 201);
      const after = (await callAs(app, seed.keys.ukraine, 'GET', common())).body;
      const status = (lineageId: string) =>
        after.points.find((p: { lineageId: string }) => p.lineageId === lineageId)?.status;
      assert.equal(status(seed.lineages.cap), 'waiting', 'the army cap has a wording nobody marked');
      assert.equal(status(seed.lineages.nato), 'revealed');
      // Geneva drops the sovereignty point: a newly contested point, waiting for everyone.
      assert.equal(status(seed.lineages.sovereignty), 'waiting');
      const mine = (await callAs(app, seed.keys.ukraine, 'GET', own())).body;
      const cap = mine.points.find((p: { lineageId: string }) => p.lineageId === seed.lineages.cap);
      assert.deepEqual([cap.marked, cap.accepted], [false, [v.e3]]);
      assert.equal(await store.log.size(), size + 1);
    });

    test('a final version is closed for marking (409), its common result still readable', async () => {
      const size = await store.log.size();
      const closed = await callAs(app, seed.keys.mediator, 'PATCH', `/api/versions/${v.dec}`, {
        status: 'final',
      });
      assert.equal(closed.status, 200, JSON.stringify(closed.body));
      const answer = await callAs(app, seed.keys.ukraine, 'PUT', own(v.dec), { points: [] });
      assert.ok(isProblem(answer, 409, 'conflict'), JSON.stringify(answer.body));
      assert.equal((await callAs(app, seed.keys.ukraine, 'GET', common(v.dec))).body.open, false);
      assert.equal(await store.log.size(), size + 1);
    });

    test('a withdrawn version offers no wording and closes its own marking; marks on the others survive it', async () => {
      const before = (await callAs(app, seed.keys.ukraine, 'GET', common())).body;
      const nato = (b: typeof before) =>
        b.points.find((p: { lineageId: string }) => p.lineageId === seed.lineages.nato);
      assert.equal(nato(before).status, 'revealed');
      const withdrawn = await callAs(app, seed.keys.mediator, 'POST', `/api/versions/${v.e3}/withdrawal`, {
        reason: 'Superseded by the December version',
      });
      assert.equal(withdrawn.status < 300, true, JSON.stringify(withdrawn.body));
      const after = (await callAs(app, seed.keys.ukraine, 'GET', common())).body;
      // The E3 wording is still offered by the December version, and the answers given to it still count.
      assert.equal(nato(after).status, 'revealed');
      assert.deepEqual(
        nato(after).common.map((w: { key: string }) => w.key),
        [v.v28],
      );
      const size = await store.log.size();
      assert.ok(
        isProblem(await callAs(app, seed.keys.ukraine, 'PUT', own(v.e3), { points: [] }), 409, 'conflict'),
      );
      assert.equal(await store.log.size(), size);
    });

    test('the read tables rebuilt from the log equal the stored ones', async () => {
      assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
    });
  });
}
