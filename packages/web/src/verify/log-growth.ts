// The browser as a small witness: it remembers the last checkpoint it verified for a log key and, on the next
// visit, asks for a consistency proof from that size to the new one (checked by @concord/ledger/verify's
// checkGrowth). This file is only the remembering, in the browser's storage.
import { fromBase64, type RememberedCheckpoint, toBase64 } from '@concord/ledger/verify';

export type { RememberedCheckpoint } from '@concord/ledger/verify';

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
