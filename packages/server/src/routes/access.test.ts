// Access keys over HTTP: who the caller is, refusal of bad keys, and the log register hiding confidential events
// from everyone but their party and the mediator, while their leaf hashes stay provable to all.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { actorOf, newEvent, uuidv7 } from '@concord/core';
import { databaseTargets, type Store } from '@concord/db';
import { fromBase64, verifyCheckpoint, verifyInclusion } from '@concord/ledger';
import { createApp } from '../app.ts';
import { call, callAs, isProblem, seedProcess } from '../test-support.ts';

for (const target of databaseTargets()) {
  describe(`access keys and confidential log entries (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let seeded: Awaited<ReturnType<typeof seedProcess>>;
    let russiaId: string;
    let keys: { mediator: string; ukraine: string; russia: string; otherMediator: string };
    let valuationIndex: number;

    before(async () => {
      store = await target.open();
      app = createApp({ store });
      seeded = await seedProcess(app);
      const other = (await call(app, 'POST', '/api/processes', { title: 'Another process' })).body;
      russiaId = (
        await call(app, 'POST', `/api/processes/${seeded.process.id}/parties`, {
          name: 'Russia',
          kind: 'party',
        })
      ).body.id;
      const grant = async (principal: Parameters<Store['accessKeys']['grant']>[0]['principal']) =>
        (await store.accessKeys.grant({ principal, label: 'test' })).key;
      const processId = seeded.process.id;
      keys = {
        mediator: await grant({ role: 'mediator', processId }),
        ukraine: await grant({ role: 'party', processId, partyId: seeded.ukraine.id }),
        russia: await grant({ role: 'party', processId, partyId: russiaId }),
        otherMediator: await grant({ role: 'mediator', processId: other.id }),
      };
      const event = newEvent(
        'valuation.recorded',
        {
          id: uuidv7(),
          processId,
          planId: seeded.plan.id,
          partyId: seeded.ukraine.id,
          enteredBy: 'mediator',
          reservation: 0.42,
          points: [],
          note: 'army cap matters most',
        },
        { actor: actorOf({ role: 'mediator', processId }) },
      );
      valuationIndex = (await store.transact((tx) => tx.appendEvent(event))).index;
    });
    after(() => store.close());

    test('the session names the key’s principal; no key is the public', async () => {
      assert.deepEqual((await call(app, 'GET', '/api/session')).body, { principal: null });
      const mediator = (await callAs(app, keys.mediator, 'GET', '/api/session')).body.principal;
      assert.equal(mediator.role, 'mediator');
      assert.equal(mediator.processTitle, 'Russia–Ukraine 2025');
      const ukraine = (await callAs(app, keys.ukraine, 'GET', '/api/session')).body.principal;
      assert.deepEqual(
        [ukraine.role, ukraine.partyId, ukraine.partyName],
        ['party', seeded.ukraine.id, 'Ukraine'],
      );
    });

    test('an unknown, malformed or revoked key is refused with 401, never served as public', async () => {
      const size = await store.log.size();
      for (const key of ['ck_unknown', 'not a key!']) {
        const answer = await callAs(app, key, 'GET', '/api/log/entries');
        assert.ok(isProblem(answer, 401, 'unauthenticated'), JSON.stringify(answer.body));
      }
      const basic = await app.request('/api/session', { headers: { authorization: 'Basic abc' } });
      assert.equal(basic.status, 401);
      const writeWithBadKey = await callAs(app, 'ck_unknown', 'POST', '/api/processes', { title: 'x' });
      assert.ok(isProblem(writeWithBadKey, 401, 'unauthenticated'));
      assert.equal(await store.log.size(), size, 'nothing written');

      const spare = await store.accessKeys.grant({
        principal: { role: 'mediator', processId: seeded.process.id },
        label: 'spare',
      });
      assert.equal((await callAs(app, spare.key, 'GET', '/api/session')).status, 200);
      assert.equal(await store.accessKeys.revoke(spare.id), true);
      assert.ok(isProblem(await callAs(app, spare.key, 'GET', '/api/session'), 401, 'unauthenticated'));
    });

    test('an answer to a key is never cached, and every API answer varies with the key', async () => {
      const path = `/api/log/entries/${valuationIndex}`;
      const mediator = await callAs(app, keys.mediator, 'GET', path);
      assert.equal(mediator.body.confidential, false);
      assert.equal(mediator.headers.get('cache-control'), 'no-store');
      assert.equal(mediator.headers.get('vary'), 'Authorization');
      const refused = await callAs(app, keys.russia, 'GET', `/api/versions/${seeded.plan.id}/analysis`);
      assert.equal(refused.status, 404);
      assert.equal(refused.headers.get('cache-control'), 'no-store');
      const anonymous = await call(app, 'GET', path);
      assert.equal(anonymous.body.confidential, true);
      assert.equal(anonymous.headers.get('cache-control'), null);
      assert.equal(anonymous.headers.get('vary'), 'Authorization');
    });

    test('a write with a key records its principal as the actor', async () => {
      const created = await callAs(app, keys.mediator, 'PATCH', `/api/processes/${seeded.process.id}`, {
        description: 'talks in Geneva',
      });
      assert.equal(created.status, 200);
      const entry = await store.log.entry(created.body.logIndex);
      assert.equal(entry?.event.actor, `mediator:${seeded.process.id}`);
    });

    test('a valuation’s log entry is hidden from the public, other parties and other processes', async () => {
      for (const key of [null, keys.russia, keys.otherMediator]) {
        const one = (await callAs(app, key, 'GET', `/api/log/entries/${valuationIndex}`)).body;
        assert.deepEqual(Object.keys(one).sort(), [
          'canonical',
          'committedAt',
          'confidential',
          'event',
          'eventId',
          'index',
          'leafHash',
          'salt',
          'type',
        ]);
        assert.equal(one.confidential, true);
        for (const field of ['event', 'canonical', 'salt', 'eventId', 'type']) assert.equal(one[field], null);
        const text = JSON.stringify(
          (await callAs(app, key, 'GET', '/api/log/entries?from=0&limit=1000')).body,
        );
        assert.ok(!text.includes('army cap matters most'), 'the body never appears in a list either');
        assert.ok(!text.includes('valuation.recorded'));
      }
    });

    test('the party and the mediator read it in full; everyone can prove its leaf is in the tree', async () => {
      for (const key of [keys.ukraine, keys.mediator]) {
        const one = (await callAs(app, key, 'GET', `/api/log/entries/${valuationIndex}`)).body;
        assert.equal(one.confidential, false);
        assert.equal(one.type, 'valuation.recorded');
        assert.equal(one.event.data.note, 'army cap matters most');
      }
      const hidden = (await call(app, 'GET', `/api/log/entries/${valuationIndex}`)).body;
      const cp = (await call(app, 'GET', '/api/log/checkpoint')).body;
      const checkpoint = verifyCheckpoint(cp.checkpoint, cp.verifierKey);
      const proof = (
        await call(app, 'GET', `/api/log/proofs/inclusion?index=${valuationIndex}&size=${cp.size}`)
      ).body;
      assert.equal(proof.leafHash, hidden.leafHash);
      verifyInclusion({
        index: valuationIndex,
        size: checkpoint.size,
        leafHash: fromBase64(hidden.leafHash),
        proof: proof.proof.map(fromBase64),
        root: checkpoint.rootHash,
      });
    });
  });
}
