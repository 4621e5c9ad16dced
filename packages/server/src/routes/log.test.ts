// The log as a client sees it: everything served here is checked with @concord/ledger alone, against the
// served checkpoint and its verifier key, the way the browser and an outside auditor would.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import {
  bytesEqual,
  eventLeafHash,
  fromBase64,
  LedgerError,
  verifyCheckpoint,
  verifyConsistency,
  verifyInclusion,
} from '@concord/ledger';
import { createApp } from '../app.ts';
import { type Caller, isProblem, seedProcess, signedIn } from '../test-support.ts';

for (const target of databaseTargets()) {
  describe(`log API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let call: Caller;
    before(async () => {
      store = await target.open();
      app = createApp({ store });
      call = await signedIn(store);
    });
    after(() => store.close());

    test('health reports the log size', async () => {
      const health = await call(app, 'GET', '/api/health');
      assert.deepEqual(health.body, { status: 'ok', logSize: await store.log.size() });
    });

    test('the checkpoint verifies with its key; entries hash to their leaves; proofs verify', async () => {
      await seedProcess(app, call);
      const early = (await call(app, 'GET', '/api/log/checkpoint')).body;
      const earlyCheckpoint = verifyCheckpoint(early.checkpoint, early.verifierKey);
      assert.equal(earlyCheckpoint.size, early.size);
      await seedProcess(app, call);
      const cp = (await call(app, 'GET', '/api/log/checkpoint')).body;
      const checkpoint = verifyCheckpoint(cp.checkpoint, cp.verifierKey);
      assert.equal(checkpoint.size, cp.size);
      assert.ok(bytesEqual(checkpoint.rootHash, fromBase64(cp.rootHash)));
      // Twice: the process, its lead mediator's membership, two parties and a plan.
      assert.equal(cp.size, 10);

      const entries = (await call(app, 'GET', `/api/log/entries?from=0&limit=${cp.size}`)).body.items;
      assert.equal(entries.length, cp.size);
      for (const entry of entries) {
        const leaf = eventLeafHash(fromBase64(entry.salt), entry.canonical);
        assert.ok(bytesEqual(leaf, fromBase64(entry.leafHash)), `leaf ${entry.index}`);
        assert.deepEqual(JSON.parse(entry.canonical), entry.event);
        assert.equal(entry.eventId, entry.event.id);
        const inclusion = (
          await call(app, 'GET', `/api/log/proofs/inclusion?index=${entry.index}&size=${cp.size}`)
        ).body;
        verifyInclusion({
          index: entry.index,
          size: cp.size,
          leafHash: leaf,
          proof: inclusion.proof.map(fromBase64),
          root: checkpoint.rootHash,
        });
      }

      const consistency = (
        await call(app, 'GET', `/api/log/proofs/consistency?from=${early.size}&to=${cp.size}`)
      ).body;
      verifyConsistency({
        size1: early.size,
        size2: cp.size,
        proof: consistency.proof.map(fromBase64),
        root1: earlyCheckpoint.rootHash,
        root2: checkpoint.rootHash,
      });
      // The same proof must not vouch for a root that was never served.
      const forged = new Uint8Array(checkpoint.rootHash);
      forged[0] = (forged[0] ?? 0) ^ 1;
      assert.throws(
        () =>
          verifyConsistency({
            size1: early.size,
            size2: cp.size,
            proof: consistency.proof.map(fromBase64),
            root1: earlyCheckpoint.rootHash,
            root2: forged,
          }),
        LedgerError,
      );
      const defaultSize = (await call(app, 'GET', '/api/log/proofs/inclusion?index=0')).body;
      assert.equal(defaultSize.size, cp.size);
      assert.deepEqual((await store.checkLog()).ok, true);
    });

    test('entries page and single entries match', async () => {
      const page = (await call(app, 'GET', '/api/log/entries?from=2&limit=3')).body.items;
      assert.deepEqual(
        page.map((e: { index: number }) => e.index),
        [2, 3, 4],
      );
      assert.deepEqual((await call(app, 'GET', '/api/log/entries/3')).body, page[1]);
    });

    test('ranges outside the log are refused', async () => {
      const size = await store.log.size();
      assert.ok(isProblem(await call(app, 'GET', `/api/log/entries/${size}`), 404, 'not-found'));
      assert.ok(
        isProblem(await call(app, 'GET', `/api/log/proofs/inclusion?index=${size}`), 400, 'out-of-range'),
      );
      assert.ok(
        isProblem(
          await call(app, 'GET', `/api/log/proofs/inclusion?index=0&size=${size + 1}`),
          400,
          'out-of-range',
        ),
      );
      assert.ok(
        isProblem(await call(app, 'GET', `/api/log/proofs/consistency?from=2&to=1`), 400, 'out-of-range'),
      );
      assert.ok(
        isProblem(
          await call(app, 'GET', `/api/log/proofs/consistency?from=0&to=${size + 1}`),
          400,
          'out-of-range',
        ),
      );
      assert.ok(
        isProblem(await call(app, 'GET', '/api/log/proofs/consistency?from=1'), 400, 'validation-failed'),
      );
      assert.ok(isProblem(await call(app, 'GET', '/api/log/entries?limit=0'), 400, 'out-of-range'));
      assert.deepEqual((await call(app, 'GET', `/api/log/entries?from=${size + 5}`)).body, {
        items: [],
        next: null,
      });
    });
  });
}
