// Reads answered from what the log already proves. Every answer of the routes below is a function of the log's
// size and of who asks (the principal's account, its memberships and whether it may open processes, all of which
// the log or the account fixes), so an answer computed once is kept under (size, audience, URL) and served again
// until the log grows; growth is the only invalidation. Each answer carries a strong ETag of the same key, and a
// client that sends it back gets 304 without the route running. Nothing is shared between audiences: the public
// shares one key, each signed-in principal has its own.
//
// Routes whose answers depend on anything else (the clock: deadlines, briefings; tables beside the log: the
// account, sessions, members' names and invitations; the analysis engine) are not listed and never cached.
import { createHmac, randomBytes } from 'node:crypto';
import type { Principal } from '@concord/core';
import type { Store } from '@concord/db';
import type { Context, MiddlewareHandler, Next } from 'hono';
import { carriesSessionCookie } from '../auth/cookies.ts';
import { principalOf } from './principal.ts';
import { DEFAULT_URL_LIMIT } from './url-limit.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** Set by the front of the read cache: this public read is answered (and kept) there. */
    publicReadCached: boolean;
  }
}

// Ids as the routes take them (lowercase UUIDs): anything else goes on to the route, which refuses it.
const ID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const CACHEABLE = [
  '/api/processes',
  `/api/processes/${ID}`,
  `/api/processes/${ID}/councils`,
  `/api/processes/${ID}/transparency`,
  `/api/parties/${ID}`,
  `/api/plans/${ID}`,
  `/api/plans/${ID}/precedent/${ID}`,
  `/api/versions/${ID}`,
  `/api/versions/${ID}/diff/${ID}`,
  `/api/versions/${ID}/entries`,
  `/api/versions/${ID}/positions`,
  `/api/versions/${ID}/deliveries`,
  `/api/points/${ID}`,
  `/api/points/${ID}/positions`,
  `/api/commitments/${ID}`,
  '/api/log/checkpoint',
  '/api/log/entries',
  '/api/log/entries/\\d{1,15}',
  '/api/log/proofs/inclusion',
  '/api/log/proofs/consistency',
].map((p) => new RegExp(`^${p}$`));

export const isCacheableRead = (path: string) => CACHEABLE.some((re) => re.test(path));

export type ReadCacheOptions = {
  /** Most bytes of answers kept (default 64 MiB); an answer over an eighth of it is served but not kept. */
  maxBytes?: number;
};

type Kept = { text: string; headers: Record<string, string> };

export type ReadCache = {
  /**
   * First of all middleware: answers the public (a request with no credential at all) from what is kept, with
   * the headers the full chain gave the first answer, so a kept public answer costs no more than a bare handler.
   * `admits` is the per-address rate limit, asked before a kept answer is given.
   */
  front: (admits: (c: Context) => boolean) => MiddlewareHandler;
  /** After authentication: the same for signed-in principals, keyed by their audience. */
  signedIn: MiddlewareHandler;
};

export function readCache(store: Store, { maxBytes = 64 * 1024 * 1024 }: ReadCacheOptions = {}): ReadCache {
  // ETags are keyed with a secret of this process: a new process (a new release may present answers differently)
  // never matches an older one's tags, and nobody can forge a tag for an answer they were not given.
  const secret = randomBytes(32);
  // Opaque: the state is not readable from a tag (it would tell a reader how often anything changed beside the log).
  const tagOf = (state: string, key: string) =>
    `"${createHmac('sha256', secret).update(`${state}\n${key}`).digest('base64url').slice(0, 27)}"`;
  const kept = new Map<string, Kept>();
  // A witness's registration or cosignature changes the checkpoint and bundle answers without growing the log: the
  // store counts them. Another process's are not seen here (on PostgreSQL with several servers, a checkpoint may
  // lack a newer cosignature until the log grows).
  const stateNow = async () => `${await store.committedSize()}.${store.changesBesideLog().witnesses}`;
  let keptState = '';
  let bytes = 0;

  const forget = (state: string) => {
    if (state === keptState) return;
    kept.clear();
    bytes = 0;
    keptState = state;
  };
  const keep = (key: string, answer: Kept) => {
    const length = answer.text.length * 2;
    if (length > maxBytes / 8) return;
    // Oldest first: a Map iterates in insertion order, and a hit re-inserts its key.
    for (const [oldKey, old] of kept) {
      if (bytes + length <= maxBytes) break;
      kept.delete(oldKey);
      bytes -= old.text.length * 2;
    }
    kept.set(key, answer);
    bytes += length;
  };
  const take = (key: string) => {
    const hit = kept.get(key);
    if (hit !== undefined) {
      kept.delete(key);
      kept.set(key, hit);
    }
    return hit;
  };

  /** The answer for (audience, URL) at the log's present size: kept, 304, or computed by `next` and kept. */
  const answer = async (c: Context, next: Next, audience: string, admits: () => boolean) => {
    const state = await stateNow();
    const url = new URL(c.req.url);
    const key = `${audience}\n${url.pathname}${url.search}`;
    const etag = tagOf(state, key);
    forget(state);
    if (matchesEtag(c.req.header('if-none-match'), etag) && admits()) {
      return c.body(null, 304, { ETag: etag });
    }
    const hit = take(key);
    if (hit !== undefined && admits()) {
      return c.body(hit.text, 200, hit.headers);
    }
    await next();
    if (c.res.status !== 200) return;
    c.header('ETag', etag);
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-cache');
    // The log grew while the route read: its answer may be of the newer log, so it is not kept under this size.
    if ((await stateNow()) !== state) return;
    forget(state);
    keep(key, { text: await c.res.clone().text(), headers: Object.fromEntries(c.res.headers) });
  };

  const cacheable = (c: Context) => c.req.method === 'GET' && isCacheableRead(c.req.path);
  return {
    front: (admits) =>
      async function cachePublicRead(c, next) {
        if (!cacheable(c) || c.req.header('authorization') !== undefined || carriesSessionCookie(c))
          return next();
        // An over-long URL is left to the URL limit further in, which refuses it before anything is read.
        if (c.req.url.length > DEFAULT_URL_LIMIT) return next();
        c.set('publicReadCached', true);
        return answer(c, next, 'public', () => admits(c));
      },
    signedIn: async function cacheSignedInRead(c, next) {
      const principal = principalOf(c);
      if (!cacheable(c) || principal === null || c.get('publicReadCached') === true) return next();
      return answer(c, next, audienceKey(principal), () => true);
    },
  };
}

/** What decides what a principal reads: one key for the public, one per account and set of memberships. */
export function audienceKey(principal: Principal | null): string {
  if (principal === null) return 'public';
  if (principal.kind === 'operator') return 'operator';
  const memberships = principal.memberships.map((m) => m.id).sort();
  return `account:${principal.accountId}:${principal.mayOpenProcesses ? 'opens' : 'reads'}:${memberships.join(',')}`;
}

/** If-None-Match: `*`, or a list of entity tags (weak ones compared weakly, as RFC 9110 says for GET). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
