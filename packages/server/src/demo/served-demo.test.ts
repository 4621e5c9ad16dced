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
import { createApp } from '../app.ts';
import { loadDemo } from './load-demo.ts';

type Json = Record<string, unknown> & { items?: Json[] };

for (const target of databaseTargets()) {
  describe(`the demo over the API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    before(async () => {
      store = await target.open();
      await loadDemo(store);
      app = createApp({ store });
    });
    after(async () => store.close());

    // biome-ignore lint/suspicious/noExplicitAny: answers are arbitrary JSON, checked by the assertions
    async function get(path: string): Promise<any> {
      const res = await app.request(path);
      assert.equal(res.status, 200, `${path} answered ${res.status}`);
      return res.json();
    }

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
