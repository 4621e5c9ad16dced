// Request rates per address and per principal, as token buckets in memory: each key may spend `burst` requests
// at once and earns `perSecond` back. Reads, writes, sign-in and analysis have separate buckets, so a flood of
// one kind cannot use up another's (a reader scraping the log does not stop a mediator's write). The address
// is checked before authentication, so an anonymous flood costs no session lookup; the principal after it, so
// one account cannot spread its requests over many addresses. A refusal is a 429 problem with Retry-After.
//
// The defaults are far above what a person clicking through the web app does (the browser tests and the
// in-process test suites, which share one address, never reach them) and are meant to be tightened by operators
// who know their traffic: `createApp({ rateLimits })`.
import type { Context, MiddlewareHandler } from 'hono';
import { clientAddress } from '../auth/client-address.ts';
import { ProblemError } from '../problems.ts';
import { principalOf } from './principal.ts';

export type Rate = { perSecond: number; burst: number };
export type RequestKind = 'read' | 'write' | 'signIn' | 'analysis';
export type RateLimits = Record<RequestKind, Rate>;

export const DEFAULT_RATE_LIMITS: RateLimits = {
  read: { perSecond: 50, burst: 1000 },
  write: { perSecond: 20, burst: 400 },
  signIn: { perSecond: 2, burst: 120 },
  analysis: { perSecond: 5, burst: 100 },
};

// Beyond this many keys, buckets that have filled up again are forgotten (they hold nothing a new one would not).
const MAX_KEYS = 10_000;

type Bucket = { tokens: number; at: number; rate: Rate };

/** Token buckets by key; `take` answers 0 when the request may go, else the seconds until it may. */
export function tokenBuckets(now: () => number = Date.now) {
  const buckets = new Map<string, Bucket>();
  const refill = (bucket: Bucket, rate: Rate, t: number) =>
    Math.min(rate.burst, bucket.tokens + ((t - bucket.at) / 1000) * rate.perSecond);
  return {
    take(key: string, rate: Rate): number {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: rate.burst, at: t, rate };
      const tokens = refill(bucket, rate, t);
      if (tokens < 1) return (1 - tokens) / rate.perSecond;
      if (!buckets.has(key) && buckets.size >= MAX_KEYS) forgetFull(t);
      buckets.set(key, { tokens: tokens - 1, at: t, rate });
      return 0;
    },
    get size() {
      return buckets.size;
    },
  };

  function forgetFull(t: number) {
    for (const [key, bucket] of buckets)
      if (refill(bucket, bucket.rate, t) >= bucket.rate.burst) buckets.delete(key);
  }
}

/** Which bucket a request spends from. */
export function requestKind(method: string, path: string): RequestKind {
  if (path.startsWith('/api/auth/') && method !== 'GET') return 'signIn';
  if (/^\/api\/versions\/[^/]+\/(analysis|domain|acceptability)(\/|$)/.test(path)) return 'analysis';
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS' ? 'read' : 'write';
}

export type Limiter = {
  byAddress: MiddlewareHandler;
  byPrincipal: MiddlewareHandler;
  /** Takes a token from the request's address bucket without refusing: false when it is empty. */
  admitsAddress: (c: Context) => boolean;
};

/** The two middlewares, sharing one set of buckets. */
export function rateLimiter(limits: RateLimits = DEFAULT_RATE_LIMITS, now: () => number = Date.now): Limiter {
  const buckets = tokenBuckets(now);
  const check = (scope: 'address' | 'principal', keyOf: (c: Context) => string | null): MiddlewareHandler =>
    async function limitRate(c, next) {
      const key = keyOf(c);
      if (key !== null) {
        const kind = requestKind(c.req.method, c.req.path);
        const wait = buckets.take(`${kind} ${scope} ${key}`, limits[kind]);
        if (wait > 0) throw rateLimited(kind, scope, wait);
      }
      await next();
    };
  return {
    admitsAddress(c) {
      const key = clientAddress(c);
      const kind = requestKind(c.req.method, c.req.path);
      return buckets.take(`${kind} address ${key}`, limits[kind]) <= 0;
    },
    byAddress: check('address', clientAddress),
    byPrincipal: check('principal', (c) => {
      const principal = principalOf(c);
      if (principal === null) return null;
      return principal.kind === 'operator' ? 'operator' : principal.accountId;
    }),
  };
}

const KIND_WORDS: Record<RequestKind, string> = {
  read: 'reads',
  write: 'writes',
  signIn: 'sign-in requests',
  analysis: 'analyses',
};

export function rateLimited(kind: RequestKind, scope: string, waitSeconds: number): ProblemError {
  const seconds = Math.max(1, Math.ceil(waitSeconds));
  return new ProblemError({
    status: 429,
    slug: 'rate-limited',
    title: 'Too many requests',
    detail: `too many ${KIND_WORDS[kind]} from this ${scope}: try again in ${seconds} seconds`,
    headers: { 'retry-after': String(seconds) },
  });
}
