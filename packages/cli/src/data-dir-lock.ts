// One process at a time per embedded data directory. PGlite has no lock of its own, and two processes
// opening the same directory (a second `concord start`, or `log check` while the server runs) can corrupt it.
// The lock is a pid file created exclusively; a pid file left by a killed process is taken over.
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from './errors.ts';

export const lockFileName = 'concord.pid';

/** Takes the lock or throws a CliError naming the process that holds it; returns the release function. */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, lockFileName);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx', mode: 0o644 });
      return () => release(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(path);
    if (holder !== null && holder !== process.pid && isAlive(holder)) {
      throw new CliError(
        `the data directory ${dataDir} is in use by process ${holder} (a running concord start?); stop it first`,
      );
    }
    removeIfPresent(path); // stale: its process is gone
  }
  throw new CliError(`cannot lock the data directory ${dataDir}`);
}

/** The live process holding the data directory's lock, or null when none does (no file, or a stale one). */
export function lockHolder(dataDir: string): number | null {
  const holder = readHolder(join(dataDir, lockFileName));
  return holder !== null && holder !== process.pid && isAlive(holder) ? holder : null;
}

function readHolder(path: string): number | null {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function release(path: string): void {
  if (readHolder(path) === process.pid) removeIfPresent(path);
}

function removeIfPresent(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
