import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import { createApp } from '../app.ts';
import { type Caller, isProblem, seedProcess, signedIn } from '../test-support.ts';

type PointJson = {
  id: string;
  lineageId: string;
  parentPointId: string | null;
  number: string;
  ordinal: number;
  text: Record<string, string>;
};

const draft28 = (ukraineId: string) => ({
  label: 'US 28-point draft',
  issuedOn: '2025-11-20',
  status: 'circulated',
  points: [
    { text: { en: 'Sovereignty of Ukraine will be confirmed.' } },
    {
      number: '6',
      text: { en: 'The armed forces of Ukraine will be limited to 600,000 personnel.' },
      categories: ['military limits'],
      quantities: [{ value: 600000, unit: 'troops', text: '600,000 personnel' }],
      commitments: [{ obligor: ukraineId, action: 'cap its armed forces at 600,000' }],
      points: [{ text: { en: 'Verification by monitors.' } }, { text: { en: 'Within 100 days.' } }],
    },
    {
      text: { en: 'Full amnesty.' },
      conditions: [{ if: 'Russia invades again', then: 'sanctions snap back' }],
    },
  ],
});

for (const target of databaseTargets()) {
  describe(`versions API (${target.name})`, () => {
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

    test('a version is created whole in one log entry, points in reading order with numbers and sub-points', async () => {
      const size = await store.log.size();
      const created = await call(
        app,
        'POST',
        `/api/plans/${seed.plan.id}/versions`,
        draft28(seed.ukraine.id),
      );
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(await store.log.size(), size + 1);
      assert.equal(created.body.parentVersionId, null);
      const points: PointJson[] = created.body.points;
      assert.deepEqual(
        points.map((p) => p.number),
        ['1', '6', '6.a', '6.b', '3'],
      );
      const six = points[1] as PointJson;
      assert.equal(points[2]?.parentPointId, six.id);
      assert.equal(points[3]?.ordinal, 1);
      for (const p of points) assert.equal(p.lineageId, p.id, 'a first version starts every lineage');
      assert.equal(created.body.commitments.length, 1);
      assert.equal(created.body.commitments[0].pointId, six.id);
      const read = await call(app, 'GET', `/api/versions/${created.body.id}`);
      assert.deepEqual(read.body, created.body);
      const entry = await call(app, 'GET', `/api/log/entries/${size}`);
      assert.equal(entry.body.type, 'version.created');
      assert.equal(entry.body.event.data.points.length, 5);
    });

    test('a counter-draft branches from its parent and continues lineages; the plan shows the tree', async () => {
      const root = (await call(app, 'POST', `/api/plans/${seed.plan.id}/versions`, draft28(seed.ukraine.id)))
        .body;
      const [first, six] = root.points as PointJson[];
      const counter = await call(app, 'POST', `/api/plans/${seed.plan.id}/versions`, {
        label: 'E3 counter-draft',
        parentVersionId: root.id,
        points: [
          { lineageId: first?.lineageId, text: { en: 'Sovereignty confirmed.' } },
          {
            lineageId: six?.lineageId,
            number: '6',
            text: { en: 'Peacetime army capped at 800,000.' },
            quantities: [{ value: 800000, unit: 'troops', text: '800,000' }],
          },
          { text: { en: 'A new point.' } },
        ],
      });
      assert.equal(counter.status, 201, JSON.stringify(counter.body));
      const counterPoints = counter.body.points as PointJson[];
      assert.equal(counterPoints[1]?.lineageId, six?.lineageId);
      assert.notEqual(counterPoints[1]?.id, six?.id);
      assert.equal(counterPoints[2]?.lineageId, counterPoints[2]?.id);

      const plan = await call(app, 'GET', `/api/plans/${seed.plan.id}`);
      const node = plan.body.versions.find((v: { id: string }) => v.id === counter.body.id);
      assert.equal(node.parentVersionId, root.id);
      assert.ok(plan.body.versions.some((v: { id: string }) => v.id === root.id));
    });

    test('derivation edges: a split, a merge and a restore are written and named by the server', async () => {
      const root = (await call(app, 'POST', `/api/plans/${seed.plan.id}/versions`, draft28(seed.ukraine.id)))
        .body;
      const [one, six, sixA, sixB] = root.points as PointJson[];
      const dropped = (
        await call(app, 'POST', `/api/plans/${seed.plan.id}/versions`, {
          label: 'drops six',
          parentVersionId: root.id,
          points: [{ derivedFrom: [{ pointId: one?.id }], text: one?.text }],
        })
      ).body;
      const answer = await call(app, 'POST', `/api/plans/${seed.plan.id}/versions`, {
        label: 'December',
        parentVersionId: dropped.id,
        points: [
          { derivedFrom: [{ pointId: dropped.points[0].id }], text: { en: 'First half.' } },
          { derivedFrom: [{ pointId: dropped.points[0].id }], text: { en: 'Second half.' } },
          { derivedFrom: [{ pointId: six?.id, operation: 'restore' }], text: six?.text },
          { derivedFrom: [{ pointId: sixA?.id }, { pointId: sixB?.id }], text: { en: 'Both.' } },
        ],
      });
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
      const ops = answer.body.points.map((p: PointJson & { derivedFrom: { operation: string }[] }) =>
        p.derivedFrom.map((d) => d.operation).join('+'),
      );
      assert.deepEqual(ops, ['split', 'split', 'restore', 'merge+merge']);
      // rewording a point of a working draft names its edge again: a copy kept word for word becomes an amendment
      const kept = await call(app, 'POST', `/api/plans/${seed.plan.id}/versions`, {
        label: 'working draft',
        parentVersionId: root.id,
        points: [{ derivedFrom: [{ pointId: one?.id }], text: one?.text }],
      });
      assert.equal(kept.body.points[0].derivedFrom[0].operation, 'keep');
      const reworded = await call(app, 'PATCH', `/api/points/${kept.body.points[0].id}`, {
        text: { en: 'Reworded.' },
      });
      assert.equal(reworded.status, 200);
      assert.equal(reworded.body.derivedFrom[0].operation, 'amend');
      // the parts of a split and the restored point keep their source's lineage
      assert.equal(answer.body.points[0].lineageId, one?.lineageId);
      assert.equal(answer.body.points[1].lineageId, one?.lineageId);
      assert.equal(answer.body.points[2].lineageId, six?.lineageId);
    });

    test('broken references are refused with 422 and write nothing', async () => {
      const root = (await call(app, 'POST', `/api/plans/${seed.plan.id}/versions`, draft28(seed.ukraine.id)))
        .body;
      const otherPlan = (
        await call(app, 'POST', `/api/processes/${seed.process.id}/plans`, { title: 'Other' })
      ).body;
      const foreign = (await call(app, 'POST', `/api/plans/${otherPlan.id}/versions`, { label: 'x' })).body;
      const otherProcess = await seedProcess(app, call);
      const size = await store.log.size();
      const post = (body: unknown) => call(app, 'POST', `/api/plans/${seed.plan.id}/versions`, body);
      const six = root.points[1] as PointJson;
      const cases: [string, unknown][] = [
        ['parent of another plan', { label: 'x', parentVersionId: foreign.id }],
        [
          'parent that does not exist',
          { label: 'x', parentVersionId: '0192f0c8-7d2a-7000-8000-000000000000' },
        ],
        [
          'lineage without a parent',
          { label: 'x', points: [{ lineageId: six.lineageId, text: { en: 't' } }] },
        ],
        [
          'lineage not in the parent',
          {
            label: 'x',
            parentVersionId: foreign.id,
            points: [{ lineageId: six.lineageId, text: { en: 't' } }],
          },
        ],
        [
          'two points numbered alike at one level',
          {
            label: 'x',
            points: [
              { number: '4', text: { en: 'a' } },
              { number: '4', text: { en: 'b' } },
            ],
          },
        ],
        [
          'both forms of derivation at once',
          {
            label: 'x',
            parentVersionId: root.id,
            points: [{ lineageId: six.lineageId, derivedFrom: [{ pointId: six.id }], text: { en: 'a' } }],
          },
        ],
        [
          'derived from a point of another plan',
          {
            label: 'x',
            points: [
              { derivedFrom: [{ pointId: '0192f0c8-7d2a-7000-8000-000000000000' }], text: { en: 'a' } },
            ],
          },
        ],
        [
          'an operation the wording contradicts',
          {
            label: 'x',
            parentVersionId: root.id,
            points: [
              { derivedFrom: [{ pointId: six.id, operation: 'keep' }], text: { en: 'a new wording' } },
            ],
          },
        ],
        [
          'obligor that is a party of another process',
          {
            label: 'x',
            points: [{ text: { en: 't' }, commitments: [{ obligor: otherProcess.ukraine.id, action: 'a' }] }],
          },
        ],
      ];
      for (const [name, body] of cases) assert.ok(isProblem(await post(body), 422, 'rule-broken'), name);
      assert.equal(await store.log.size(), size);
    });

    test('invalid and oversized drafts are refused with 400 and write nothing', async () => {
      const size = await store.log.size();
      const post = (body: unknown) => call(app, 'POST', `/api/plans/${seed.plan.id}/versions`, body);
      const tooMany = { label: 'x', points: Array.from({ length: 1001 }, () => ({ text: { en: 'p' } })) };
      const tooDeep = {
        label: 'x',
        points: [
          {
            text: { en: 'a' },
            points: [
              {
                text: { en: 'b' },
                points: [
                  { text: { en: 'c' }, points: [{ text: { en: 'd' }, points: [{ text: { en: 'e' } }] }] },
                ],
              },
            ],
          },
        ],
      };
      for (const body of [
        tooMany,
        tooDeep,
        { label: 'x', points: [{ text: {} }] },
        { label: 'x', points: [{ text: { english: 'bad language tag' } }] },
        { label: 'x', issuedOn: '2025-02-30' },
        { label: 'x', status: 'signed' },
        {
          label: 'x',
          points: [{ text: { en: 't' }, quantities: [{ value: 'many', unit: 'troops', text: '' }] }],
        },
      ])
        assert.ok(isProblem(await post(body), 400, 'validation-failed'), JSON.stringify(body).slice(0, 80));
      const missingPlan = await call(
        app,
        'POST',
        '/api/plans/0192f0c8-7d2a-7000-8000-000000000000/versions',
        {
          label: 'x',
        },
      );
      assert.ok(isProblem(missingPlan, 404, 'not-found'));
      assert.equal(await store.log.size(), size);
    });

    test('a final version is frozen: no edits to it, its points or commitments', async () => {
      const v = (await call(app, 'POST', `/api/plans/${seed.plan.id}/versions`, draft28(seed.ukraine.id)))
        .body;
      // Circulated, it is frozen already: it may only be declared final, its label and text stay.
      const relabelled = await call(app, 'PATCH', `/api/versions/${v.id}`, {
        status: 'final',
        label: 'Signed text',
      });
      assert.ok(isProblem(relabelled, 409, 'conflict'));
      const finalised = await call(app, 'PATCH', `/api/versions/${v.id}`, { status: 'final' });
      assert.equal(finalised.status, 200);
      assert.equal(finalised.body.label, 'US 28-point draft');
      assert.equal(finalised.body.status, 'final');
      const size = await store.log.size();
      assert.ok(isProblem(await call(app, 'PATCH', `/api/versions/${v.id}`, { note: 'x' }), 409, 'conflict'));
      assert.ok(
        isProblem(
          await call(app, 'POST', `/api/versions/${v.id}/points`, { text: { en: 'late' } }),
          409,
          'conflict',
        ),
      );
      assert.ok(
        isProblem(
          await call(app, 'PATCH', `/api/points/${v.points[0].id}`, { text: { en: 'x' } }),
          409,
          'conflict',
        ),
      );
      const c = v.commitments[0];
      assert.ok(
        isProblem(await call(app, 'PATCH', `/api/commitments/${c.id}`, { action: 'x' }), 409, 'conflict'),
      );
      assert.ok(
        isProblem(
          await call(app, 'POST', `/api/points/${v.points[0].id}/commitments`, { obligor: 'x', action: 'y' }),
          409,
          'conflict',
        ),
      );
      assert.equal(await store.log.size(), size);
    });
  });
}
