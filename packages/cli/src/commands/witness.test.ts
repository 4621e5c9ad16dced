// `concord witness` as a user runs it (the bundled CLI in a child process) against servers in this process: it
// prints its key for registration, cosigns with --once, and meets a rewritten history under the same key with
// one alarm line, exit 3 and the evidence in its directory; bad options are one line and exit 1.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { OPERATOR } from '@concord/core';
import { databaseTargets, type Store } from '@concord/db';
import { verifyCosignatures } from '@concord/ledger/verify';
import { createProcess, registerWitness, startServer } from '@concord/server';
import { runConcord } from '../test-support.ts';

const clock = () => new Date();
const grow = async (store: Store, titles: string[]) => {
  for (const title of titles) await createProcess({ store, principal: OPERATOR, clock }, { title });
};

for (const target of databaseTargets()) {
  describe(`concord witness (${target.name})`, { timeout: 180_000 }, () => {
    let store: Store;
    let forged: Store;
    let servers: Awaited<ReturnType<typeof startServer>>[];
    const dir = mkdtempSync(join(tmpdir(), 'concord-witness-cli-'));
    const state = join(dir, 'ukraine');
    before(async () => {
      store = await target.open();
      forged = await target.open({ sameKeyAs: store });
      await grow(store, ['One', 'Two']);
      await grow(forged, ['Uno', 'Dos', 'Tres']);
      servers = [await startServer({ store, port: 0 }), await startServer({ store: forged, port: 0 })];
    });
    after(async () => {
      for (const server of servers) await server.close();
      await store.close();
      await forged.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('prints its key, is registered, cosigns once, and the server serves the cosignature', async () => {
      const printed = await runConcord([
        'witness',
        '--state',
        state,
        '--name',
        'witness.example/ukraine',
        '--print-key',
      ]);
      assert.equal(printed.code, 0, printed.stderr);
      const vkey = printed.stdout.trim();
      assert.match(vkey, /^witness\.example\/ukraine\+[0-9a-f]{8}\+[A-Za-z0-9+/=]+$/);
      await registerWitness({ store, principal: OPERATOR, clock }, { verifierKey: vkey });
      const url = servers[0]?.url as string;
      const once = await runConcord(['witness', '--url', url, '--state', state, '--once']);
      assert.equal(once.code, 0, once.stderr);
      const size = await store.log.size();
      assert.equal(once.stdout, `witnessed ${url} at size ${size} (first checkpoint); cosignature posted\n`);
      const cp = (await (await fetch(`${url}/api/log/checkpoint`)).json()) as { checkpoint: string };
      assert.equal(verifyCosignatures(cp.checkpoint, [vkey]).length, 1);
    });

    test('a rewritten history under the same key: one alarm line, exit 3, evidence kept', async () => {
      const forgedUrl = servers[1]?.url as string;
      const alarm = await runConcord(['witness', '--url', forgedUrl, '--state', state, '--once']);
      assert.equal(alarm.code, 3, alarm.stdout + alarm.stderr);
      assert.equal(alarm.stdout, '');
      assert.match(
        alarm.stderr,
        /^concord: ALARM: fork: the tree of \d+ does not extend the accepted tree of \d+ .*; evidence kept in .*evidence-.*\.json\n$/,
      );
      assert.equal(readdirSync(state).filter((f) => f.startsWith('evidence-')).length, 1);
      // Without --once the alarm stops the witness too: it never retries a fork.
      const looping = await runConcord(['witness', '--url', forgedUrl, '--state', state, '--interval', '1']);
      assert.equal(looping.code, 3);
    });

    test('bad options are one line and exit 1', async () => {
      for (const args of [
        ['witness', '--url', 'not a url', '--state', state, '--once'],
        ['witness', '--state', state, '--once'],
        ['witness', '--url', 'http://127.0.0.1:9', '--state', state, '--once'],
        ['witness', '--url', 'http://x', '--state', state, '--interval', '0'],
        ['witness', '--state', join(dir, 'new'), '--name', 'has space', '--print-key'],
      ]) {
        const r = await runConcord(args);
        assert.equal(r.code, 1, `${args.join(' ')}: ${r.stderr}`);
        assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      }
    });
  });
}
