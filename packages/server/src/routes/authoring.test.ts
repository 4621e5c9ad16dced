// Authoring rules the web app relies on: a working draft is edited in place (points removed, numbers unique
// among siblings); a circulated, final or withdrawn version is frozen; a version is withdrawn with a reason,
// never deleted, and leaves the analysis. A refused request is a 4xx problem and writes nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store, tableDigest } from '@concord/db';
import { createApp } from '../app.ts';
import { type Caller, isProblem, memberToken, seedProcess, signedIn } from '../test-support.ts';

type PointJson = { id: string; number: string; parentPointId: string | null };

for (const target of databaseTargets()) {
  describe(`authoring: removing points, unique numbers, frozen and withdrawn versions (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let call: Caller;
    let seed: Awaited<ReturnType<typeof seedProcess>>;
    before(async () => {
      store = await target.open();
      app = createApp({ store });
      call = await signedIn(store);
      seed = await seedProcess(app, call);
    });
    after(() => store.close());

    const draft = async (label: string, status = 'draft') =>
      (
        await call(app, 'POST', `/api/plans/${seed.plan.id}/versions`, {
          label,
          status,
          points: [
            { text: { en: 'Ceasefire along the line of contact.' } },
            {
              text: { en: 'Armed forces capped at 600,000.' },
              commitments: [{ obligor: 'Ukraine', action: 'cap its armed forces' }],
              points: [{ text: { en: 'Verified by monitors.' } }],
            },
            { text: { en: 'Full amnesty.' } },
          ],
        })
      ).body as { id: string; points: PointJson[]; abilities: Record<string, boolean> };

    /** Runs `fn` and checks that it changed neither the log nor any table. */
    const unchanged = async (fn: () => Promise<void>) => {
      const size = await store.log.size();
      const digest = await tableDigest(store);
      await fn();
      assert.equal(await store.log.size(), size, 'nothing appended to the log');
      assert.deepEqual(await tableDigest(store), digest, 'no table changed');
    };

    test('removing a point of a working draft takes its sub-points and commitments with it, in one entry', async () => {
      const v = await draft('Working draft');
      const [, second] = v.points.filter((p) => p.parentPointId === null);
      assert.ok(second);
      const size = await store.log.size();
      const removed = await call(app, 'DELETE', `/api/points/${second.id}`);
      assert.equal(removed.status, 204, JSON.stringify(removed.body));
      assert.equal(await store.log.size(), size + 1);
      const entry = await store.log.entry(size);
      assert.equal(entry?.event.type, 'point.removed');
      const read = (await call(app, 'GET', `/api/versions/${v.id}`)).body;
      assert.deepEqual(
        read.points.map((p: PointJson) => p.number),
        ['1', '3'],
      );
      assert.equal(read.commitments.length, 0, 'its commitment went with it');
      assert.ok(isProblem(await call(app, 'GET', `/api/points/${second.id}`), 404, 'not-found'));
      const rebuilt = await store.rebuildProjections();
      assert.deepEqual(rebuilt, { equal: true, differences: [] }, 'the removal replays from the log');
    });

    test('removing: a missing or malformed id, a frozen version, a delegate: a problem and nothing written', async () => {
      const circulated = await draft('Circulated text', 'circulated');
      const delegate = await memberToken(store, seed.process.id, 'delegate', { partyId: seed.ukraine.id });
      const working = await draft('Another draft');
      await unchanged(async () => {
        assert.ok(isProblem(await call(app, 'DELETE', '/api/points/not-a-uuid'), 400, 'validation-failed'));
        assert.ok(
          isProblem(
            await call(app, 'DELETE', '/api/points/0192f0c8-7d2a-7000-8000-000000000000'),
            404,
            'not-found',
          ),
        );
        const frozen = await call(app, 'DELETE', `/api/points/${circulated.points[0]?.id}`);
        assert.ok(isProblem(frozen, 409, 'conflict'));
        assert.match(frozen.body.detail, /was circulated .* start a new version from it/);
        // A delegate cannot edit what it reads, and does not learn that a working draft it cannot read exists.
        const asDelegate = (id: string | undefined) =>
          app.request(`/api/points/${id}`, {
            method: 'DELETE',
            headers: { authorization: `Bearer ${delegate.token}` },
          });
        assert.equal((await asDelegate(circulated.points[0]?.id)).status, 403);
        assert.equal((await asDelegate(working.points[0]?.id)).status, 404);
      });
    });

    test('a point that a later version derives from cannot be removed from its draft', async () => {
      const v = await draft('Source draft');
      const first = v.points[0] as PointJson;
      const counter = await call(app, 'POST', `/api/plans/${seed.plan.id}/versions`, {
        label: 'Counter-draft',
        parentVersionId: v.id,
        points: [
          { text: { en: 'Ceasefire along the line of contact.' }, derivedFrom: [{ pointId: first.id }] },
        ],
      });
      assert.equal(counter.status, 201, JSON.stringify(counter.body));
      await unchanged(async () => {
        const refused = await call(app, 'DELETE', `/api/points/${first.id}`);
        assert.ok(isProblem(refused, 409, 'conflict'));
        assert.match(refused.body.detail, /point 1 cannot be removed: point 1 of another version/);
      });
    });

    test('a number is unique among siblings: a duplicate in an added or updated point is a 422 naming it, and nothing is written', async () => {
      const v = await draft('Numbering');
      const [one, two] = v.points.filter((p) => p.parentPointId === null) as PointJson[];
      const sub = v.points.find((p) => p.parentPointId !== null) as PointJson;
      await unchanged(async () => {
        const dup = await call(app, 'PATCH', `/api/points/${two?.id}`, { number: '1' });
        assert.ok(isProblem(dup, 422, 'rule-broken'));
        assert.match(dup.body.detail, /number 1 is already used/);
        assert.deepEqual(dup.body.errors, [{ path: 'number', message: 'number 1 is already taken' }]);
      });
      await unchanged(async () => {
        const added = await call(app, 'POST', `/api/versions/${v.id}/points`, {
          number: '2',
          text: { en: 'x' },
        });
        assert.ok(isProblem(added, 422, 'rule-broken'));
        assert.match(added.body.detail, /number 2 is already used/);
      });
      // The same number one level down is another sibling group; renumbering to a free number works.
      assert.equal((await call(app, 'PATCH', `/api/points/${sub.id}`, { number: '1' })).status, 200);
      const renumbered = await call(app, 'PATCH', `/api/points/${one?.id}`, { number: '1bis' });
      assert.equal(renumbered.status, 200);
      assert.equal(renumbered.body.number, '1bis');
    });

    test('a circulated version is frozen: its text, label and points stay; it may only be declared final', async () => {
      const v = await draft('Handed over', 'circulated');
      assert.equal(v.abilities.edit, false, 'the mediator is not offered an edit of a frozen version');
      await unchanged(async () => {
        for (const [method, path, body] of [
          ['PATCH', `/api/versions/${v.id}`, { note: 'quietly changed' }],
          ['PATCH', `/api/versions/${v.id}`, { status: 'draft' }],
          ['POST', `/api/versions/${v.id}/points`, { text: { en: 'late' } }],
          ['PATCH', `/api/points/${v.points[0]?.id}`, { text: { en: 'x' } }],
        ] as const)
          assert.ok(isProblem(await call(app, method, path, body), 409, 'conflict'), `${method} ${path}`);
      });
      const finalised = await call(app, 'PATCH', `/api/versions/${v.id}`, { status: 'final' });
      assert.equal(finalised.status, 200);
    });

    test('a working draft starts with the mediators alone; once shared with a party it is frozen like a circulated text', async () => {
      const v = await draft('Written with one side');
      assert.deepEqual((v as { audience?: unknown }).audience, { kind: 'parties', partyIds: [] });
      assert.equal(v.abilities.edit, true, 'the mediators still edit their own draft');
      const shared = await call(app, 'PUT', `/api/versions/${v.id}/audience`, {
        audience: { kind: 'parties', partyIds: [seed.ukraine.id] },
        reason: 'handed to the Ukrainian delegation for comment',
      });
      assert.equal(shared.status, 200, JSON.stringify(shared.body));
      assert.equal(shared.body.abilities.edit, false, 'nobody is offered an edit of a shared draft');
      await unchanged(async () => {
        for (const [method, path, body] of [
          ['PATCH', `/api/versions/${v.id}`, { label: 'renamed after sharing' }],
          ['POST', `/api/versions/${v.id}/points`, { text: { en: 'late' } }],
          ['PATCH', `/api/points/${v.points[0]?.id}`, { text: { en: 'changed after Ukraine read it' } }],
          ['DELETE', `/api/points/${v.points[2]?.id}`, undefined],
        ] as const) {
          const refused = await call(app, method, path, body);
          assert.ok(isProblem(refused, 409, 'conflict'), `${method} ${path}`);
          assert.match(refused.body.detail, /was shared beyond the mediators/);
        }
      });
      const circulated = await call(app, 'PATCH', `/api/versions/${v.id}`, { status: 'circulated' });
      assert.equal(circulated.status, 200, 'its status may still move on');
      const opened = await draft('Written for the whole process');
      const widened = await call(app, 'POST', `/api/plans/${seed.plan.id}/versions`, {
        label: 'Shared at once',
        status: 'draft',
        audience: { kind: 'process' },
        points: [{ text: { en: 'Ceasefire.' } }],
      });
      assert.equal(widened.status, 201, JSON.stringify(widened.body));
      assert.equal(
        widened.body.abilities.edit,
        false,
        'a draft created for the process is frozen from the start',
      );
      assert.equal(opened.abilities.edit, true);
    });

    test('withdrawing: the version stays, marked with the reason, frozen, and out of the analysis', async () => {
      const v = await draft('To withdraw');
      const other = await draft('Standing', 'circulated');
      assert.equal(v.abilities.withdraw, true);
      const size = await store.log.size();
      const answer = await call(app, 'POST', `/api/versions/${v.id}/withdrawal`, {
        reason: 'Superseded by the Geneva text',
      });
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      assert.equal(await store.log.size(), size + 1);
      assert.equal((await store.log.entry(size))?.event.type, 'version.withdrawn');
      assert.equal(answer.body.withdrawal.reason, 'Superseded by the Geneva text');
      assert.equal(answer.body.abilities.withdraw, false);
      assert.equal(answer.body.abilities.edit, false);
      const plan = (await call(app, 'GET', `/api/plans/${seed.plan.id}`)).body;
      const listed = plan.versions.find((x: { id: string }) => x.id === v.id);
      assert.equal(listed.withdrawal.reason, 'Superseded by the Geneva text', 'still in the tree, marked');
      assert.equal(plan.versions.find((x: { id: string }) => x.id === other.id).withdrawal, null);
      await unchanged(async () => {
        assert.ok(
          isProblem(
            await call(app, 'PATCH', `/api/points/${v.points[0]?.id}`, { text: { en: 'x' } }),
            409,
            'conflict',
          ),
        );
        assert.ok(isProblem(await call(app, 'DELETE', `/api/points/${v.points[0]?.id}`), 409, 'conflict'));
        assert.ok(
          isProblem(
            await call(app, 'POST', `/api/versions/${v.id}/withdrawal`, { reason: 'again' }),
            409,
            'conflict',
          ),
        );
        assert.ok(isProblem(await call(app, 'GET', `/api/versions/${v.id}/domain`), 409, 'conflict'));
      });
      // The standing version's domain no longer counts the withdrawn version among the plan's versions.
      const domain = await call(app, 'GET', `/api/versions/${other.id}/domain`);
      assert.equal(domain.status, 200, JSON.stringify(domain.body));
      assert.ok(!JSON.stringify(domain.body).includes(v.id), 'no wording of the withdrawn version');
      assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
    });

    test('withdrawing: no reason, a bad body, a delegate, a missing version: a problem and nothing written', async () => {
      const v = await draft('Kept');
      const shown = await draft('Kept and circulated', 'circulated');
      const delegate = await memberToken(store, seed.process.id, 'delegate', { partyId: seed.ukraine.id });
      await unchanged(async () => {
        for (const body of [
          {},
          { reason: '' },
          { reason: '   ' },
          { reason: 'x', extra: 1 },
          { reason: 42 },
          null,
        ])
          assert.ok(
            isProblem(
              await call(app, 'POST', `/api/versions/${v.id}/withdrawal`, body),
              400,
              'validation-failed',
            ),
            JSON.stringify(body),
          );
        assert.ok(
          isProblem(
            await call(app, 'POST', '/api/versions/0192f0c8-7d2a-7000-8000-000000000000/withdrawal', {
              reason: 'x',
            }),
            404,
            'not-found',
          ),
        );
        const refused = await app.request(`/api/versions/${shown.id}/withdrawal`, {
          method: 'POST',
          headers: { authorization: `Bearer ${delegate.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ reason: 'not mine to withdraw' }),
        });
        assert.equal(refused.status, 403);
      });
    });
  });
}
