// The log's key this browser first saw, remembered per log name (its checkpoint origin) in the browser's storage,
// and the check of the key in use against it (@concord/ledger/verify's checkPinnedKey).
import { type Check, checkPinnedKey, describeKey, type PinnedKey } from '@concord/ledger/verify';
import { useEffect, useMemo } from 'react';

type Storage = { getItem(key: string): string | null; setItem(key: string, value: string): void };

const storageKey = (logName: string) => `concord:log-key:${logName}`;

export function readPinnedKey(storage: Storage, logName: string): PinnedKey | null {
  try {
    const raw = storage.getItem(storageKey(logName));
    if (raw === null) return null;
    const v: unknown = JSON.parse(raw);
    if (typeof v !== 'object' || v === null) return null;
    const { verifierKey, since } = v as Record<string, unknown>;
    if (typeof verifierKey !== 'string' || verifierKey.length === 0) return null;
    return { verifierKey, since: typeof since === 'string' ? since : '' };
  } catch {
    return null;
  }
}

export function pinKey(storage: Storage, logName: string, verifierKey: string, now: string): void {
  try {
    storage.setItem(storageKey(logName), JSON.stringify({ verifierKey, since: now }));
  } catch {
    // Storage disabled: the next visit is a first one again.
  }
}

const browserStorage = () => (typeof localStorage === 'undefined' ? null : localStorage);

/**
 * The key check for a page: the key in use against the one remembered for the log. The key the server announces
 * is remembered once its signature verified, on a first visit only; a key pasted by the reader never is.
 */
export function useKeyPin(verifierKey: string, announced: boolean, signatureOk: boolean): Check {
  const logName = describeKey(verifierKey).name;
  const pinned = useMemo(() => {
    const storage = browserStorage();
    return storage ? readPinnedKey(storage, logName) : null;
  }, [logName]);
  useEffect(() => {
    const storage = browserStorage();
    if (storage && pinned === null && announced && signatureOk)
      pinKey(storage, logName, verifierKey, new Date().toISOString().slice(0, 10));
  }, [logName, pinned, announced, signatureOk, verifierKey]);
  return checkPinnedKey(pinned, verifierKey);
}
