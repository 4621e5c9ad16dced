// The loaded demo as a reader meets it: over the HTTP API, and checkable with the ledger against the signed
// checkpoint (a researcher who downloads the 28-point draft can prove it is in the log exactly as read).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import {
  bytesEqual,
  canonicalJson,
  eventLeafHash,
  fromBase64,
  verifyCheckpoint,
  verifyInclusion,
} from '@concord/ledger';
import { createApp, DEFAULT_ORIGIN } from '../app.ts';
import { callWith, sessionHeaders } from '../test-support.ts';
import { type DemoPerson, loadDemo } from './load-demo.ts';

type Json = Record<string, unknown> & { items?: Json[] };

for (const target of databaseTargets()) {
  describe(`the demo over the API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let people: DemoPerson[];
    let as: Record<string, Record<string, string>>;
    before(async () => {
      store = await target.open();
      const loaded = await loadDemo(store);
      assert.ok(loaded.loaded);
      people = loaded.people;
      app = createApp({ store });
      as = { public: {} };
      for (const person of people) as[person.key] = await sessionHeaders(store, person.accountId);
    });
    after(async () => store.close());

    // biome-ignore lint/suspicious/noExplicitAny: answers are arbitrary JSON, checked by the assertions
    async function get(path: string, who = 'us-mediator'): Promise<any> {
      const res = await app.request(path, { headers: as[who] ?? {} });
      assert.equal(res.status, 200, `${path} answered ${res.status}`);
      return res.json();
    }

    async function ruUaPlan(who: string): Promise<Json & { versions: Json[] }> {
      const processes = (await get('/api/processes', who)).items as Json[];
      const ruUa = processes.find((p) => p.title === 'Russia–Ukraine 2025');
      assert.ok(ruUa, who);
      const process = await get(`/api/processes/${ruUa.id}`, who);
      return get(`/api/plans/${process.plans[0].id}`, who);
    }

    test('each role sees the versions it was shown: the 28-point draft the US and Russia first, Ukraine from 20 November, not the E3', async () => {
      const seen = async (who: string) => (await ruUaPlan(who)).versions.map((v) => v.label).sort();
      const geneva = 'Geneva text (reported: 19 points)';
      const all = ['December 20-point framework', 'E3 counter-draft', geneva, 'US 28-point draft'];
      assert.deepEqual(await seen('us-mediator'), all);
      assert.deepEqual(await seen('ukraine'), all);
      assert.deepEqual(await seen('russia'), ['December 20-point framework', 'US 28-point draft']);
      assert.deepEqual(await seen('e3'), ['December 20-point framework', 'E3 counter-draft', geneva]);
      assert.deepEqual(await seen('qatar'), ['December 20-point framework']);
      assert.deepEqual(await seen('public'), ['December 20-point framework']);
      const us28 = (await ruUaPlan('us-mediator')).versions.find((v) => v.label === 'US 28-point draft');
      assert.ok(us28);
      const hidden = await app.request(`/api/versions/${us28.id}`, { headers: as.e3 ?? {} });
      assert.equal(hidden.status, 404, 'a version the E3 was not shown does not exist for it');
    });

    test('the role switcher: lists the people with their roles, and viewing as one is a real session of theirs', async () => {
      const demoApp = createApp({ store, demo: { people } });
      const origin = { origin: DEFAULT_ORIGIN };
      const listed = await callWith(demoApp, {}, 'GET', '/api/demo/people');
      assert.equal(listed.status, 200);
      const byKey = new Map(listed.body.people.map((p: { key: string }) => [p.key, p]));
      assert.deepEqual([...byKey.keys()].sort(), people.map((p) => p.key).sort());
      assert.match((byKey.get('ukraine') as { role: string }).role, /Delegate of Ukraine/);
      assert.match(
        (byKey.get('us-mediator') as { description: string }).description,
        /Mediator \(lead\) in Russia–Ukraine 2025/,
      );
      const us28 = (await ruUaPlan('us-mediator')).versions.find((v) => v.label === 'US 28-point draft');
      const viewAs = async (key: string) => {
        const answer = await callWith(demoApp, origin, 'POST', '/api/demo/sign-in-as', { key });
        assert.equal(answer.status, 200, key);
        const cookie = /concord_session=([^;]*)/.exec(answer.headers.get('set-cookie') ?? '')?.[1] ?? '';
        const headers: Record<string, string> = cookie === '' ? {} : { cookie: `concord_session=${cookie}` };
        return {
          principal: answer.body.principal,
          version: (await demoApp.request(`/api/versions/${us28?.id}`, { headers })).status,
        };
      };
      assert.deepEqual(await viewAs('russia').then((v) => v.version), 200);
      assert.deepEqual(await viewAs('e3').then((v) => v.version), 404);
      const publicView = await viewAs('public');
      assert.equal(publicView.principal, null);
      assert.equal(publicView.version, 404);
      const forged = await callWith(
        demoApp,
        { origin: 'https://evil.example' },
        'POST',
        '/api/demo/sign-in-as',
        { key: 'us-mediator' },
      );
      assert.equal(forged.status, 403, 'another site cannot switch a visitor into the mediator');
      assert.equal(
        (await callWith(demoApp, origin, 'POST', '/api/demo/sign-in-as', { key: 'nobody' })).status,
        404,
      );
    });

    test('the history says when the 28-point draft reached Ukraine; its entries stay sealed for the E3', async () => {
      const entries = (await get('/api/log/entries?from=0&limit=1000', 'ukraine')).items as Json[];
      const delivered = entries.find((e) => e.type === 'version.delivered');
      assert.ok(delivered, 'the delivery of the draft to Ukraine is in its history');
      assert.equal((delivered.event as { at: string }).at, '2025-11-20T12:00:00.000Z');
      const created = entries.find(
        (e) =>
          e.type === 'version.created' &&
          (e.event as { data: { version: { label: string } } }).data.version.label === 'US 28-point draft',
      );
      assert.ok(created, 'Ukraine reads the draft’s creation entry since it was delivered to it');
      const forE3 = await get(`/api/log/entries/${created.index}`, 'e3');
      assert.equal(forE3.confidential, true);
      assert.equal(forE3.event, null);
    });

    test('processes, parties, plans and the version tree are served', async () => {
      const processes = (await get('/api/processes')).items as Json[];
      const ruUa = processes.find((p) => p.title === 'Russia–Ukraine 2025');
      assert.ok(ruUa);
      const process = await get(`/api/processes/${ruUa.id}`);
      assert.ok(process.parties.some((p: Json) => p.name === 'United States' && p.kind === 'mediator'));
      const plan = await get(`/api/plans/${process.plans[0].id}`);
      const labels = new Map(plan.versions.map((v: Json) => [v.label, v]));
      const us28 = labels.get('US 28-point draft') as Json;
      const e3 = labels.get('E3 counter-draft') as Json;
      assert.equal(e3.parentVersionId, us28.id);
      const version = await get(`/api/versions/${e3.id}`);
      const six = version.points.find((p: Json) => p.number === '6');
      assert.deepEqual(
        six.quantities.map((q: Json) => q.value),
        [800000],
      );
      assert.ok(version.commitments.some((c: Json) => c.pointId === six.id));
    });

    test('the 28-point draft is provably in the log as served', async () => {
      const entries = (await get('/api/log/entries?from=0&limit=100')).items as Json[];
      const entry = entries.find(
        (e) =>
          e.type === 'version.created' &&
          (e.event as { data: { version: { label: string } } }).data.version.label === 'US 28-point draft',
      );
      assert.ok(entry);
      const leaf = eventLeafHash(fromBase64(entry.salt as string), canonicalJson(entry.event));
      assert.ok(
        bytesEqual(leaf, fromBase64(entry.leafHash as string)),
        'leaf recomputed from the event as read',
      );
      const cp = await get('/api/log/checkpoint');
      const checkpoint = verifyCheckpoint(cp.checkpoint, cp.verifierKey);
      const proof = await get(`/api/log/proofs/inclusion?index=${entry.index}&size=${checkpoint.size}`);
      verifyInclusion({
        index: entry.index as number,
        size: checkpoint.size,
        leafHash: leaf,
        proof: proof.proof.map(fromBase64),
        root: checkpoint.rootHash,
      });
      // A copy with one number changed (600,000 → 800,000) is not the logged event.
      const forged = JSON.parse(JSON.stringify(entry.event).replace('"value":600000', '"value":800000'));
      const forgedLeaf = eventLeafHash(fromBase64(entry.salt as string), canonicalJson(forged));
      assert.equal(bytesEqual(forgedLeaf, leaf), false);
    });
  });
}
