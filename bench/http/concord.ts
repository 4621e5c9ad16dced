// Concord with the demo, served for the read benchmark: a fresh PGlite store in a temporary directory, or the
// PostgreSQL database in CONCORD_BENCH_DATABASE_URL (a scratch schema, dropped at exit). Rate limits are lifted
// (one load client from one address would be refused after its burst otherwise). Prints one JSON line with the URL,
// the US mediator's API token and the ids the routes need.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openScratchPostgresStore, openStore, type Store } from '@concord/db';
import { issueDemoTokens, loadDemo, startServer } from '@concord/server';

const LIFTED = { perSecond: 1e9, burst: 1e9 };

// CONCORD_BENCH_WRITE_GROUP=1 commits each write alone, as before group commit (the writes benchmark's baseline).
const writeGroupEnv = process.env.CONCORD_BENCH_WRITE_GROUP;
const group = writeGroupEnv ? { writeGroup: Number(writeGroupEnv) } : {};

async function open(): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  const url = process.env.CONCORD_BENCH_DATABASE_URL;
  if (url) {
    // The scratch schema is dropped when the store closes.
    return { store: await openScratchPostgresStore(url, group), cleanup: async () => {} };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'concord-bench-http-'));
  const store = await openStore({ dataDir, ...group });
  return { store, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

const { store, cleanup } = await open();
const demo = await loadDemo(store);
if (!demo.loaded) throw new Error('the demo did not load into the fresh store');
const tokens = await issueDemoTokens(store, demo.people);
const mediator = tokens.find((t) => /US/.test(t.name) && /mediat/i.test(t.role)) ?? tokens[0];
if (!mediator) throw new Error('no demo token');
const server = await startServer({
  store,
  port: 0,
  app: { rateLimits: { read: LIFTED, write: LIFTED, signIn: LIFTED, analysis: LIFTED } },
});
const auth = { authorization: `Bearer ${mediator.token}` };
const processes = (await (await fetch(`${server.url}/api/processes`, { headers: auth })).json()) as {
  items: { id: string; title: string }[];
};
const ukraine = processes.items.find((p) => /Ukraine/.test(p.title));
const detail = (await (
  await fetch(`${server.url}/api/processes/${ukraine?.id}`, { headers: auth })
).json()) as {
  plans: { id: string }[];
};
const plan = (await (
  await fetch(`${server.url}/api/plans/${detail.plans[0]?.id}`, { headers: auth })
).json()) as {
  versions: { id: string; label: string }[];
};
const draft = plan.versions.find((v) => /28/.test(v.label));
if (!draft) throw new Error('no 28-point version in the demo');
process.stdout.write(
  `${JSON.stringify({ url: server.url, token: mediator.token, versionId: draft.id, processId: ukraine?.id })}\n`,
);

const stop = async () => {
  await server.close();
  await store.close();
  await cleanup();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
