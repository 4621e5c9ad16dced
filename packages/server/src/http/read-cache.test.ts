import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import { generateCosignerKey } from '@concord/ledger';
import { createApp } from '../app.ts';
import {
  type Answer,
  type Caller,
  call as callPublic,
  callWith,
  sessionHeaders,
  signedIn,
} from '../test-support.ts';

/** The store, counting how often a route reads its tables (every read goes through `readAs`). */
function countingReads(store: Store): { store: Store; reads: () => number } {
  let reads = 0;
  const counted = new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'readAs')
        return (...args: Parameters<Store['readAs']>) => {
          reads++;
          return target.readAs(...args);
        };
      return Reflect.get(target, key, receiver);
    },
  });
  return { store: counted, reads: () => reads };
}

for (const target of databaseTargets()) {
  describe(`reads kept until the log grows (${target.name})`, () => {
    let store: Store;
    let counted: ReturnType<typeof countingReads>;
    let app: ReturnType<typeof createApp>;
    let mediator: Caller;
    let mediatorHeaders: Record<string, string>;
    let versionPath: string;
    let processPath: string;
    before(async () => {
      store = await target.open();
      counted = countingReads(store);
      app = createApp({ store: counted.store });
      const signed = await signedIn(store);
      mediator = signed;
      // A second session of the same account: the same audience, so the same kept answers.
      mediatorHeaders = await sessionHeaders(store, signed.accountId);
      const process = (await mediator(app, 'POST', '/api/processes', { title: 'Cache talks' })).body;
      processPath = `/api/processes/${process.id}`;
      const us = (await mediator(app, 'POST', `${processPath}/parties`, { name: 'US' })).body;
      const plan = (
        await mediator(app, 'POST', `${processPath}/plans`, { title: 'Plan', mediatorPartyId: us.id })
      ).body;
      const version = (await mediator(app, 'POST', `/api/plans/${plan.id}/versions`, { label: 'Draft A' }))
        .body;
      versionPath = `/api/versions/${version.id}`;
    });
    after(() => store.close());

    test('a second read is answered without reading the tables, the same answer with the same ETag', async () => {
      const first = await mediator(app, 'GET', versionPath);
      assert.equal(first.status, 200);
      const etag = first.headers.get('etag');
      assert.match(etag ?? '', /^"[\w-]{27}"$/, 'opaque: nothing of the state is readable from it');
      const before = counted.reads();
      const second = await mediator(app, 'GET', versionPath);
      assert.equal(counted.reads(), before, 'the kept answer was served');
      assert.deepEqual(second.body, first.body);
      assert.equal(second.headers.get('etag'), etag);
      assert.equal(
        second.headers.get('cache-control'),
        'no-store',
        'a signed-in answer stays out of browser caches',
      );
    });

    test('If-None-Match with the current ETag answers 304 with no body; after a write the old tag gets 200', async () => {
      const first = await mediator(app, 'GET', versionPath);
      const etag = first.headers.get('etag') as string;
      const again = await asMediatorWith({ 'if-none-match': etag }, 'GET', versionPath);
      assert.equal(again.status, 304);
      assert.equal(again.body, '');
      assert.equal(again.headers.get('etag'), etag);
      const changed = await mediator(app, 'PATCH', versionPath, { label: 'Draft B' });
      assert.equal(changed.status, 200);
      const after = await asMediatorWith({ 'if-none-match': etag }, 'GET', versionPath);
      assert.equal(after.status, 200, 'the log grew: the old tag is stale');
      assert.equal(after.body.label, 'Draft B', 'a reader sees a write at once');
      assert.notEqual(after.headers.get('etag'), etag);
    });

    test('an answer kept for one audience is never served to another', async () => {
      const seen = await mediator(app, 'GET', versionPath);
      assert.equal(seen.status, 200);
      const publicRead = await callPublic(app, 'GET', versionPath);
      assert.equal(publicRead.status, 404, 'the draft is the mediators’ alone');
      // A tag the mediator was given, replayed by the public, is not a tag of the public's answer.
      const replayed = await callWith(
        app,
        { 'if-none-match': seen.headers.get('etag') as string },
        'GET',
        versionPath,
      );
      assert.equal(replayed.status, 404);
      const other = await signedIn(store, { name: 'Another account' });
      const otherRead = await other(app, 'GET', versionPath);
      assert.equal(otherRead.status, 404, 'another account with no membership reads nothing of it');
      const mediatorList = await mediator(app, 'GET', '/api/processes');
      const publicList = await callPublic(app, 'GET', '/api/processes');
      // The process is public, but what each may do with it differs: each has its own answer.
      const mine = mediatorList.body.items.find((p: { title: string }) => p.title === 'Cache talks');
      const theirs = publicList.body.items.find((p: { title: string }) => p.title === 'Cache talks');
      assert.notDeepEqual(mine.abilities, theirs.abilities);
      assert.notEqual(mediatorList.headers.get('etag'), publicList.headers.get('etag'));
    });

    test('the public’s kept answers are shared by the public and revalidate', async () => {
      const first = await callPublic(app, 'GET', '/api/log/checkpoint');
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('cache-control'), 'no-cache');
      assert.ok(first.headers.get('x-content-type-options'), 'a kept answer keeps the security headers');
      const before = counted.reads();
      const second = await callPublic(app, 'GET', '/api/log/checkpoint');
      assert.deepEqual(second.body, first.body);
      assert.equal(second.headers.get('x-content-type-options'), first.headers.get('x-content-type-options'));
      assert.equal(counted.reads(), before);
      const revalidated = await callWith(
        app,
        { 'if-none-match': first.headers.get('etag') as string },
        'GET',
        '/api/log/checkpoint',
      );
      assert.equal(revalidated.status, 304);
    });

    test('a witness change beside the log forgets what was kept; answers not made from the log are never kept', async () => {
      await mediator(app, 'GET', processPath);
      const size = await store.log.size();
      const witness = generateCosignerKey('witness.example/cache');
      const registered = await mediator(app, 'POST', '/api/witnesses', { verifierKey: witness.verifierKey });
      assert.equal(registered.status, 201, JSON.stringify(registered.body));
      assert.equal(await store.log.size(), size, 'witnesses live beside the log');
      const before = counted.reads();
      await mediator(app, 'GET', processPath);
      assert.equal(counted.reads(), before + 1, 'read from the tables again');
      // A change that no kept answer depends on (a TOTP enrolment) keeps them.
      assert.ok((await mediator(app, 'POST', '/api/account/totp')).status < 400);
      await mediator(app, 'GET', processPath);
      assert.equal(counted.reads(), before + 1, 'still kept');
      for (const path of ['/api/session', '/api/health', '/api/account']) {
        const answer = await mediator(app, 'GET', path);
        assert.equal(answer.headers.get('etag'), null, `${path} is not a function of the log`);
      }
    });

    test('an answer larger than the budget allows is served but not kept', async () => {
      const small = createApp({ store: counted.store, readCache: { maxBytes: 64 } });
      const before = counted.reads();
      const a = await mediator(small, 'GET', versionPath);
      const b = await mediator(small, 'GET', versionPath);
      assert.deepEqual(a.body, b.body);
      assert.equal(counted.reads(), before + 2);
    });

    const asMediatorWith = (headers: Record<string, string>, method: string, path: string): Promise<Answer> =>
      callWith(app, { ...mediatorHeaders, ...headers }, method, path);
  });
}
