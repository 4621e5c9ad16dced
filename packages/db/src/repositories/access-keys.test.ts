// Access keys: granted, resolved by hash, listed, revoked; outside the log.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { uuidv7 } from '@concord/core';
import { storeDatabase } from '../create-store.ts';
import { loadScenario, type Scenario } from '../fixtures.ts';
import type { Store } from '../store.ts';
import { databaseTargets } from '../testing.ts';
import { accessKeyHash, isAccessKeyShaped } from './access-key-format.ts';

const newProcess = (id: string) => ({
  v: 1 as const,
  id: uuidv7(),
  type: 'process.created' as const,
  at: '2025-11-20T09:00:00.000Z',
  actor: 'test',
  data: { id, title: 'Other', description: '', createdAt: '2025-11-20T09:00:00.000Z' },
});

for (const target of databaseTargets()) {
  describe(`access keys on ${target.name}`, () => {
    let store: Store;
    let scenario: Scenario;
    before(async () => {
      store = await target.open();
      scenario = await loadScenario(store);
    });
    after(() => store.close());

    test('a granted key resolves to its principal; the key has the documented shape', async () => {
      const principal = {
        role: 'party' as const,
        processId: scenario.processId,
        partyId: scenario.partyIds.ukraine,
      };
      const granted = await store.accessKeys.grant({ principal, label: '  Ukraine delegation ' });
      assert.match(granted.key, /^ck_[A-Za-z0-9_-]{43}$/);
      assert.equal(Buffer.from(granted.key.slice(3), 'base64url').length, 32);
      assert.equal(granted.label, 'Ukraine delegation');
      assert.deepEqual(granted.principal, principal);
      assert.deepEqual(await store.accessKeys.resolve(granted.key), {
        id: granted.id,
        principal,
        label: 'Ukraine delegation',
      });
      const mediator = { role: 'mediator' as const, processId: scenario.processId };
      const m = await store.accessKeys.grant({ principal: mediator, label: 'US envoy' });
      assert.notEqual(m.key, granted.key);
      assert.deepEqual((await store.accessKeys.resolve(m.key))?.principal, mediator);
    });

    test('unknown and malformed keys resolve to null', async () => {
      const unknown = `ck_${Buffer.alloc(32, 7).toString('base64url')}`;
      assert.ok(isAccessKeyShaped(unknown));
      assert.equal(await store.accessKeys.resolve(unknown), null);
      for (const bad of [
        '',
        'ck_',
        'ck_short',
        `CK_${unknown.slice(3)}`,
        `${unknown}x`,
        `ck_${'!'.repeat(43)}`,
        "' or 1=1 --",
      ])
        assert.equal(await store.accessKeys.resolve(bad), null, bad);
      assert.equal(await store.accessKeys.resolve(42 as unknown as string), null);
    });

    test('the key is not stored in clear: only its SHA-256 is', async () => {
      const granted = await store.accessKeys.grant({
        principal: { role: 'mediator', processId: scenario.processId },
        label: 'audit',
      });
      const rows = await storeDatabase(store).selectFrom('access_keys').selectAll().execute();
      const row = rows.find((r) => r.id === granted.id);
      assert.ok(row);
      assert.equal(row.key_hash, accessKeyHash(granted.key));
      assert.match(row.key_hash, /^[0-9a-f]{64}$/);
      const secret = granted.key.slice(3);
      for (const r of rows)
        for (const [column, value] of Object.entries(r))
          assert.ok(!String(value).includes(secret), `column ${column} holds the key`);
    });

    test('a revoked key no longer resolves; revoking twice or an unknown id says false', async () => {
      const granted = await store.accessKeys.grant({
        principal: { role: 'party', processId: scenario.processId, partyId: scenario.partyIds.russia },
        label: 'Russia',
      });
      assert.ok(await store.accessKeys.resolve(granted.key));
      assert.equal(await store.accessKeys.revoke(granted.id), true);
      assert.equal(await store.accessKeys.resolve(granted.key), null);
      assert.equal(await store.accessKeys.revoke(granted.id), false);
      assert.equal(await store.accessKeys.revoke(uuidv7()), false);
      assert.equal(await store.accessKeys.revoke('not-a-uuid'), false);
      const listed = (await store.accessKeys.list()).find((k) => k.id === granted.id);
      assert.match(listed?.revokedAt ?? '', /^\d{4}-\d\d-\d\dT/);
    });

    test('list shows every key, oldest first, without the key itself', async () => {
      const list = await store.accessKeys.list();
      assert.deepEqual(
        list.map((k) => [k.label, k.principal.role, k.revokedAt === null]),
        [
          ['Ukraine delegation', 'party', true],
          ['US envoy', 'mediator', true],
          ['audit', 'mediator', true],
          ['Russia', 'party', false],
        ],
      );
      for (const k of list)
        assert.deepEqual(Object.keys(k).sort(), ['createdAt', 'id', 'label', 'principal', 'revokedAt']);
    });

    test('grant refuses unknown processes and parties, a party of another process, and bad input', async () => {
      const otherProcess = uuidv7();
      await store.transact(async (tx) => {
        await tx.appendEvent(newProcess(otherProcess));
      });
      const before = (await store.accessKeys.list()).length;
      const refusals: [unknown, RegExp][] = [
        [{ role: 'mediator', processId: uuidv7() }, /no process/],
        [{ role: 'party', processId: scenario.processId, partyId: uuidv7() }, /no party/],
        [
          { role: 'party', processId: otherProcess, partyId: scenario.partyIds.ukraine },
          new RegExp(`belongs to process ${scenario.processId}, not to ${otherProcess}`),
        ],
        [{ role: 'operator', processId: scenario.processId }, /principal refused/],
        [{ role: 'party', processId: scenario.processId }, /principal refused/],
        [{ role: 'mediator', processId: 'x' }, /principal refused/],
      ];
      for (const [principal, message] of refusals)
        await assert.rejects(store.accessKeys.grant({ principal: principal as never, label: 'x' }), {
          name: 'StoreError',
          code: 'BAD_INPUT',
          message,
        });
      await assert.rejects(
        store.accessKeys.grant({
          principal: { role: 'mediator', processId: otherProcess },
          label: 'x'.repeat(121),
        }),
        { name: 'StoreError', code: 'BAD_INPUT', message: /at most 120/ },
      );
      assert.equal((await store.accessKeys.list()).length, before);
      // The mediator of the other process is fine.
      const ok = await store.accessKeys.grant({
        principal: { role: 'mediator', processId: otherProcess },
        label: '',
      });
      assert.equal((await store.accessKeys.resolve(ok.key))?.principal.processId, otherProcess);
    });

    test('keys are not logged, and rebuildProjections leaves them alone', async () => {
      const size = await store.log.size();
      const granted = await store.accessKeys.grant({
        principal: { role: 'mediator', processId: scenario.processId },
        label: 'late',
      });
      await store.accessKeys.revoke(granted.id);
      assert.equal(await store.log.size(), size);
      assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
      assert.equal((await store.accessKeys.list()).length, 6);
    });
  });
}
