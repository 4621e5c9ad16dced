// An entry's offline proof bundle as served: it verifies with @concord/ledger/verify alone (no further request),
// is proved in the tree a witness cosigned when that tree holds the entry, follows the caller's audience exactly
// as the entry's answer does, and any byte changed in it (the cosignature line included) is caught.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import { cosignCheckpoint, generateCosignerKey } from '@concord/ledger';
import {
  keyFingerprint,
  parseProofBundle,
  readVerifierKey,
  VerificationError,
  verifyProofBundle,
} from '@concord/ledger/verify';
import { createApp } from '../app.ts';
import { call as asPublic, type Caller, isProblem, seedProcess, signedIn } from '../test-support.ts';

/** Registers a witness and has it cosign the log's latest checkpoint (as POST /api/log/cosignatures keeps it). */
async function cosignLatest(store: Store, witness: { signerKey: string; verifierKey: string }) {
  const checkpoint = await store.log.latestCheckpoint();
  const name = witness.verifierKey.split('+')[0] ?? '';
  const at = new Date().toISOString();
  await store.witnesses.register({
    name,
    verifierKey: witness.verifierKey,
    registeredAt: at,
    registeredBy: 'test',
  });
  const body = checkpoint.note.slice(0, checkpoint.note.lastIndexOf('\n\n') + 1);
  const timestamp = 1764720000;
  const line = cosignCheckpoint(body, witness.signerKey, timestamp);
  await store.witnesses.addCosignature({
    witness: name,
    size: checkpoint.size,
    timestamp,
    line,
    receivedAt: at,
  });
  return checkpoint.size;
}

for (const target of databaseTargets()) {
  describe(`log entry bundles (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let call: Caller;
    // A witness cosigned the log at `witnessedSize`; entries were added after it.
    let witnessedSize: number;
    let witness: { signerKey: string; verifierKey: string };
    before(async () => {
      store = await target.open();
      app = createApp({ store });
      call = await signedIn(store);
      await seedProcess(app, call);
      witness = generateCosignerKey('witness.test/e3');
      witnessedSize = await cosignLatest(store, witness);
      await seedProcess(app, call);
    });
    after(() => store.close());

    test('each entry’s bundle is a .tlog-proof file that verifies offline to the entry its reader sees', async () => {
      const size = await store.log.size();
      assert.ok(witnessedSize < size);
      const fingerprint = keyFingerprint(readVerifierKey(store.log.verifierKey));
      for (let index = 0; index < size; index++) {
        const answer = await call(app, 'GET', `/api/log/entries/${index}/bundle`);
        assert.equal(answer.status, 200);
        assert.equal(answer.type, 'text/plain; charset=utf-8');
        assert.equal(
          answer.headers.get('content-disposition'),
          `attachment; filename="concord-entry-${index}.tlog-proof"`,
        );
        const entry = (await call(app, 'GET', `/api/log/entries/${index}`)).body;
        const verdict = verifyProofBundle(answer.body, { verifierKey: store.log.verifierKey });
        assert.equal(verdict.index, index);
        // Proved in the witnessed tree when it holds the entry, else in the latest.
        const witnessed = index < witnessedSize;
        assert.equal(verdict.size, witnessed ? witnessedSize : size);
        assert.deepEqual(
          verdict.witnesses.map((w) => w.name),
          witnessed ? ['witness.test/e3'] : [],
        );
        assert.equal(verdict.key.fingerprint, fingerprint);
        assert.equal(verdict.confidential, entry.confidential);
        assert.deepEqual(verdict.event, entry.event);
        const text = JSON.stringify(entry.event, null, 2);
        assert.equal(verifyProofBundle(answer.body, { text }).textChecked, true);
      }
    });

    test('a confidential entry’s bundle holds its leaf hash only, as its answer does, and still verifies', async () => {
      const size = await store.log.size();
      const entries = (await asPublic(app, 'GET', `/api/log/entries?from=0&limit=${size}`)).body.items;
      const hidden = entries.filter((e: { confidential: boolean }) => e.confidential);
      assert.ok(hidden.length > 0, 'the seeded log has entries the public may not read');
      for (const entry of hidden) {
        const answer = await asPublic(app, 'GET', `/api/log/entries/${entry.index}/bundle`);
        const bundle = parseProofBundle(answer.body);
        assert.equal(bundle.event, null);
        assert.equal(bundle.salt, null);
        assert.equal(bundle.leafHash, entry.leafHash);
        assert.equal(verifyProofBundle(answer.body).confidential, true);
      }
    });

    test('every byte of a served bundle matters: each one changed fails the check', async () => {
      const answer = await call(app, 'GET', '/api/log/entries/1/bundle');
      assert.match(answer.body, /\n\u2014 witness\.test\/e3 /, 'the bundle carries the cosignature line');
      const bytes = new TextEncoder().encode(answer.body);
      for (let at = 0; at < bytes.length; at++) {
        const copy = bytes.slice();
        copy[at] = (copy[at] as number) ^ 0x01;
        assert.throws(() => verifyProofBundle(copy), VerificationError, `byte ${at}`);
      }
    });

    test('an index past the end is a 404 problem, a non-number a 400; neither writes anything', async () => {
      const size = await store.log.size();
      assert.ok(isProblem(await call(app, 'GET', `/api/log/entries/${size}/bundle`), 404, 'not-found'));
      assert.ok(
        isProblem(await asPublic(app, 'GET', `/api/log/entries/${size + 7}/bundle`), 404, 'not-found'),
      );
      assert.ok(isProblem(await call(app, 'GET', '/api/log/entries/x/bundle'), 400, 'validation-failed'));
      assert.equal(await store.log.size(), size);
    });
  });
}
