// Trust on first use for a log's key. A reader (the browser, the CLI) remembers the key it first saw a log signed
// with, by the log's name; later the same log under another key is an alarm, not a "first visit": an operator who
// rewrote the history and signed it with a fresh key would otherwise look like a new log. Concord records no
// rotation of the log's key yet, so any change of key fails this check.
import { type Check, failed } from './check.ts';
import { keyFingerprint, readVerifierKey } from './key.ts';

export type PinnedKey = { verifierKey: string; since: string };

const TITLE = 'The log’s key is the one this reader has known it by';

/** The verifier key's name (the log's origin) and a fingerprint to compare by eye; the raw text if unreadable. */
export function describeKey(verifierKey: string): { name: string; fingerprint: string } {
  try {
    const key = readVerifierKey(verifierKey);
    return { name: key.name, fingerprint: keyFingerprint(key) };
  } catch {
    return { name: verifierKey.split('+')[0] ?? verifierKey, fingerprint: 'unreadable' };
  }
}

export function checkPinnedKey(pinned: PinnedKey | null, verifierKey: string): Check {
  const now = describeKey(verifierKey);
  if (pinned === null)
    return {
      id: 'key',
      title: TITLE,
      ok: true,
      detail: `First check of log ${now.name} here: its key (fingerprint ${now.fingerprint}) is remembered, and the same log under another key later will be an alarm.`,
    };
  const before = describeKey(pinned.verifierKey);
  if (pinned.verifierKey === verifierKey)
    return {
      id: 'key',
      title: TITLE,
      ok: true,
      detail: `Key ${now.fingerprint}, the key this reader has known log ${now.name} by since ${pinned.since || 'an earlier visit'}.`,
    };
  return failed(
    'key',
    TITLE,
    `Alarm: this reader has known log ${before.name} by key ${before.fingerprint} since ${pinned.since || 'an earlier visit'}, and it is now signed with key ${now.fingerprint}. No rotation of the log's key is recorded, so the log was replaced: its history may have been rewritten and signed again. Do not trust it until the operator explains, and compare with a witness.`,
    'KEY_MISMATCH',
  );
}
