// `log.about(id)`: every entry whose scope names the object, in log order — what a reader needs to replay the
// object's history and check each step, and nothing about other objects.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { newEvent, uuidv7 } from '@concord/core';
import { databaseTargets } from '../testing.ts';

const AT = '2025-11-20T09:00:00.000Z';

function created(id: string, title: string) {
  const scope = { processId: id, subjectId: id, audience: { kind: 'process' as const } };
  return newEvent(
    'process.created',
    { id, title, description: '', createdAt: AT },
    { actor: 'test', at: AT, scope },
  );
}

function renamed(id: string, title: string) {
  const scope = { processId: id, subjectId: id, audience: { kind: 'process' as const } };
  return newEvent('process.updated', { id, changes: { title } }, { actor: 'test', at: AT, scope });
}

for (const target of databaseTargets()) {
  describe(`log.about on ${target.name}`, () => {
    test("lists one object's entries in order, not another's; a limit, a non-uuid and an unknown id", async () => {
      const store = await target.open();
      try {
        const a = uuidv7();
        const b = uuidv7();
        await store.transact(async (tx) => {
          await tx.appendEvent(created(a, 'A'));
          await tx.appendEvent(created(b, 'B'));
        });
        await store.transact(async (tx) => void (await tx.appendEvent(renamed(a, 'A, renamed'))));
        await store.transact(async (tx) => void (await tx.appendEvent(renamed(b, 'B, renamed'))));
        const about = await store.log.about(a, 100);
        assert.deepEqual(
          about.map((e) => e.type),
          ['process.created', 'process.updated'],
        );
        assert.ok((about[0]?.index ?? -1) < (about[1]?.index ?? -1));
        assert.ok(about.every((e) => e.event.scope?.subjectId === a));
        assert.equal((await store.log.about(a, 1)).length, 1);
        assert.deepEqual(await store.log.about("x' or 1=1 --", 10), []);
        assert.deepEqual(await store.log.about(uuidv7(), 10), []);
        await assert.rejects(() => store.log.about(a, -1));
      } finally {
        await store.close();
      }
    });
  });
}
