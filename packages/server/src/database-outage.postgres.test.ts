// PostgreSQL going away under the server and coming back: a TCP relay between the store and the database is cut
// (every connection dropped, new ones refused) and restored, as a restart or a failover would look to the server.
// While it is down, a write answers 503 with Retry-After and records nothing; afterwards the pool reconnects by
// itself and every acknowledged write is in a log that checks.
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { openScratchPostgresStore, type Store } from '@concord/db';
import { createApp } from './app.ts';
import { type Caller, signedIn } from './test-support.ts';

/** A relay to `target` that can be cut (all connections dropped, new ones refused) and restored. */
function relay(target: { host: string; port: number }) {
  let open = true;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (!open) {
      client.destroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', close);
      s.on('close', close);
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  return {
    listen: () =>
      new Promise<number>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
      ),
    cut() {
      open = false;
      for (const s of sockets) s.destroy();
    },
    restore() {
      open = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const url = process.env.CONCORD_TEST_DATABASE_URL;

describe('PostgreSQL unreachable, then back', {
  skip: url === undefined ? 'needs PostgreSQL' : false,
}, () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let mediator: Caller;
  let link: ReturnType<typeof relay>;
  before(async () => {
    const target = new URL(url as string);
    link = relay({ host: target.hostname, port: Number(target.port || 5432) });
    const port = await link.listen();
    target.hostname = '127.0.0.1';
    target.port = String(port);
    store = await openScratchPostgresStore(target.toString());
    app = createApp({ store });
    mediator = await signedIn(store);
  });
  after(async () => {
    link.restore();
    await store?.close();
    await link.close();
  });

  const open = (title: string) => mediator(app, 'POST', '/api/processes', { title });

  test('a write during the outage is a 503 with Retry-After and records nothing; after it, writes go on', async () => {
    const acknowledged: string[] = [];
    for (const title of ['Before the outage 1', 'Before the outage 2']) {
      const r = await open(title);
      assert.equal(r.status, 201);
      acknowledged.push(r.body.id);
    }
    link.cut();
    for (const title of ['During the outage 1', 'During the outage 2']) {
      const r = await open(title);
      assert.equal(r.status, 503, JSON.stringify(r.body));
      assert.equal(r.body.type, 'https://concord.dev/problems/database-unavailable');
      assert.equal(r.headers.get('retry-after'), '5');
    }
    const unseen = await mediator(app, 'GET', `/api/processes/${acknowledged[0]}/councils`);
    assert.equal(unseen.status, 503, 'a read the server has not kept needs the database');
    link.restore();
    // The pool replaces the connections it lost on its own; no restart of the server.
    let after: Awaited<ReturnType<typeof open>> | null = null;
    for (let attempt = 0; attempt < 20; attempt++) {
      after = await open('After the outage');
      if (after.status === 201) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    assert.equal(after?.status, 201, JSON.stringify(after?.body));
    acknowledged.push(after?.body.id);
    for (const id of acknowledged)
      assert.equal((await mediator(app, 'GET', `/api/processes/${id}`)).status, 200);
    const titles = (await store.processes.list()).map((p) => p.title);
    assert.ok(!titles.some((t) => t.startsWith('During the outage')), 'nothing refused was recorded');
    assert.equal((await store.checkLog()).ok, true);
  });
});
