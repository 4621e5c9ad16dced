// The demo's witnesses inside `concord start`: registered on first use, both cosign the log and keep up as it
// grows; a server they cannot reach costs one log line per reason, never an exception, and stopping them stops them.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { OPERATOR } from '@concord/core';
import { databaseTargets, type Store } from '@concord/db';
import { verifyCosignatures } from '@concord/ledger/verify';
import { createProcess, startServer } from '@concord/server';
import { DEMO_WITNESSES, startDemoWitnesses } from './demo-witnesses.ts';

async function until(what: string, check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

for (const target of databaseTargets()) {
  describe(`demo witnesses (${target.name})`, { timeout: 60_000 }, () => {
    let store: Store;
    let server: Awaited<ReturnType<typeof startServer>>;
    const dataDir = mkdtempSync(join(tmpdir(), 'concord-demo-witnesses-'));
    before(async () => {
      store = await target.open();
      server = await startServer({ store, port: 0 });
    });
    after(async () => {
      await server.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    const witnessedAll = async () => {
      const size = await store.log.size();
      const witnesses = await store.witnesses.list();
      return witnesses.length === 2 && witnesses.every((w) => w.witnessed?.size === size);
    };

    test('Ukraine’s and the E3’s witnesses cosign the log as it grows', async () => {
      const lines: string[] = [];
      const stop = startDemoWitnesses({
        store,
        dataDir,
        url: server.localUrl,
        log: (l) => lines.push(l),
        intervalMs: 100,
      });
      try {
        await until('both witnesses at the first size', witnessedAll);
        await createProcess({ store, principal: OPERATOR, clock: () => new Date() }, { title: 'Grown' });
        await until('both witnesses at the grown size', witnessedAll);
        const cp = (await (await fetch(`${server.localUrl}/api/log/checkpoint`)).json()) as {
          checkpoint: string;
        };
        const keys = (await store.witnesses.list()).map((w) => w.verifierKey);
        assert.deepEqual(
          verifyCosignatures(cp.checkpoint, keys)
            .map((c) => c.name)
            .sort(),
          DEMO_WITNESSES.map((w) => w.name).sort(),
        );
        assert.deepEqual(lines, []);
      } finally {
        await stop();
      }
      const size = await store.log.size();
      await createProcess({ store, principal: OPERATOR, clock: () => new Date() }, { title: 'After stop' });
      await new Promise((resolve) => setTimeout(resolve, 400));
      for (const w of await store.witnesses.list())
        assert.equal(w.witnessed?.size, size, 'stopped witnesses stay');
    });

    test('an unreachable server is logged once per reason, and nothing throws', async () => {
      const lines: string[] = [];
      const stop = startDemoWitnesses({
        store,
        dataDir,
        url: 'http://127.0.0.1:9',
        log: (l) => lines.push(l),
        intervalMs: 50,
      });
      await until('a logged failure', async () => lines.length >= 2);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await stop();
      assert.equal(lines.length, 2, lines.join('\n'));
      assert.match(
        lines[0] ?? '',
        /^Ukraine’s witness could not witness the log: cannot reach http:\/\/127\.0\.0\.1:9/,
      );
      assert.match(lines[1] ?? '', /^The E3’s witness could not witness the log: /);
    });
  });
}
