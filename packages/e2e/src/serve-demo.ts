// Starts the real `concord start` (with the demo) on a free port in a fresh temporary data directory, the way
// a user would, and stops it again. The browser tests drive this process over HTTP only.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureFreshBundle } from '../../cli/scripts/build.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const concordBin = fileURLToPath(new URL('../../cli/bin/concord.js', import.meta.url));

export type DemoServer = {
  url: string;
  /** The data directory of this run (the demo writes demo-people.json there). */
  dataDir: string;
  stop(): Promise<void>;
};

export async function serveDemo(timeoutMs = 120_000): Promise<DemoServer> {
  // `concord` runs from its bundle: rebuilt if a source changed since, so a test never serves old code.
  await ensureFreshBundle();
  const dataDir = mkdtempSync(join(tmpdir(), 'concord-e2e-data-'));
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.PORT;
  const child = spawn(process.execPath, [concordBin, 'start', '--port', '0', '--data-dir', dataDir], {
    cwd: repoRoot,
    env,
    stdio: 'pipe',
  });
  const url = await servingUrl(child, timeoutMs);
  return {
    url,
    dataDir,
    async stop() {
      const done = new Promise((resolve) => child.once('exit', resolve));
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await done;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function servingUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`concord start did not serve within ${timeoutMs} ms: ${out}`));
    }, timeoutMs);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = out.match(/Concord is serving on (http:\/\/\S+)/);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`concord start exited (${code ?? signal}) before serving: ${out}`));
    });
  });
}
