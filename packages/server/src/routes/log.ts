// The verifiable log over HTTP: the latest signed checkpoint, entries with their salts, and proofs that a
// client checks with `@concord/ledger` against the checkpoint (nothing here asks to be trusted).
import { ConcordEvent } from '@concord/core';
import { toBase64 } from '@concord/ledger';
import { createRoute, z } from '@hono/zod-openapi';
import { mustExist } from '../commands/lookups.ts';
import { pageSize } from '../http/paginate.ts';
import { principalOf } from '../http/principal.ts';
import { idParam, jsonAnswer, problemResponses, QueryInt } from '../http/schemas.ts';
import { presentCheckpoint, presentProof } from '../presenters/log.ts';
import { presentLogEntries } from '../presenters/log-entries.ts';
import { notFound, outOfRange } from '../problems.ts';
import { newRouter, type RouteDeps, readerOf } from './router.ts';
import { withCosignatures } from './witnesses.ts';

const tags = ['log'];
// 1.3 to 2 kB an entry: a full page is 130 to 200 kB (1,000 made 1.3 MB answers that slowed every other route).
const MAX_ENTRIES = 100;
const Base64 = z.string().meta({ description: 'standard base64' });

const CheckpointSchema = z
  .object({
    checkpoint: z.string().meta({
      description:
        'C2SP tlog-checkpoint in a signed note, with the cosignature lines of registered witnesses that cosigned this size',
    }),
    size: z.number().int(),
    rootHash: Base64,
    verifierKey: z.string().meta({ description: 'note verifier key <origin>+<keyid>+<base64>' }),
  })
  .meta({ id: 'Checkpoint' });

const LogEntrySchema = z
  .object({
    index: z.number().int(),
    confidential: z.boolean().meta({
      description:
        'true when the event is not shared with the caller: only the index, leaf hash and time are given',
    }),
    eventId: z.string().nullable(),
    type: z.string().nullable(),
    event: ConcordEvent.nullable(),
    canonical: z.string().nullable().meta({ description: 'the RFC 8785 text that was hashed' }),
    salt: Base64.nullable(),
    leafHash: Base64,
    committedAt: z.string(),
    summary: z.string().nullable().meta({
      description:
        'who did what to which object of which process, in words; names only what the caller may read (null when confidential)',
    }),
  })
  .meta({ id: 'LogEntry' });

const checkpoint = createRoute({
  method: 'get',
  path: '/api/log/checkpoint',
  tags,
  summary: 'The latest signed checkpoint and the key that verifies it',
  responses: { 200: jsonAnswer(CheckpointSchema, 'The latest checkpoint'), ...problemResponses },
});

const entries = createRoute({
  method: 'get',
  path: '/api/log/entries',
  tags,
  summary: `Log entries from an index (at most ${MAX_ENTRIES}; a larger limit is cut)`,
  request: { query: z.object({ from: QueryInt.optional(), limit: QueryInt.optional() }) },
  responses: {
    200: jsonAnswer(
      z.object({
        items: z.array(LogEntrySchema),
        next: z
          .number()
          .int()
          .nullable()
          .meta({ description: 'the `from` of the following page; null when the page reaches the end' }),
      }),
      'Entries',
    ),
    ...problemResponses,
  },
});

const entry = createRoute({
  method: 'get',
  path: '/api/log/entries/{index}',
  tags,
  summary: 'One log entry',
  request: { params: z.object({ index: QueryInt }) },
  responses: { 200: jsonAnswer(LogEntrySchema, 'The entry'), ...problemResponses },
});

const inclusion = createRoute({
  method: 'get',
  path: '/api/log/proofs/inclusion',
  tags,
  summary: 'RFC 9162 inclusion proof of an entry in the tree of a size (default: the current size)',
  request: { query: z.object({ index: QueryInt, size: QueryInt.optional() }) },
  responses: {
    200: jsonAnswer(
      z.object({ index: z.number().int(), size: z.number().int(), leafHash: Base64, proof: z.array(Base64) }),
      'The proof',
    ),
    ...problemResponses,
  },
});

const consistency = createRoute({
  method: 'get',
  path: '/api/log/proofs/consistency',
  tags,
  summary: 'RFC 9162 consistency proof between two tree sizes',
  request: { query: z.object({ from: QueryInt, to: QueryInt }) },
  responses: {
    200: jsonAnswer(
      z.object({ from: z.number().int(), to: z.number().int(), proof: z.array(Base64) }),
      'The proof',
    ),
    ...problemResponses,
  },
});

// One below the store's page (1,000), so asking for one more tells whether there were more; beyond it the answer
// says it is incomplete, and a verifier says what it did not cover.
const MAX_ABOUT = 999;

const versionEntries = createRoute({
  method: 'get',
  path: '/api/versions/{versionId}/entries',
  tags,
  summary:
    'Every log entry about a version (its creation, each change to it, its points and commitments), in log order',
  request: { params: idParam('versionId') },
  responses: {
    200: jsonAnswer(
      z.object({
        versionId: z.string(),
        items: z.array(LogEntrySchema),
        complete: z.boolean().meta({ description: `false when the version has more than ${MAX_ABOUT}` }),
      }),
      'The entries, each as GET /api/log/entries/{index} gives it to the caller',
    ),
    ...problemResponses,
  },
});

export function logRoutes(deps: RouteDeps) {
  const { store } = deps;
  return newRouter()
    .openapi(checkpoint, async (c) =>
      c.json(
        presentCheckpoint(
          await withCosignatures(store, await store.log.latestCheckpoint()),
          store.log.verifierKey,
        ),
        200,
      ),
    )
    .openapi(entries, async (c) => {
      const { from = 0, limit: asked } = c.req.valid('query');
      const limit = pageSize(asked, MAX_ENTRIES);
      const [items, size] = await Promise.all([store.log.entries(from, limit), store.log.size()]);
      const principal = principalOf(c);
      const end = from + items.length;
      const next = items.length === limit && end < size ? end : null;
      const presented = await presentLogEntries(items, principal, readerOf(c, deps));
      return c.json({ items: presented, next }, 200);
    })
    .openapi(entry, async (c) => {
      const { index } = c.req.valid('param');
      const found = await store.log.entry(index);
      if (found === null) throw notFound('log entry', String(index));
      const [presented] = await presentLogEntries([found], principalOf(c), readerOf(c, deps));
      return c.json(presented, 200);
    })
    .openapi(versionEntries, async (c) => {
      const { versionId } = c.req.valid('param');
      // Which entries are about an object is itself something only its readers may learn: 404 as for the version.
      await mustExist('version', versionId, (id) => readerOf(c, deps).versions.get(id));
      const found = await store.log.about(versionId, MAX_ABOUT + 1);
      const principal = principalOf(c);
      const items = await presentLogEntries(found.slice(0, MAX_ABOUT), principal, readerOf(c, deps));
      return c.json({ versionId, items, complete: found.length <= MAX_ABOUT }, 200);
    })
    .openapi(inclusion, async (c) => {
      const query = c.req.valid('query');
      const logSize = await store.log.size();
      const size = query.size ?? logSize;
      if (size > logSize) throw outOfRange(`size ${size} exceeds the log size ${logSize}`, 'query.size');
      if (query.index >= size)
        throw outOfRange(`index ${query.index} is not below size ${size}`, 'query.index');
      const [found, proof] = await Promise.all([
        store.log.entry(query.index),
        store.log.inclusionProof(query.index, size),
      ]);
      if (found === null) throw notFound('log entry', String(query.index));
      return c.json(
        { index: query.index, size, leafHash: toBase64(found.leafHash), proof: presentProof(proof) },
        200,
      );
    })
    .openapi(consistency, async (c) => {
      const { from, to } = c.req.valid('query');
      const logSize = await store.log.size();
      if (to > logSize) throw outOfRange(`to ${to} exceeds the log size ${logSize}`, 'query.to');
      if (from > to) throw outOfRange(`from ${from} is greater than to ${to}`, 'query.from');
      return c.json({ from, to, proof: presentProof(await store.log.consistencyProof(from, to)) }, 200);
    });
}
