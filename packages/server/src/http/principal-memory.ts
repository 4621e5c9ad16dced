// Resolved credentials remembered between requests, so a signed-in read does not look up its session or token,
// its account and its memberships every time. A remembered principal is used only while the state it was resolved
// in holds — the log's size (memberships are in the log) and the store's count of changes that end or change a
// credential beside the log (a revoked token, an ended session, a disabled account) — and until its session could
// have idled out.
// Safe only where this process sees every such change: on PGlite, which one process holds.
import type { Principal } from '@concord/core';

const MAX_REMEMBERED = 10_000;

type Remembered = { principal: Principal; state: string; until: number };

export type PrincipalMemory = {
  /** False where credentials are not remembered (then nothing else is asked). */
  enabled: () => boolean;
  state: () => Promise<string>;
  recall(credential: string, now: number): Promise<Principal | undefined>;
  keep(credential: string, principal: Principal, state: string, until: number): void;
};

/** `applies` is asked at the first credential (not before: a store is not touched until a request needs it). */
export function principalMemory(state: () => Promise<string>, applies: () => boolean): PrincipalMemory {
  const remembered = new Map<string, Remembered>();
  let on: boolean | undefined;
  const enabled = () => {
    on ??= applies();
    return on;
  };
  return {
    enabled,
    state,
    async recall(credential, now) {
      if (!enabled()) return undefined;
      const found = remembered.get(credential);
      if (found === undefined) return undefined;
      if (found.until <= now || found.state !== (await state())) {
        remembered.delete(credential);
        return undefined;
      }
      return found.principal;
    },
    keep(credential, principal, at, until) {
      if (!enabled()) return;
      if (remembered.size >= MAX_REMEMBERED) remembered.clear();
      remembered.set(credential, { principal, state: at, until });
    },
  };
}
