// What this machine's `concord log check --url` has seen of each log, by the log's name: the key it was first
// signed with (trust on first use) and the last checkpoint that checked out. The next check of the same log
// must be under the same key and prove, with a consistency proof, that the earlier tree is a prefix of the new
// one — so a history rewritten (or cut, or signed anew with a fresh key) after this reader's last check is an
// alarm, as it is in the browser. Kept in $CONCORD_KNOWN_LOGS, or $XDG_STATE_HOME/concord/known-logs.json
// (default ~/.local/state/concord/known-logs.json).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export type KnownLog = { verifierKey: string; since: string; size: number; rootHash: string; seenAt: string };
type KnownLogs = Record<string, KnownLog>;

export function knownLogsPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CONCORD_KNOWN_LOGS) return env.CONCORD_KNOWN_LOGS;
  const state = env.XDG_STATE_HOME || join(homedir(), '.local', 'state');
  return join(state, 'concord', 'known-logs.json');
}

function isKnownLog(v: unknown): v is KnownLog {
  if (typeof v !== 'object' || v === null) return false;
  const k = v as Record<string, unknown>;
  return (
    typeof k.verifierKey === 'string' &&
    typeof k.since === 'string' &&
    Number.isSafeInteger(k.size) &&
    (k.size as number) >= 0 &&
    typeof k.rootHash === 'string' &&
    typeof k.seenAt === 'string'
  );
}

/** The remembered logs; a missing file is none, a damaged one is an error (it would silently drop the pins). */
export function readKnownLogs(path: string): KnownLogs {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error(`${path} is not a record of known logs`);
  const logs: KnownLogs = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (!isKnownLog(value)) throw new Error(`${path}: the entry for ${JSON.stringify(name)} is damaged`);
    logs[name] = value;
  }
  return logs;
}

/** Writes the record atomically (a temporary file renamed over it), readable by its owner only. */
export function writeKnownLog(path: string, name: string, log: KnownLog): void {
  const logs = readKnownLogs(path);
  logs[name] = log;
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(logs, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}
