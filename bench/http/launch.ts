// Starts a bench server script (bare.ts, concord.ts) in its own process and reads the JSON line it prints once it
// serves; stops it with SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export type Served = { child: ChildProcess; info: Record<string, string> };

export async function launch(script: string, env: NodeJS.ProcessEnv = process.env): Promise<Served> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', path], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before serving`)));
  });
  return { child, info: JSON.parse(line) as Record<string, string> };
}

export async function stop({ child }: Served): Promise<void> {
  const done = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await done;
}
