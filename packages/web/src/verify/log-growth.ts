// The browser as a small witness: it remembers the last checkpoint it verified for a log key and, on the next
// visit, asks for a consistency proof from that size to the new one. A log that rewrote or cut its history
// cannot produce one (RFC 9162 §2.1.4), so a reader learns of it without trusting the server.
import { fromBase64, toBase64, verifyConsistency } from '@concord/ledger';
import type { Check } from './verify-entry.ts';

export type RememberedCheckpoint = { size: number; rootHash: string; seenAt: string };
type Storage = { getItem(key: string): string | null; setItem(key: string, value: string): void };

const storageKey = (verifierKey: string) => `concord:checkpoint:${verifierKey}`;

/** The checkpoint remembered for this key, or null when there is none or what is stored is not one. */
export function readRemembered(storage: Storage, verifierKey: string): RememberedCheckpoint | null {
  try {
    const raw = storage.getItem(storageKey(verifierKey));
    if (raw === null) return null;
    const v: unknown = JSON.parse(raw);
    if (typeof v !== 'object' || v === null) return null;
    const { size, rootHash, seenAt } = v as Record<string, unknown>;
    if (!Number.isSafeInteger(size) || (size as number) < 0 || typeof rootHash !== 'string') return null;
    if (fromBase64(rootHash).length !== 32) return null;
    return { size: size as number, rootHash, seenAt: typeof seenAt === 'string' ? seenAt : '' };
  } catch {
    // Storage disabled (private mode) or garbage in it: behave as on a first visit.
    return null;
  }
}

export function remember(
  storage: Storage,
  verifierKey: string,
  checkpoint: { size: number; rootHash: Uint8Array },
  now: string,
): void {
  try {
    const value: RememberedCheckpoint = {
      size: checkpoint.size,
      rootHash: toBase64(checkpoint.rootHash),
      seenAt: now,
    };
    storage.setItem(storageKey(verifierKey), JSON.stringify(value));
  } catch {
    // Nothing to do: the check simply cannot be made next time.
  }
}

/** Whether the signed tree now extends the one remembered; `proof` is the server's consistency proof. */
export function checkGrowth(
  previous: RememberedCheckpoint,
  current: { size: number; rootHash: Uint8Array },
  proof: string[],
): Check {
  const title = 'The log has only grown since you last checked it';
  const span = `from size ${previous.size}${previous.seenAt ? ` (seen ${previous.seenAt.slice(0, 16).replace('T', ' ')} UTC)` : ''} to ${current.size}`;
  if (previous.size > current.size) {
    const detail = `The log is smaller than when you last checked it (${previous.size} entries, now ${current.size}): entries were removed.`;
    return { id: 'growth', title, ok: false, detail };
  }
  try {
    verifyConsistency({
      size1: previous.size,
      size2: current.size,
      proof: proof.map((h) => fromBase64(h)),
      root1: fromBase64(previous.rootHash),
      root2: current.rootHash,
    });
    const detail =
      previous.size === current.size
        ? `Same size (${current.size}) and the same root as when you last checked it: nothing was rewritten.`
        : `A consistency proof (RFC 9162) ${span} shows the earlier tree is a prefix of this one: nothing was rewritten.`;
    return { id: 'growth', title, ok: true, detail };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      id: 'growth',
      title,
      ok: false,
      detail: `No valid consistency proof ${span}: the history you saw earlier was rewritten (${reason}).`,
    };
  }
}
