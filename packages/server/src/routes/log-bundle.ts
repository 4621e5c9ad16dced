// GET /api/log/entries/{index}/bundle: one entry's offline proof as a C2SP tlog-proof file, checked later with
// `concord verify` and no network. It holds what the entry's answer holds for the caller (a confidential entry:
// its leaf hash only, no event and no salt), the inclusion proof in a signed checkpoint (witnessed if one covers
// the entry), and the note verbatim with its cosignatures. Nothing in it asks to be trusted: the verifier
// re-derives the leaf and checks every signature line.
import type { Store } from '@concord/db';
import { encodeProofBundle } from '@concord/ledger/verify';
import { createRoute, z } from '@hono/zod-openapi';
import { principalOf } from '../http/principal.ts';
import { problemResponses, QueryInt } from '../http/schemas.ts';
import { presentProof } from '../presenters/log.ts';
import { presentLogEntries } from '../presenters/log-entries.ts';
import { notFound } from '../problems.ts';
import { newRouter, type RouteDeps, readerOf } from './router.ts';

export const BUNDLE_TYPE = 'text/plain; charset=utf-8';

const bundle = createRoute({
  method: 'get',
  path: '/api/log/entries/{index}/bundle',
  tags: ['log'],
  summary: 'An entry’s offline proof bundle (C2SP tlog-proof, checked with `concord verify`)',
  description:
    'c2sp.org/tlog-proof@v1: an `extra` line (base64 of canonical JSON: the log key, witness keys, leaf hash, ' +
    'and, when the caller may read the entry, its salt and canonical event), `index N`, the inclusion proof ' +
    'hashes, a blank line, then a signed checkpoint verbatim with its cosignatures: the largest one a registered ' +
    'witness cosigned that covers the entry, else the latest. Served as a file to download.',
  request: { params: z.object({ index: QueryInt }) },
  responses: {
    200: {
      description: 'The bundle, as a .tlog-proof attachment',
      content: { 'text/plain': { schema: z.string() } },
    },
    ...problemResponses,
  },
});

/**
 * The checkpoint a bundle proves against: the largest one a witness cosigned that covers the entry (a reader then
 * needs no trust in this server alone), else the latest; with its cosignature lines and the witnesses' keys.
 */
async function provingCheckpoint(store: Store, index: number) {
  const [latest, witnesses] = await Promise.all([store.log.latestCheckpoint(), store.witnesses.list()]);
  const witnessed = witnesses
    .map((w) => w.witnessed?.size ?? 0)
    .filter((size) => size > index && size <= latest.size);
  const size = witnessed.length === 0 ? latest.size : Math.max(...witnessed);
  const checkpoint = size === latest.size ? latest : ((await store.witnesses.checkpoint(size)) ?? latest);
  const lines = await store.witnesses.cosignatureLines(checkpoint.size);
  const signer = (line: string) => witnesses.find((w) => line.startsWith(`\u2014 ${w.name} `));
  return {
    size: checkpoint.size,
    note: `${checkpoint.note}${lines.map((line) => `${line}\n`).join('')}`,
    witnessKeys: lines.flatMap((line) => signer(line)?.verifierKey ?? []),
  };
}

export function logBundleRoutes(deps: RouteDeps) {
  const { store } = deps;
  return newRouter().openapi(bundle, async (c) => {
    const { index } = c.req.valid('param');
    const checkpoint = await provingCheckpoint(store, index);
    // Only entries a signed checkpoint covers can be proved; anything past it is not (yet) in the log.
    const found = index < checkpoint.size ? await store.log.entry(index) : null;
    if (found === null) throw notFound('log entry', String(index));
    const [[entry], proof] = await Promise.all([
      presentLogEntries([found], principalOf(c), readerOf(c, deps)),
      store.log.inclusionProof(index, checkpoint.size),
    ]);
    if (entry === undefined) throw notFound('log entry', String(index));
    const text = encodeProofBundle({
      index,
      proof: presentProof(proof),
      checkpoint: checkpoint.note,
      verifierKey: store.log.verifierKey,
      witnessKeys: checkpoint.witnessKeys,
      leafHash: entry.leafHash,
      salt: entry.salt,
      event: entry.canonical,
    });
    return c.text(text, 200, {
      'content-type': BUNDLE_TYPE,
      'content-disposition': `attachment; filename="concord-entry-${index}.tlog-proof"`,
    });
  });
}
