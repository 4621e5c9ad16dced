// Commands are used without HTTP (the demo loader, the CLI): they validate, check rules and answer with
// ProblemError carrying the same status and slug the API would send.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import { ProblemError } from '../problems.ts';
import { createParty } from './create-party.ts';
import { createPlan } from './create-plan.ts';
import { createProcess } from './create-process.ts';
import { createVersion } from './create-version.ts';
import { updateVersion } from './update-version.ts';

const problem = (status: number, slug: string) => (error: unknown) =>
  error instanceof ProblemError && error.status === status && error.slug === slug;

for (const target of databaseTargets()) {
  describe(`commands without HTTP (${target.name})`, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
    });
    after(() => store.close());

    test('record the actor, and each is one log entry', async () => {
      const process = await createProcess(store, { title: 'Gaza 2025' }, 'mediation-team');
      const party = await createParty(
        store,
        { processId: process.id, name: 'Egypt', kind: 'intermediary' },
        'x',
      );
      const plan = await createPlan(store, { processId: process.id, title: '20 points' }, 'x');
      const version = await createVersion(
        store,
        {
          planId: plan.id,
          label: 'v1',
          points: [{ text: { en: 'Ceasefire' }, points: [{ text: { en: 'sub' } }] }],
        },
        'x',
      );
      assert.equal(version.points.length, 2);
      assert.equal(await store.log.size(), 4);
      assert.equal((await store.log.entry(0))?.event.actor, 'mediation-team');
      assert.equal(party.logIndex, 1);
      const updated = await updateVersion(store, { versionId: version.id, status: 'circulated' }, 'x');
      assert.equal(updated.status, 'circulated');
      assert.equal(updated.logIndex, 4);
    });

    test('refuse bad input, a missing id, a bad actor: ProblemError, nothing written', async () => {
      const size = await store.log.size();
      await assert.rejects(createProcess(store, { title: '' }, 'x'), problem(400, 'validation-failed'));
      await assert.rejects(createProcess(store, { title: 'ok' }, ''), problem(400, 'validation-failed'));
      await assert.rejects(
        createParty(store, { processId: 'nope', name: 'A', kind: 'party' }, 'x'),
        problem(400, 'validation-failed'),
      );
      await assert.rejects(
        createParty(
          store,
          { processId: '0192f0c8-7d2a-7000-8000-000000000000', name: 'A', kind: 'party' },
          'x',
        ),
        problem(404, 'not-found'),
      );
      await assert.rejects(createVersion(store, null as never, 'x'), problem(400, 'validation-failed'));
      assert.equal(await store.log.size(), size);
    });

    test('concurrent commands all land, with dense log indexes', async () => {
      const size = await store.log.size();
      const made = await Promise.all(
        Array.from({ length: 12 }, (_, i) => createProcess(store, { title: `process ${i}` }, 'x')),
      );
      const indexes = made.map((p) => p.logIndex).sort((a, b) => a - b);
      assert.deepEqual(
        indexes,
        Array.from({ length: 12 }, (_, i) => size + i),
      );
      const check = await store.checkLog();
      assert.ok(check.ok, JSON.stringify(check));
      assert.equal(check.size, size + 12);
    });
  });
}
