// Parsing and checking of the options shared by several commands. Input from the command line is untrusted:
// each parser refuses anything malformed with a message that names what was expected.

import { resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { CliError } from './errors.ts';

export const defaultDataDir = './.concord';
export const defaultPort = 4000;

/** A TCP port: an integer 0–65535 (0 lets the system pick a free port). */
export function parsePort(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
    throw new InvalidArgumentError('expected a port number from 0 to 65535.');
  }
  return Number(value);
}

/** The port to listen on when --port is absent: $PORT if set, otherwise 4000. */
export function portFromEnv(env: NodeJS.ProcessEnv): number {
  const value = env.PORT;
  if (value === undefined || value === '') return defaultPort;
  try {
    return parsePort(value);
  } catch {
    throw new CliError(`PORT environment variable "${value}" is not a port number from 0 to 65535`);
  }
}

/** A host name or IP address to bind; refuses spaces, URLs and other shapes that cannot be a host. */
export function parseHost(value: string): string {
  if (!/^[A-Za-z0-9.:-]{1,253}$/.test(value)) {
    throw new InvalidArgumentError('expected a host name or IP address, e.g. 127.0.0.1 or 0.0.0.0.');
  }
  return value;
}

/** A PostgreSQL connection URL (postgres:// or postgresql://). */
export function parseDatabaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('expected a URL such as postgres://user@127.0.0.1:5432/concord.');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new InvalidArgumentError('expected a postgres:// or postgresql:// URL.');
  }
  return value;
}

export type StoreTarget = { dataDir: string; databaseUrl?: string };

type StoreFlags = { dataDir?: string; databaseUrl?: string };

/**
 * Where the store lives. --database-url means PostgreSQL; so does DATABASE_URL, unless --data-dir is given
 * explicitly (an explicit flag beats an ambient variable). Otherwise PGlite in the data dir. The data dir is
 * always passed because it also holds the log signing key.
 */
export function resolveStoreTarget(flags: StoreFlags, env: NodeJS.ProcessEnv): StoreTarget {
  const dataDir = resolve(flags.dataDir ?? defaultDataDir);
  if (flags.databaseUrl !== undefined) return { dataDir, databaseUrl: flags.databaseUrl };
  const fromEnv = env.DATABASE_URL;
  if (fromEnv !== undefined && fromEnv !== '' && flags.dataDir === undefined) {
    try {
      return { dataDir, databaseUrl: parseDatabaseUrl(fromEnv) };
    } catch {
      throw new CliError('DATABASE_URL environment variable is not a postgres:// or postgresql:// URL');
    }
  }
  return { dataDir };
}

/** Names the store for messages without printing a password that may sit in the URL. */
export function describeStoreTarget(target: StoreTarget): string {
  if (target.databaseUrl === undefined) return target.dataDir;
  const url = new URL(target.databaseUrl);
  if (url.password) url.password = '***';
  return url.toString();
}

/**
 * The origin people reach the site at (behind a proxy: its https URL), as `scheme://host[:port]`: sign-in links
 * point there and browser writes must come from it. A path, query, fragment or user name is refused.
 */
export function parseOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('expected an origin such as https://concord.example.org.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InvalidArgumentError('expected an http:// or https:// origin.');
  if (
    url.username !== '' ||
    url.password !== '' ||
    url.pathname !== '/' ||
    url.search !== '' ||
    url.hash !== ''
  )
    throw new InvalidArgumentError(
      'expected an origin only (scheme, host and port), without a path or query.',
    );
  return url.origin;
}

/** A whole number of hours from 1 to 720 (30 days): how long a sign-in link works. */
export function parseHours(value: string): number {
  if (!/^\d{1,3}$/.test(value) || Number(value) < 1 || Number(value) > 720)
    throw new InvalidArgumentError('expected a whole number of hours from 1 to 720.');
  return Number(value);
}

const RATE_KINDS = ['read', 'write', 'signIn', 'analysis'] as const;
export type RateLimitFlags = Partial<
  Record<(typeof RATE_KINDS)[number], { perSecond: number; burst: number }>
>;

/**
 * `--rate-limits '{"write":{"perSecond":200,"burst":2000}}'`: the request rates allowed per address and per
 * principal, for the kinds named (the others keep their defaults). Behind a proxy every request comes from its
 * address, and a load test comes from one: both need higher limits than a server facing the internet.
 */
export function parseRateLimits(value: string): RateLimitFlags {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new InvalidArgumentError('expected JSON, e.g. {"write":{"perSecond":200,"burst":2000}}.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new InvalidArgumentError('expected a JSON object keyed by read, write, signIn or analysis.');
  const out: RateLimitFlags = {};
  for (const [kind, rate] of Object.entries(parsed)) {
    if (!(RATE_KINDS as readonly string[]).includes(kind))
      throw new InvalidArgumentError(`unknown kind "${kind}": expected read, write, signIn or analysis.`);
    const { perSecond, burst, ...rest } = (rate ?? {}) as Record<string, unknown>;
    const positive = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= 1e9;
    if (Object.keys(rest).length > 0 || !positive(perSecond) || !positive(burst) || !Number.isInteger(burst))
      throw new InvalidArgumentError(
        `${kind}: expected {"perSecond": a number above 0, "burst": a whole number above 0} (at most 1e9 each).`,
      );
    out[kind as (typeof RATE_KINDS)[number]] = { perSecond: perSecond as number, burst: burst as number };
  }
  return out;
}
