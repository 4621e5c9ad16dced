// `concord log check --url` against a server in-process: a true log passes with the confidential entries counted;
// a changed event, a dropped entry, a forged root or another key is caught, naming the entry where it can.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { OPERATOR, uuidv7 } from '@concord/core';
import { databaseTargets, openStore, type Store } from '@concord/db';
import { generateNoteKey } from '@concord/ledger';
import { createApp, createProcess, loadDemo } from '@concord/server';
import { checkRemoteLog, type Fetch } from './remote-log-check.ts';
import { childEnv, exited, runConcord, startConcord } from './test-support.ts';

for (const target of databaseTargets()) {
  describe(`remote log check (${target.name})`, { timeout: 240_000 }, () => {
    let store: Store;
    let serve: Fetch;
    before(async () => {
      store = await target.open();
      await loadDemo(store);
      const app = createApp({ store });
      serve = async (url) => app.request(new URL(url).pathname + new URL(url).search);
    });
    after(() => store.close());

    /** The server's answers with `change` applied to each page of entries. */
    const tampered =
      (change: (page: { items: Record<string, unknown>[]; next: number | null }) => void): Fetch =>
      async (url) => {
        const res = await serve(url);
        if (!url.includes('/api/log/entries')) return res;
        const page = await res.json();
        change(page);
        return Response.json(page);
      };

    test('the demo log checks out, its confidential entries counted, across pages', async () => {
      const size = await store.log.size();
      assert.ok(size > 20);
      const result = await checkRemoteLog('http://concord.test', { fetch: serve, pageSize: 7 });
      assert.ok(result.ok, JSON.stringify(result));
      assert.equal(result.size, size);
      assert.ok(result.confidential > 0, 'the public cannot read the sealed entries, and is told so');
    });

    test('a changed event is named by its index', async () => {
      let changed: number | null = null;
      const result = await checkRemoteLog('http://concord.test', {
        pageSize: 7,
        fetch: tampered((page) => {
          const entry = page.items.find((e) => e.confidential === false && Number(e.index) >= 10);
          if (changed !== null || entry === undefined) return;
          changed = Number(entry.index);
          entry.canonical = String(entry.canonical).replace('"', '" ');
        }),
      });
      assert.ok(changed !== null);
      assert.deepEqual(result, { ok: false, index: changed, reason: 'its event does not hash to its leaf' });
    });

    test('a dropped entry, a forged leaf and another key fail', async () => {
      const dropped = await checkRemoteLog('http://concord.test', {
        fetch: tampered((page) => {
          page.items = page.items.filter((e) => e.index !== 7);
        }),
      });
      assert.equal(dropped.ok, false);
      assert.equal(!dropped.ok && dropped.index, 7);
      const forged = await checkRemoteLog('http://concord.test', {
        fetch: tampered((page) => {
          const entry = page.items.find((e) => e.confidential === true);
          if (entry) entry.leafHash = Buffer.alloc(32, 1).toString('base64');
        }),
      });
      assert.equal(forged.ok, false);
      assert.match(!forged.ok ? forged.reason : '', /is not the signed root/);
      const other = generateNoteKey(store.log.verifierKey.split('+')[0] ?? 'x').verifierKey;
      const wrongKey = await checkRemoteLog('http://concord.test', { fetch: serve, verifierKey: other });
      assert.equal(wrongKey.ok, false);
      assert.match(!wrongKey.ok ? wrongKey.reason : '', /checkpoint does not verify/);
    });
  });
}

describe('concord log check --url, as a command', { timeout: 240_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'concord-remote-check-'));
  const known = join(dataDir, 'known-logs.json');
  const env = childEnv({ CONCORD_KNOWN_LOGS: known });
  const check = (url: string) => runConcord(['log', 'check', '--url', url], env);
  // Every server of this test on one port: what the CLI remembers is per site and log name, as in a browser.
  let port = '0';
  const serve = async (dir: string) => {
    const running = await startConcord(['--no-demo', '--port', port, '--data-dir', dir]);
    port = new URL(running.url).port;
    return running;
  };
  const stop = async (running: Awaited<ReturnType<typeof startConcord>>) => {
    running.child.kill('SIGTERM');
    await exited(running.child);
  };
  after(() => rmSync(dataDir, { recursive: true, force: true }));
  before(async () => {
    // A log with something in it: a process opened by the operator (two entries).
    const store = await openStore({ dataDir: join(dataDir, 'a') });
    try {
      const owner = await store.accounts.create(
        { name: 'Remote check mediator', handle: 'remote-check' },
        { id: uuidv7(), at: new Date().toISOString() },
      );
      await createProcess(
        { store, principal: OPERATOR, clock: () => new Date() },
        { title: 'Remote talks', description: '', ownerAccountId: owner.id },
      );
    } finally {
      await store.close();
    }
  });

  test('checks a running server in one line, remembers it, and refuses a URL that is not one', async () => {
    const running = await serve(join(dataDir, 'a'));
    try {
      const checked = await check(running.url);
      assert.equal(checked.code, 0, checked.stderr);
      assert.match(
        checked.stdout,
        /^log ok: \d+ entries.*, the checkpoint verified with key [0-9a-f ]{19}; first check of this log here: its key and checkpoint are remembered\n$/,
      );
      assert.equal(statSync(known).mode & 0o777, 0o600, "what this machine saw is its owner's alone");
      const again = await check(running.url);
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stdout, /; it only grew since the last check here \(size \d+, \d{4}-\d\d-\d\d\)\n$/);
      const bad = await runConcord(['log', 'check', '--url', 'not a url'], env);
      assert.equal(bad.code, 1);
      assert.equal(bad.stderr.trim().split('\n').length, 1, bad.stderr);
    } finally {
      await stop(running);
    }
  });

  test('the same log later under a fresh key, or cut back under its own key, is an alarm', async () => {
    // Another store: a fresh key for a log of the same name (what an operator re-signing a history would serve).
    const replaced = await serve(join(dataDir, 'b'));
    try {
      const r = await check(replaced.url);
      assert.equal(r.code, 1, r.stdout);
      assert.match(r.stderr, /^concord: Alarm: this reader has known log concord\.local\/log by key/);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    } finally {
      await stop(replaced);
    }
    // The first store's key with an empty history: the log shrank since this machine last checked it.
    const cut = join(dataDir, 'c');
    mkdirSync(cut);
    cpSync(join(dataDir, 'a', 'log-signer.key'), join(cut, 'log-signer.key'));
    const shrunk = await serve(cut);
    try {
      const r = await check(shrunk.url);
      assert.equal(r.code, 1, r.stdout);
      assert.match(
        r.stderr,
        /^concord: Alarm: The log is smaller than when you last checked it \(2 entries, now 0\)/,
      );
    } finally {
      await stop(shrunk);
    }
  });
});
