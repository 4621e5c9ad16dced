// Witnesses over HTTP: a mediator registers one, a cosignature verified against the stored checkpoint is kept and
// served on the checkpoint note (where a reader verifies it with ledger alone), and every bad post is refused
// with a problem and leaves every table as it was.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store, tableDigest } from '@concord/db';
import { cosignCheckpoint, generateCosignerKey, verifyCheckpoint } from '@concord/ledger';
import { verifyCosignatures } from '@concord/ledger/verify';
import { createApp } from '../app.ts';
import { call as anonymous, type Caller, isProblem, seedProcess, signedIn } from '../test-support.ts';

const body = (note: string) => note.slice(0, note.indexOf('\n\n') + 1);

for (const target of databaseTargets()) {
  describe(`witnesses API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let mediator: Caller;
    const ua = generateCosignerKey('witness.example/ukraine');
    before(async () => {
      store = await target.open();
      app = createApp({ store });
      mediator = await signedIn(store);
      await seedProcess(app, mediator);
    });
    after(() => store.close());

    test('registering needs a mediator; a bad key or a second registration is refused', async () => {
      assert.ok(
        isProblem(
          await anonymous(app, 'POST', '/api/witnesses', { verifierKey: ua.verifierKey }),
          401,
          'unauthenticated',
        ),
      );
      const outsider = await signedIn(store, { name: 'No process' });
      assert.ok(
        isProblem(
          await outsider(app, 'POST', '/api/witnesses', { verifierKey: ua.verifierKey }),
          403,
          'forbidden',
        ),
      );
      const made = await mediator(app, 'POST', '/api/witnesses', { verifierKey: ua.verifierKey });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      assert.equal(made.body.name, 'witness.example/ukraine');
      assert.equal(made.body.witnessed, null);
      assert.ok(
        isProblem(
          await mediator(app, 'POST', '/api/witnesses', { verifierKey: ua.verifierKey }),
          409,
          'conflict',
        ),
      );
      const logKey = (await anonymous(app, 'GET', '/api/log/checkpoint')).body.verifierKey;
      assert.ok(
        isProblem(
          await mediator(app, 'POST', '/api/witnesses', { verifierKey: logKey }),
          422,
          'witness-key-invalid',
        ),
      );
    });

    test('a verified cosignature is kept, listed, and served on the checkpoint', async () => {
      const cp = (await anonymous(app, 'GET', '/api/log/checkpoint')).body;
      const line = cosignCheckpoint(body(cp.checkpoint), ua.signerKey, 1764720000);
      const posted = await anonymous(app, 'POST', '/api/log/cosignatures', {
        witness: 'witness.example/ukraine',
        size: cp.size,
        cosignature: line,
      });
      assert.equal(posted.status, 201, JSON.stringify(posted.body));
      assert.deepEqual(posted.body, {
        witness: 'witness.example/ukraine',
        size: cp.size,
        cosignedAt: '2025-12-03T00:00:00.000Z',
        stored: true,
      });
      const again = await anonymous(app, 'POST', '/api/log/cosignatures', {
        witness: 'witness.example/ukraine',
        size: cp.size,
        cosignature: line,
      });
      assert.equal(again.status, 200);
      assert.equal(again.body.stored, false);

      const served = (await anonymous(app, 'GET', '/api/log/checkpoint')).body;
      assert.equal(served.checkpoint, `${cp.checkpoint}${line}\n`);
      assert.equal(verifyCheckpoint(served.checkpoint, served.verifierKey).size, cp.size);
      assert.deepEqual(verifyCosignatures(served.checkpoint, [ua.verifierKey]), [
        { name: 'witness.example/ukraine', timestamp: 1764720000 },
      ]);
      const listed = (await anonymous(app, 'GET', '/api/witnesses')).body.items;
      assert.deepEqual(
        listed.map((w: { name: string; witnessed: { size: number } }) => [w.name, w.witnessed.size]),
        [['witness.example/ukraine', cp.size]],
      );

      // The log grows: the new checkpoint carries no cosignature until a witness cosigns it.
      await seedProcess(app, mediator);
      const grown = (await anonymous(app, 'GET', '/api/log/checkpoint')).body;
      assert.deepEqual(verifyCosignatures(grown.checkpoint, [ua.verifierKey]), []);
    });

    test('a bad cosignature is refused with a problem and nothing is stored', async () => {
      const cp = (await anonymous(app, 'GET', '/api/log/checkpoint')).body;
      const good = cosignCheckpoint(body(cp.checkpoint), ua.signerKey, 1764720100);
      const stranger = generateCosignerKey('witness.example/ukraine');
      const other = cosignCheckpoint(
        body(cp.checkpoint).replace(/\n\d+\n/, '\n1\n'),
        ua.signerKey,
        1764720100,
      );
      const cases: [unknown, number, string][] = [
        [
          {
            witness: 'witness.example/ukraine',
            size: cp.size,
            cosignature: cosignCheckpoint(body(cp.checkpoint), stranger.signerKey, 1),
          },
          422,
          'cosignature-invalid',
        ],
        [
          { witness: 'witness.example/ukraine', size: cp.size, cosignature: other },
          422,
          'cosignature-invalid',
        ],
        [
          { witness: 'witness.example/ukraine', size: cp.size - 1, cosignature: good },
          422,
          'cosignature-invalid',
        ],
        [
          { witness: 'witness.example/ukraine', size: cp.size + 7, cosignature: good },
          422,
          'checkpoint-unknown',
        ],
        [{ witness: 'witness.example/e3', size: cp.size, cosignature: good }, 422, 'witness-unknown'],
        [
          {
            witness: 'witness.example/ukraine',
            size: cp.size,
            cosignature: good.replace('ukraine', 'ukrain'),
          },
          422,
          'cosignature-invalid',
        ],
        [
          { witness: 'witness.example/ukraine', size: cp.size, cosignature: `${good}\n— x y` },
          400,
          'validation-failed',
        ],
        [{ witness: 'witness.example/ukraine', size: -1, cosignature: good }, 400, 'validation-failed'],
        [{ witness: 'witness.example/ukraine', size: cp.size }, 400, 'validation-failed'],
      ];
      for (const [input, status, slug] of cases) {
        const before = await tableDigest(store);
        const answer = await anonymous(app, 'POST', '/api/log/cosignatures', input);
        assert.ok(
          isProblem(answer, status, slug),
          `${JSON.stringify(input)} → ${answer.status} ${JSON.stringify(answer.body)}`,
        );
        assert.deepEqual(await tableDigest(store), before);
      }
      assert.deepEqual((await anonymous(app, 'GET', '/api/log/checkpoint')).body.checkpoint, cp.checkpoint);
    });
  });
}
