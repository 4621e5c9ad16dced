// While `concord start` serves an embedded store it holds the data directory (data-dir-lock.ts), so no other
// process may open the database; it leaves the address it serves on beside the lock, so `concord log check
// --data-dir` can check that server's log over HTTP instead, with the directory's own key.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'concord.url';

export function writeServingUrl(dataDir: string, url: string): void {
  writeFileSync(join(dataDir, FILE), `${url}\n`, { mode: 0o644 });
}

export function forgetServingUrl(dataDir: string): void {
  rmSync(join(dataDir, FILE), { force: true });
}

/** The URL a running server of this data directory left, or null. */
export function readServingUrl(dataDir: string): string | null {
  try {
    const url = readFileSync(join(dataDir, FILE), 'utf8').trim();
    return /^https?:\/\/\S+$/.test(url) ? url : null;
  } catch {
    return null;
  }
}
