// Witnesses beside the log: registered once by name and by key, one cosignature kept per witness and size, the
// lines served for a checkpoint's size, and each witness's furthest size read back.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { StoreError } from '../errors.ts';
import type { Store } from '../store.ts';
import { databaseTargets } from '../testing.ts';

const AT = '2026-12-07T10:00:00.000Z';
const ua = {
  name: 'witness.example/ukraine',
  verifierKey: 'ua+01020304+key',
  registeredAt: AT,
  registeredBy: 'operator',
};
const e3 = {
  name: 'witness.example/e3',
  verifierKey: 'e3+01020304+key',
  registeredAt: AT,
  registeredBy: 'operator',
};
const line = (name: string, size: number) => `— ${name} line-for-${size}`;

for (const target of databaseTargets()) {
  describe(`witnesses on ${target.name}`, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
      await store.witnesses.register(ua);
      await store.witnesses.register(e3);
    });
    after(() => store.close());

    test('a name or a key registers once', async () => {
      for (const again of [ua, { ...e3, name: 'other' }, { ...ua, verifierKey: 'new+key' }])
        await assert.rejects(
          store.witnesses.register(again),
          (e) => e instanceof StoreError && e.code === 'CONFLICT',
        );
      assert.deepEqual(
        (await store.witnesses.list()).map((w) => [w.name, w.witnessed]),
        [
          ['witness.example/e3', null],
          ['witness.example/ukraine', null],
        ],
      );
    });

    test('cosignatures: the first per size is kept, lines by size, the furthest size per witness', async () => {
      const add = (witness: string, size: number, timestamp: number) =>
        store.witnesses.addCosignature({
          witness,
          size,
          timestamp,
          line: line(witness, size),
          receivedAt: AT,
        });
      assert.equal(await add(ua.name, 3, 1764720000), true);
      assert.equal(await add(ua.name, 5, 1764720060), true);
      assert.equal(await add(ua.name, 5, 1764720099), false);
      assert.equal(await add(e3.name, 3, 1764720001), true);
      assert.deepEqual(await store.witnesses.cosignatureLines(3), [line(e3.name, 3), line(ua.name, 3)]);
      assert.deepEqual(await store.witnesses.cosignatureLines(5), [line(ua.name, 5)]);
      assert.deepEqual(await store.witnesses.cosignatureLines(4), []);
      assert.deepEqual((await store.witnesses.get(ua.name))?.witnessed, {
        size: 5,
        cosignedAt: '2025-12-03T00:01:00.000Z',
        receivedAt: AT,
      });
      assert.equal(await store.witnesses.get('nobody'), null);
      await assert.rejects(add('nobody', 1, 1));
    });

    test('the stored checkpoint of a size, or null', async () => {
      const genesis = await store.witnesses.checkpoint(0);
      assert.equal(genesis?.size, 0);
      assert.equal(genesis?.note, (await store.log.latestCheckpoint()).note);
      assert.equal(await store.witnesses.checkpoint(1), null);
    });
  });
}
