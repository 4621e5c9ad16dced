// Implementation over HTTP: a mediator tracks the commitments of a final version ("within 72 hours of
// acceptance"), records the acceptance, sets statuses with evidence by hash; the answer at the server's clock says
// what is due, overdue and how far along each party is. Bad input, drafts, repeats and callers without the right
// are refused, and a refusal writes nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store, tableDigest } from '@concord/db';
import { createApp } from '../app.ts';
import { type Caller, callAs, isProblem, memberToken, seedProcess, signedIn } from '../test-support.ts';

const HASH = 'b'.repeat(64);
const EVIDENCE = { sha256: HASH, name: 'icrc-handover.pdf', size: 20480, type: 'application/pdf' };

for (const target of databaseTargets()) {
  describe(`implementation API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let mediator: Caller;
    let seed: Awaited<ReturnType<typeof seedProcess>>;
    let now = new Date('2025-10-09T08:00:00.000Z');
    let ids: { hostages: string; bodies: string; living: string; draft: string };
    let delegate: string;

    const unchanged = async (fn: () => Promise<unknown>) => {
      const before = await tableDigest(store);
      const size = await store.log.size();
      await fn();
      assert.equal(await store.log.size(), size);
      assert.deepEqual(await tableDigest(store), before);
    };
    const path = () => `/api/processes/${seed.process.id}/implementation`;
    const view = async (token?: string | null) =>
      (token === undefined ? await mediator(app, 'GET', path()) : await callAs(app, token, 'GET', path()))
        .body;

    before(async () => {
      store = await target.open();
      app = createApp({ store, clock: () => new Date(now) });
      mediator = await signedIn(store, { name: 'US mediation' });
      seed = await seedProcess(app, mediator);
      const version = async (status: string) =>
        (
          await mediator(app, 'POST', `/api/plans/${seed.plan.id}/versions`, {
            label: status,
            status,
            points: [
              {
                text: { en: 'All hostages returned within 72 hours of acceptance.' },
                commitments: [
                  { obligor: 'Hamas', action: 'return all hostages' },
                  { obligor: 'Hamas', action: 'return the living' },
                  { obligor: 'Hamas', action: 'return the remains of the deceased' },
                ],
              },
            ],
          })
        ).body;
      const final = await version('final');
      const draft = await version('draft');
      const [hostages, living, bodies] = final.commitments.map((c: { id: string }) => c.id);
      ids = { hostages, living, bodies, draft: draft.commitments[0].id };
      delegate = (await memberToken(store, seed.process.id, 'delegate', { partyId: seed.ukraine.id })).token;
    });
    after(() => store.close());

    test('a mediator is offered the untracked commitments of final versions only', async () => {
      const offered = (await view()).candidates.map((c: { commitmentId: string }) => c.commitmentId);
      assert.deepEqual(offered.sort(), [ids.hostages, ids.living, ids.bodies].sort());
      assert.deepEqual((await view(delegate)).candidates, []);
    });

    test('a mediator tracks, records the acceptance and sets statuses; the answer tells due, overdue and progress', async () => {
      const within72 = { kind: 'after', milestone: 'acceptance', hours: 72 };
      const tracked = await mediator(app, 'POST', `/api/commitments/${ids.hostages}/tracking`, {
        due: within72,
        indicators: ['hostages returned, living and deceased'],
      });
      assert.equal(tracked.status, 201, JSON.stringify(tracked.body));
      for (const [id, weight] of [
        [ids.living, 3],
        [ids.bodies, 1],
      ] as const) {
        const part = await mediator(app, 'POST', `/api/commitments/${id}/tracking`, {
          due: within72,
          weight,
          parentId: ids.hostages,
        });
        assert.equal(part.status, 201, JSON.stringify(part.body));
      }
      let answer = await view();
      assert.deepEqual(
        answer.commitments.map((c: { waitingFor: string; overdue: boolean }) => [c.waitingFor, c.overdue]),
        [
          ['acceptance', false],
          ['acceptance', false],
          ['acceptance', false],
        ],
      );
      const accepted = await mediator(app, 'POST', `/api/processes/${seed.process.id}/milestones`, {
        key: 'acceptance',
        label: 'Hamas accepts the plan',
        occurredAt: '2025-10-09T07:00:00.000Z',
      });
      assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
      now = new Date('2025-10-11T12:00:00.000Z');
      const set = await mediator(app, 'POST', `/api/commitments/${ids.living}/statuses`, {
        score: 3,
        reason: 'All 20 living hostages handed over to the ICRC',
        evidence: [EVIDENCE],
      });
      assert.equal(set.status, 201, JSON.stringify(set.body));
      assert.deepEqual(set.body.statuses[0].evidence, [EVIDENCE]);
      assert.equal(set.body.statuses[0].on, '2025-10-11');
      answer = await view();
      const hostages = answer.commitments.find(
        (c: { commitmentId: string }) => c.commitmentId === ids.hostages,
      );
      assert.equal(hostages.dueAt, '2025-10-12T07:00:00.000Z');
      assert.equal(hostages.progress, 0.75);
      assert.equal(hostages.overdue, false);
      assert.equal(hostages.maySetStatus, true);
      assert.equal(answer.mayRecordMilestone, true);
      assert.deepEqual(Object.values(answer.actors), ['US mediation']);
      assert.deepEqual(answer.candidates, [], 'all three are tracked now');
      now = new Date('2025-10-12T07:00:00.000Z');
      answer = await view();
      const late = answer.commitments.filter((c: { overdue: boolean }) => c.overdue);
      assert.deepEqual(
        late.map((c: { commitmentId: string }) => c.commitmentId).sort(),
        [ids.hostages, ids.bodies].sort(),
      );
      const series = (await mediator(app, 'GET', `/api/processes/${seed.process.id}/compliance`)).body;
      assert.deepEqual(series.items, [
        {
          party: 'Hamas',
          points: [
            { on: '2025-10-11', value: 0.75 },
            { on: '2025-10-12', value: 0.75 },
          ],
        },
      ]);
    });

    test('bad input, drafts and repeats are refused, and nothing is written', async () => {
      const status = (id: string, body: unknown) =>
        mediator(app, 'POST', `/api/commitments/${id}/statuses`, body);
      const track = (id: string, body: unknown) =>
        mediator(app, 'POST', `/api/commitments/${id}/tracking`, body);
      const milestone = (body: unknown) =>
        mediator(app, 'POST', `/api/processes/${seed.process.id}/milestones`, body);
      await unchanged(async () => {
        for (const body of [
          { score: 4, reason: 'x' },
          { score: 2, reason: '' },
          { score: 2, reason: 'x', evidence: [{ ...EVIDENCE, sha256: 'not-a-hash' }] },
          { score: 2, reason: 'x', on: '2025-02-30' },
          { score: 2, reason: 'x', secret: true },
        ])
          assert.ok(
            isProblem(await status(ids.living, body), 400, 'validation-failed'),
            JSON.stringify(body),
          );
        assert.ok(
          isProblem(
            await status(ids.living, { score: 2, reason: 'x', on: '2025-10-13' }),
            422,
            'rule-broken',
          ),
        );
        assert.ok(isProblem(await status(ids.draft, { score: 1, reason: 'x' }), 409, 'conflict'));
        assert.ok(isProblem(await track(ids.draft, {}), 409, 'conflict'));
        assert.ok(isProblem(await track(ids.living, {}), 409, 'conflict'));
        assert.ok(
          isProblem(
            await track(ids.hostages, { due: { kind: 'after', milestone: 'Signature!' } }),
            400,
            'validation-failed',
          ),
        );
        assert.ok(isProblem(await status('not-a-uuid', { score: 1, reason: 'x' }), 400, 'validation-failed'));
        const accepted = { key: 'acceptance', label: 'again', occurredAt: '2025-10-09T07:00:00.000Z' };
        assert.ok(isProblem(await milestone(accepted), 409, 'conflict'));
        const future = { key: 'signature', label: 'Signature', occurredAt: '2026-01-01T00:00:00.000Z' };
        assert.ok(isProblem(await milestone(future), 422, 'rule-broken'));
      });
    });

    test('the public must sign in to write; a delegate may not set a status; nothing is written', async () => {
      await unchanged(async () => {
        const body = { score: 0, reason: 'reversed' };
        const publicly = await callAs(app, null, 'POST', `/api/commitments/${ids.living}/statuses`, body);
        assert.ok(isProblem(publicly, 401, 'unauthenticated'), JSON.stringify(publicly.body));
        const asDelegate = await callAs(
          app,
          delegate,
          'POST',
          `/api/commitments/${ids.living}/statuses`,
          body,
        );
        assert.ok(asDelegate.status === 403 || asDelegate.status === 404, JSON.stringify(asDelegate.body));
        const milestone = { key: 'signature', label: 'Signature', occurredAt: '2025-10-10T00:00:00.000Z' };
        const path = `/api/processes/${seed.process.id}/milestones`;
        assert.ok(isProblem(await callAs(app, delegate, 'POST', path, milestone), 403, 'forbidden'));
      });
    });

    test('a delegate and the public read the commitments of a public version, and may set nothing', async () => {
      for (const reader of [delegate, null]) {
        const answer = await view(reader);
        assert.equal(answer.commitments.length, 3);
        assert.ok(answer.commitments.every((c: { maySetStatus: boolean }) => !c.maySetStatus));
        assert.equal(answer.mayRecordMilestone, false);
        assert.equal(answer.milestones.length, 1);
      }
    });

    test('the routes are in the OpenAPI document', async () => {
      const doc = (await mediator(app, 'GET', '/openapi.json')).body;
      assert.ok(doc.paths['/api/processes/{processId}/implementation']?.get);
      assert.ok(doc.paths['/api/processes/{processId}/compliance']?.get);
      assert.ok(doc.paths['/api/commitments/{commitmentId}/tracking']?.post);
      assert.ok(doc.paths['/api/commitments/{commitmentId}/statuses']?.post);
      assert.ok(doc.paths['/api/processes/{processId}/milestones']?.post);
      assert.ok(doc.components.schemas.Implementation);
    });
  });
}
