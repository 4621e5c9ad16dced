// API tokens over HTTP: who the caller is, refusal of bad tokens, and the log register hiding confidential
// events from everyone but their party and the mediators, while their leaf hashes stay provable to all.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { newEvent, partiesAudience, uuidv7 } from '@concord/core';
import { databaseTargets, type Store } from '@concord/db';
import { fromBase64, verifyCheckpoint, verifyInclusion } from '@concord/ledger';
import { createApp } from '../app.ts';
import { call, callAs, isProblem, memberToken, seedProcess, signedIn } from '../test-support.ts';

for (const target of databaseTargets()) {
  describe(`API tokens and confidential log entries (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let seeded: Awaited<ReturnType<typeof seedProcess>>;
    let russiaId: string;
    let keys: { mediator: string; ukraine: string; russia: string; otherMediator: string };
    let mediatorMembership: string;
    let valuationIndex: number;

    before(async () => {
      store = await target.open();
      app = createApp({ store });
      const lead = await signedIn(store);
      seeded = await seedProcess(app, lead);
      const other = (await lead(app, 'POST', '/api/processes', { title: 'Another process' })).body;
      russiaId = (
        await lead(app, 'POST', `/api/processes/${seeded.process.id}/parties`, {
          name: 'Russia',
          kind: 'party',
        })
      ).body.id;
      const processId = seeded.process.id;
      const mediator = await memberToken(store, processId, 'mediator');
      mediatorMembership = mediator.membership.id;
      keys = {
        mediator: mediator.token,
        ukraine: (await memberToken(store, processId, 'delegate', { partyId: seeded.ukraine.id })).token,
        russia: (await memberToken(store, processId, 'delegate', { partyId: russiaId })).token,
        otherMediator: (await memberToken(store, other.id, 'mediator')).token,
      };
      const valuationId = uuidv7();
      const event = newEvent(
        'valuation.recorded',
        {
          id: valuationId,
          processId,
          planId: seeded.plan.id,
          partyId: seeded.ukraine.id,
          enteredBy: 'mediator',
          reservation: 0.42,
          points: [],
          note: 'army cap matters most',
        },
        {
          actor: 'operator',
          at: '2025-11-21T09:00:00.000Z',
          scope: { processId, subjectId: valuationId, audience: partiesAudience([seeded.ukraine.id]) },
        },
      );
      valuationIndex = (await store.transact((tx) => tx.appendEvent(event))).index;
    });
    after(() => store.close());

    test('the session names the token’s one membership; no token is the public', async () => {
      assert.deepEqual((await call(app, 'GET', '/api/session')).body, { principal: null });
      const mediator = (await callAs(app, keys.mediator, 'GET', '/api/session')).body.principal;
      assert.equal(mediator.via, 'token');
      assert.equal(mediator.memberships.length, 1);
      assert.deepEqual([mediator.memberships[0].role, mediator.memberships[0].rank], ['mediator', 'staff']);
      assert.equal(mediator.memberships[0].processTitle, 'Russia–Ukraine 2025');
      const ukraine = (await callAs(app, keys.ukraine, 'GET', '/api/session')).body.principal;
      const [role] = ukraine.memberships;
      assert.deepEqual([role.role, role.partyId, role.partyName], ['delegate', seeded.ukraine.id, 'Ukraine']);
    });

    test('an unknown, malformed or revoked token is refused with 401, never served as public', async () => {
      const size = await store.log.size();
      for (const key of ['ct_unknown', 'not a key!', `ct_${'A'.repeat(43)}`]) {
        const answer = await callAs(app, key, 'GET', '/api/log/entries');
        assert.ok(isProblem(answer, 401, 'unauthenticated'), JSON.stringify(answer.body));
      }
      const basic = await app.request('/api/session', { headers: { authorization: 'Basic abc' } });
      assert.equal(basic.status, 401);
      const writeWithBadKey = await callAs(app, 'ct_unknown', 'POST', '/api/processes', { title: 'x' });
      assert.ok(isProblem(writeWithBadKey, 401, 'unauthenticated'));
      assert.equal(await store.log.size(), size, 'nothing written');

      const spare = await memberToken(store, seeded.process.id, 'mediator');
      const sizeWithSpare = await store.log.size();
      assert.equal((await callAs(app, spare.token, 'GET', '/api/session')).status, 200);
      const [issued] = await store.apiTokens.list(spare.accountId);
      assert.ok(issued);
      assert.equal(await store.apiTokens.revoke(issued.id, new Date().toISOString()), true);
      const revoked = await callAs(app, spare.token, 'PATCH', `/api/processes/${seeded.process.id}`, {
        title: 'x',
      });
      assert.ok(isProblem(revoked, 401, 'unauthenticated'), 'revocation holds for the very next request');
      assert.equal(await store.log.size(), sizeWithSpare, 'nothing written');
    });

    test('an answer to a key is never cached, and every API answer varies with the key', async () => {
      const path = `/api/log/entries/${valuationIndex}`;
      const mediator = await callAs(app, keys.mediator, 'GET', path);
      assert.equal(mediator.body.confidential, false);
      assert.equal(mediator.headers.get('cache-control'), 'no-store');
      assert.equal(mediator.headers.get('vary'), 'Authorization, Cookie');
      const refused = await callAs(app, keys.russia, 'GET', `/api/versions/${seeded.plan.id}/analysis`);
      assert.equal(refused.status, 404);
      assert.equal(refused.headers.get('cache-control'), 'no-store');
      const anonymous = await call(app, 'GET', path);
      assert.equal(anonymous.body.confidential, true);
      // The public's answer may be kept by a browser, which asks again with its ETag each time (no-cache).
      assert.equal(anonymous.headers.get('cache-control'), 'no-cache');
      assert.ok(anonymous.headers.get('etag'));
      assert.equal(anonymous.headers.get('vary'), 'Authorization, Cookie');
    });

    test('a write with a token records its account and membership as the actor', async () => {
      const created = await callAs(app, keys.mediator, 'PATCH', `/api/processes/${seeded.process.id}`, {
        description: 'talks in Geneva',
      });
      assert.equal(created.status, 200);
      const entry = await store.log.entry(created.body.logIndex);
      const [token] = await store.apiTokens.list(
        (await store.memberships.get(mediatorMembership))?.accountId,
      );
      assert.equal(entry?.event.actor, `account:${token?.accountId}/membership:${mediatorMembership}`);
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
          'summary',
          'type',
        ]);
        assert.equal(one.confidential, true);
        for (const field of ['event', 'canonical', 'salt', 'eventId', 'type', 'summary'])
          assert.equal(one[field], null, field);
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
