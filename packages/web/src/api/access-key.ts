// The access key the reader signed in with. It lives in sessionStorage (gone when the tab closes, never sent to
// another origin) and is read on every API call; subscribers re-render when it changes so every page re-fetches
// with the new identity.
import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'concord:access-key';
const CHANGED = 'concord:access-key-changed';

/** The shape of a Concord key (`ck_` + 43 base64url characters): anything else is refused before a request. */
export const ACCESS_KEY_PATTERN = /^ck_[A-Za-z0-9_-]{43}$/;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Storage can be disabled (privacy settings): the reader simply stays anonymous.
    return null;
  }
}

export function readAccessKey(): string | null {
  const key = storage()?.getItem(STORAGE_KEY) ?? null;
  return key !== null && ACCESS_KEY_PATTERN.test(key) ? key : null;
}

export function storeAccessKey(key: string | null): void {
  const s = storage();
  if (s === null) return;
  if (key === null) s.removeItem(STORAGE_KEY);
  else s.setItem(STORAGE_KEY, key);
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(CHANGED));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener('storage', onChange);
  };
}

/** The stored key, re-rendering when the reader signs in or out. */
export function useAccessKey(): string | null {
  return useSyncExternalStore(subscribe, readAccessKey, () => null);
}

/** The Authorization header for a key (none for the anonymous reader). */
export function authorizationHeader(key: string | null): Record<string, string> {
  return key === null ? {} : { authorization: `Bearer ${key}` };
}
