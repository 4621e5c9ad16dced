// Test helpers that run the real `concord` binary as a child process, as a user would: the bin and its bundle.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureFreshBundle } from '../scripts/build.ts';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const concordBin = fileURLToPath(new URL('../bin/concord.js', import.meta.url));

// A test file run on its own after an edit must not spawn a bundle built from older sources.
await ensureFreshBundle();

export type CliResult = {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
};

/** The environment for child CLIs: no ambient database or port choices leak in from the test runner. */
// What `concord log check --url` remembers of the logs it checked stays with each test file, never in the home
// folder (made when first asked for).
let knownLogs: string | undefined;

export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  knownLogs ??= join(mkdtempSync(join(tmpdir(), 'concord-known-')), 'known-logs.json');
  const known = { CONCORD_KNOWN_LOGS: knownLogs };
  const env: NodeJS.ProcessEnv = { ...process.env, ...known, ...extra };
  if (!('DATABASE_URL' in extra)) delete env.DATABASE_URL;
  if (!('PORT' in extra)) delete env.PORT;
  return env;
}

/** Runs `concord <args>` to completion. */
export function runConcord(args: string[], env = childEnv()): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [concordBin, ...args], { cwd: repoRoot, env, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export type RunningConcord = { child: ChildProcess; url: string; output: () => string };

/** Starts `concord start <args>` and resolves with its URL once it prints the serving line. */
export function startConcord(args: string[], env = childEnv(), timeoutMs = 60_000): Promise<RunningConcord> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [concordBin, 'start', ...args], {
      cwd: repoRoot,
      env,
      stdio: 'pipe',
    });
    let out = '';
    const output = () => out;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`concord start did not come up in ${timeoutMs} ms: ${out}`));
    }, timeoutMs);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = out.match(/Concord is serving on (https?:\/\/\S+)/);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: m[1], output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`concord start exited (${code ?? signal}) before serving: ${out}`));
    });
  });
}

/** Resolves when the child has exited (immediately if it already has). */
export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}
