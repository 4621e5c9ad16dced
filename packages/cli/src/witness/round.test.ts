// A witness round against a real app on a test store: it cosigns and the server serves the cosignature; a log
// rewritten under the same key (same size or larger), a log under another key, or a shrunk one is refused with
// the evidence kept and nothing cosigned; hostile answers are one-line errors that change nothing.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { OPERATOR } from '@concord/core';
import { databaseTargets, type Store } from '@concord/db';
import { verifyCosignatures } from '@concord/ledger/verify';
import { createApp, createProcess, registerWitness } from '@concord/server';
import { CliError } from '../errors.ts';
import type { Fetch } from './http.ts';
import { witnessRound } from './round.ts';
import { readAccepted, witnessKeys } from './state.ts';

const URL_ = 'http://concord.test';
const clock = () => new Date('2026-12-07T12:00:00.000Z');

async function served(store: Store): Promise<Fetch> {
  const app = createApp({ store });
  return async (url, init) => {
    const { pathname, search } = new URL(url);
    return app.request(pathname + search, init);
  };
}

async function grow(store: Store, titles: string[]): Promise<number> {
  for (const title of titles) await createProcess({ store, principal: OPERATOR, clock }, { title });
  return store.log.size();
}

const evidenceFiles = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('evidence-'));

for (const target of databaseTargets()) {
  describe(`witness round (${target.name})`, { timeout: 120_000 }, () => {
    let store: Store;
    let serve: Fetch;
    let dir: string;
    let keys: ReturnType<typeof witnessKeys>;
    before(async () => {
      store = await target.open();
      serve = await served(store);
      dir = mkdtempSync(join(tmpdir(), 'concord-witness-'));
      keys = witnessKeys(join(dir, 'state'), 'witness.example/ukraine');
      await registerWitness({ store, principal: OPERATOR, clock }, { verifierKey: keys.verifierKey });
    });
    after(async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const round = (fetch: Fetch) => witnessRound({ url: URL_, dir: join(dir, 'state'), keys, fetch });

    test('the key is made once, 0600, and read back', () => {
      const state = join(dir, 'state');
      assert.equal(statSync(join(state, 'witness.key')).mode & 0o777, 0o600);
      assert.equal(witnessKeys(state).verifierKey, keys.verifierKey);
      assert.throws(() => witnessKeys(state, 'another/name'), CliError);
    });

    test('rounds cosign a growing log, and the server serves the cosignature', async () => {
      const first = await grow(store, ['One', 'Two']);
      assert.deepEqual(await round(serve), { kind: 'cosigned', size: first, previous: null, stored: true });
      const second = await grow(store, ['Three']);
      assert.deepEqual(await round(serve), { kind: 'cosigned', size: second, previous: first, stored: true });
      const cp = (await (await serve(`${URL_}/api/log/checkpoint`)).json()) as { checkpoint: string };
      assert.equal(verifyCosignatures(cp.checkpoint, [keys.verifierKey]).length, 1);
      const listed = (await (await serve(`${URL_}/api/witnesses`)).json()) as {
        items: { witnessed: { size: number } }[];
      };
      assert.equal(listed.items[0]?.witnessed.size, second);
      // Nothing new: the same head is accepted again (the server keeps the first cosignature of a size).
      assert.deepEqual(await round(serve), {
        kind: 'cosigned',
        size: second,
        previous: second,
        stored: false,
      });
      assert.deepEqual(evidenceFiles(join(dir, 'state')), []);
    });

    test('a history rewritten under the same key, same size or larger, is refused with the evidence kept', async () => {
      const accepted = readAccepted(join(dir, 'state'));
      assert.ok(accepted);
      for (const extra of [[], ['Four', 'Five']]) {
        const forged = await target.open({ sameKeyAs: store });
        try {
          const size = await grow(forged, ['Uno', 'Dos', 'Tres', ...extra]);
          assert.equal(size, (accepted.size / 3) * (3 + extra.length), 'same size, then larger');
          const before = evidenceFiles(join(dir, 'state')).length;
          const result = await round(await served(forged));
          assert.equal(result.kind, 'alarm', JSON.stringify(result));
          assert.ok(result.kind === 'alarm');
          assert.match(result.reason, /^fork: the tree of \d+ does not extend the accepted tree of \d+/);
          const evidence = JSON.parse(readFileSync(result.evidence, 'utf8'));
          assert.equal(evidence.previous.note, accepted.note);
          assert.match(evidence.current.checkpoint, new RegExp(`\\n${size}\\n`));
          assert.ok(Array.isArray(evidence.proof));
          assert.equal(evidenceFiles(join(dir, 'state')).length, before + 1);
          assert.deepEqual(readAccepted(join(dir, 'state')), accepted, 'the accepted checkpoint stays');
          assert.deepEqual(await forged.witnesses.list(), [], 'nothing was posted to the forger');
        } finally {
          await forged.close();
        }
      }
    });

    test('another key, or a shrunk log, is an alarm', async () => {
      const other = await target.open();
      try {
        await grow(other, ['Else', 'Elsewhere', 'Again', 'More', 'Most']);
        const result = await round(await served(other));
        assert.equal(result.kind, 'alarm');
        assert.match(result.kind === 'alarm' ? result.reason : '', /another key/);
      } finally {
        await other.close();
      }
      const shrunk = await target.open({ sameKeyAs: store });
      try {
        const result = await round(await served(shrunk));
        assert.match(result.kind === 'alarm' ? result.reason : '', /the log shrank from \d+ to 0 entries/);
      } finally {
        await shrunk.close();
      }
    });

    test('hostile answers are one-line errors that change nothing', async () => {
      const accepted = readAccepted(join(dir, 'state'));
      const answer =
        (body: string, status = 200): Fetch =>
        async (url, init) =>
          url.includes('/api/log/checkpoint') ? new Response(body, { status }) : serve(url, init);
      const real = (await (await serve(`${URL_}/api/log/checkpoint`)).json()) as Record<string, unknown>;
      await grow(store, ['Six']);
      const proofOf =
        (proof: unknown): Fetch =>
        async (url, init) =>
          url.includes('/proofs/consistency') ? Response.json({ proof }) : serve(url, init);
      for (const hostile of [
        answer('not json'),
        answer('"x".repeat'),
        answer(JSON.stringify({ checkpoint: 1, verifierKey: 'k' })),
        answer(JSON.stringify({ ...real, checkpoint: String(real.checkpoint).replace('\n', '\n\n') })),
        answer('x'.repeat(300_000)),
        proofOf(Array.from({ length: 65 }, () => 'AAAA')),
        proofOf([{}]),
        (async (url: string, init?: RequestInit) =>
          url.includes('/proofs/consistency')
            ? Response.json({ title: 'busy' }, { status: 503 })
            : serve(url, init)) as Fetch,
        async () => {
          throw new Error('connection refused');
        },
      ]) {
        await assert.rejects(round(hostile), (e) => e instanceof CliError && !e.message.includes('\n'));
        assert.deepEqual(readAccepted(join(dir, 'state')), accepted);
      }
      assert.ok(!existsSync(join(dir, 'state', 'checkpoint.json.tmp')));
    });
  });
}
