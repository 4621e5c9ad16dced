// Development only (not shipped, not used by tests): serves packages/web/dist and a small mock of the HTTP
// API from mock-data.json, with a real log built by @concord/ledger so the verify page runs real checks.
// Run: npm run build:web && node --import tsx packages/web/dev/mock-api.ts [port]
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import {
  canonicalJson,
  eventLeafHash,
  formatCheckpoint,
  generateNoteKey,
  MemoryTree,
  newSalt,
  signNote,
  toBase64,
} from '@concord/ledger';

type Json = Record<string, unknown>;
const data = JSON.parse(readFileSync(new URL('./mock-data.json', import.meta.url), 'utf8')) as {
  processes: Json[];
};
const dist = new URL('../dist/', import.meta.url).pathname;
const origin = 'concord.local/log';
const key = generateNoteKey(origin);
const tree = new MemoryTree();
const entries: Json[] = [];

function record(type: string, body: Json): number {
  const index = entries.length;
  const event = {
    v: 1,
    id: `evt-${index}`,
    type,
    at: new Date(Date.UTC(2025, 10, 20, 9, index)).toISOString(),
    actor: 'mock',
    data: body,
  };
  const salt = newSalt();
  const leafHash = eventLeafHash(salt, canonicalJson(event));
  tree.append(leafHash);
  entries.push({
    index,
    eventId: event.id,
    type,
    event,
    salt: toBase64(salt),
    leafHash: toBase64(leafHash),
    committedAt: event.at,
  });
  return index;
}

const processes = new Map<string, Json>();
const plans = new Map<string, Json>();
const versions = new Map<string, Json>();
for (const p of data.processes) {
  const { parties, plans: planList, ...process } = p as Json & { parties: Json[]; plans: Json[] };
  const proc = { ...process, logIndex: record('process.created', process) };
  const partyRows = parties.map((x) => ({ ...x, processId: proc.id, logIndex: record('party.created', x) }));
  const planRows: Json[] = [];
  for (const plan of planList) {
    const { versions: vs, ...planBody } = plan as Json & { versions: Json[] };
    const planRow = { ...planBody, processId: proc.id, logIndex: record('plan.created', planBody) };
    const summaries: Json[] = [];
    for (const v of vs) {
      const { points: tree, ...vBody } = v as Json & { points: Json[] };
      const points: Json[] = [];
      const commitments: Json[] = [];
      const walk = (list: Json[], parentPointId: string | null) =>
        list.forEach((pt, i) => {
          const {
            children = [],
            commitments: cs = [],
            ...rest
          } = pt as Json & { children?: Json[]; commitments?: Json[] };
          points.push({
            categories: [],
            quantities: [],
            conditions: [],
            ...rest,
            versionId: v.id,
            lineageId: `lin-${rest.number}`,
            parentPointId,
            ordinal: i + 1,
          });
          for (const c of cs) commitments.push({ ...c, versionId: v.id, pointId: rest.id });
          walk(children, rest.id as string);
        });
      walk(tree, null);
      const logIndex = record('version.created', { ...vBody, points, commitments });
      const summary = { ...vBody, planId: planRow.id, logIndex };
      summaries.push(summary);
      versions.set(v.id as string, {
        ...summary,
        points: points.map((x) => ({ ...x, logIndex })),
        commitments: commitments.map((x) => ({ ...x, logIndex })),
      });
    }
    plans.set(planRow.id as string, { ...planRow, versions: summaries });
    planRows.push(planRow);
  }
  processes.set(proc.id as string, { ...proc, parties: partyRows, plans: planRows });
}
const checkpoint = signNote(
  formatCheckpoint({ origin, size: tree.size, rootHash: tree.root() }),
  key.signerKey,
);

const notFound = (what: string) => ({
  status: 404,
  body: {
    type: 'https://concord.dev/problems/not-found',
    title: `${what} not found`,
    status: 404,
    detail: `No ${what.toLowerCase()} with that id`,
  },
});

function api(path: string, query: URLSearchParams): { status: number; body: unknown } {
  const [, , resource, id] = path.split('/');
  const one = (m: Map<string, Json>, what: string) =>
    id && m.has(id) ? { status: 200, body: m.get(id) } : notFound(what);
  if (path === '/api/processes')
    return { status: 200, body: { items: [...processes.values()].map(({ parties, plans, ...p }) => p) } };
  if (resource === 'processes') return one(processes, 'Process');
  if (resource === 'plans') return one(plans, 'Plan');
  if (resource === 'versions') return one(versions, 'Version');
  if (path === '/api/log/checkpoint')
    return {
      status: 200,
      body: { checkpoint, size: tree.size, rootHash: toBase64(tree.root()), verifierKey: key.verifierKey },
    };
  const entry = /^\/api\/log\/entries\/(\d+)$/.exec(path);
  if (entry)
    return entries[Number(entry[1])] ? { status: 200, body: entries[Number(entry[1])] } : notFound('Entry');
  if (path === '/api/log/proofs/inclusion') {
    const index = Number(query.get('index'));
    const size = Number(query.get('size'));
    if (!(index < size && size <= tree.size))
      return {
        status: 400,
        body: {
          type: 'https://concord.dev/problems/validation',
          title: 'Invalid proof request',
          status: 400,
          detail: 'index must be below size, size at most the log size',
        },
      };
    return {
      status: 200,
      body: {
        index,
        size,
        leafHash: entries[index]?.leafHash,
        proof: tree.inclusionProof(index, size).map(toBase64),
      },
    };
  }
  return {
    status: 404,
    body: { type: 'https://concord.dev/problems/not-found', title: 'No such API route', status: 404 },
  };
}

const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };
createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname.startsWith('/api/')) {
    const { status, body } = api(url.pathname, url.searchParams);
    res.writeHead(status, {
      'content-type': status === 200 ? 'application/json' : 'application/problem+json',
    });
    res.end(JSON.stringify(body));
    return;
  }
  const file = url.pathname.startsWith('/assets/') ? join(dist, url.pathname) : join(dist, 'index.html');
  try {
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(Number(process.argv[2] ?? 4180), '127.0.0.1', () =>
  console.log(`mock on http://127.0.0.1:${process.argv[2] ?? 4180}`),
);
