// Limits sign-in attempts, per account and per client address, in memory (one server process; several processes
// behind one database each keep their own counts, which multiplies the budget by the number of processes).
//
// Policy: a fixed window per key. The first attempt opens a window (15 minutes by default); once the window holds
// `maxAttempts` counted attempts (5 per account, 20 per address), further attempts are refused until it closes,
// and the answer says how many seconds remain. A fixed window was chosen over an exponential lock-out because a
// person locked out can be told exactly when to try again, and because the worst case is easy to state: 5
// password guesses per account per 15 minutes is 480 a day, against passwords of 10 characters and more.
//
// Every attempt is counted when it starts, not when it fails: a password check takes ~80 ms, and counting only
// failures would let a burst of parallel requests all pass the check before the first failure is recorded.
// A success then takes its attempt back on the address and clears the account's window (a person who finally
// remembers the password is not held by earlier typos). It does not clear the address: one valid account must
// not reset the budget an attacker spends guessing others from the same address.
//
// Unknown accounts are counted like known ones, so the limiter's answers do not reveal which handles exist.
// Addresses: IPv4 as is (an IPv4-mapped IPv6 address is its IPv4 address), IPv6 by its /64 prefix (one
// customer's allocation). Pass the socket's address, never X-Forwarded-For unless a trusted proxy sets it: a
// header the client writes would let it pick a fresh bucket per request.
//
// Memory is bounded: each map keeps at most `maxKeys` keys. Windows have one length per map and a key is moved to
// the end when it opens a new window, so the map's order is expiry order: expired keys are dropped from the
// front on every call, and when the map is still full the key closest to expiry is dropped to make room.
import { isIPv4, isIPv6 } from 'node:net';

export type LimitRule = { maxAttempts: number; windowSeconds: number };

export const SIGN_IN_LIMITS = {
  account: { maxAttempts: 5, windowSeconds: 15 * 60 },
  address: { maxAttempts: 20, windowSeconds: 15 * 60 },
  maxKeys: 10_000,
} as const;

export type LimitKeys = {
  /** The handle (or e-mail) that was typed; null or absent for usernameless (passkey) sign-in. */
  account?: string | null;
  /** The client's address as the socket reports it. */
  address: string;
};

export type Attempt =
  | { allowed: true /** Call when the credentials were right. */; succeeded: () => void }
  | { allowed: false; retryAfterSeconds: number };

export type LimitStatus = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type SignInLimiter = {
  /** Counts an attempt and says whether it may proceed; refused attempts are not counted. */
  attempt(keys: LimitKeys): Attempt;
  /** What `attempt` would answer, without counting anything. */
  status(keys: LimitKeys): LimitStatus;
};

type Window = { count: number; endsAt: number };

type Counter = {
  /** ms until the key's window closes when it is full, else 0. */
  blockedFor(key: string): number;
  /** Counts one attempt; returns the window it was counted in. */
  count(key: string): Window;
  /** Takes one attempt back, if `window` is still the key's current one. */
  uncount(key: string, window: Window): void;
  clear(key: string): void;
  readonly size: number;
};

function counter(rule: LimitRule, maxKeys: number, now: () => number): Counter {
  const windows = new Map<string, Window>();
  const windowMs = rule.windowSeconds * 1000;
  const sweep = (t: number) => {
    for (const [key, w] of windows) {
      if (w.endsAt > t) break;
      windows.delete(key);
    }
  };
  const current = (key: string, t: number) => {
    sweep(t);
    const w = windows.get(key);
    return w && w.endsAt > t ? w : undefined;
  };
  return {
    blockedFor(key) {
      const t = now();
      const w = current(key, t);
      return w && w.count >= rule.maxAttempts ? w.endsAt - t : 0;
    },
    count(key) {
      const t = now();
      const existing = current(key, t);
      if (existing) {
        existing.count += 1;
        return existing;
      }
      windows.delete(key);
      while (windows.size >= maxKeys) {
        const oldest = windows.keys().next().value as string;
        windows.delete(oldest);
      }
      const w = { count: 1, endsAt: t + windowMs };
      windows.set(key, w);
      return w;
    },
    uncount(key, window) {
      if (windows.get(key) === window && window.count > 0) window.count -= 1;
    },
    clear(key) {
      windows.delete(key);
    },
    get size() {
      return windows.size;
    },
  };
}

/** The limiter's key for an address: IPv4 as is, IPv6 by its /64; anything else as given (bounded). */
export function addressKey(address: string): string {
  const a =
    address
      .trim()
      .toLowerCase()
      .replace(/^\[|\]$/g, '')
      .split('%')[0] ?? '';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
  if (mapped && isIPv4(mapped[1] as string)) return mapped[1] as string;
  if (isIPv4(a)) return a;
  if (isIPv6(a)) return `${ipv6Groups(a).slice(0, 4).join(':')}::/64`;
  return `other:${a.slice(0, 64)}`;
}

// The eight 16-bit groups of a valid IPv6 address, without leading zeros ('::' expanded, an IPv4 tail converted).
function ipv6Groups(address: string): string[] {
  let text = address;
  const v4 = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (v4) {
    const [a, b, c, d] = (v4[1] as string).split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -(v4[1] as string).length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const h = head === '' ? [] : head.split(':');
  const t = tail === undefined || tail === '' ? [] : tail.split(':');
  const fill = tail === undefined ? [] : Array<string>(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((g) => Number.parseInt(g, 16).toString(16));
}

/** Handles are case-insensitive; bounded so a megabyte of "handle" is not kept as a key. */
function accountKey(account: string): string {
  return account.trim().toLowerCase().slice(0, 256);
}

export function createSignInLimiter(
  options: {
    now?: () => number;
    account?: LimitRule;
    address?: LimitRule;
    /** Keys kept per map (accounts, addresses). */
    maxKeys?: number;
  } = {},
): SignInLimiter & { readonly sizes: { accounts: number; addresses: number } } {
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? SIGN_IN_LIMITS.maxKeys;
  const accounts = counter(options.account ?? SIGN_IN_LIMITS.account, maxKeys, now);
  const addresses = counter(options.address ?? SIGN_IN_LIMITS.address, maxKeys, now);
  const keysOf = (keys: LimitKeys) => ({
    account: typeof keys.account === 'string' && keys.account.trim() !== '' ? accountKey(keys.account) : null,
    address: addressKey(String(keys.address ?? '')),
  });
  const status = (k: { account: string | null; address: string }): LimitStatus => {
    const waitMs = Math.max(
      k.account === null ? 0 : accounts.blockedFor(k.account),
      addresses.blockedFor(k.address),
    );
    return waitMs > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) } : { allowed: true };
  };
  return {
    status: (keys) => status(keysOf(keys)),
    attempt(keys) {
      const k = keysOf(keys);
      const answer = status(k);
      if (!answer.allowed) return answer;
      if (k.account !== null) accounts.count(k.account);
      const addressWindow = addresses.count(k.address);
      let settled = false;
      return {
        allowed: true,
        succeeded: () => {
          if (settled) return;
          settled = true;
          if (k.account !== null) accounts.clear(k.account);
          addresses.uncount(k.address, addressWindow);
        },
      };
    },
    get sizes() {
      return { accounts: accounts.size, addresses: addresses.size };
    },
  };
}
