// One wrk run against one URL, parsed: requests per second, p50 and p99 latency, and non-2xx/3xx or socket errors.
import { execFile } from 'node:child_process';

export type Load = {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  requests: number;
  seconds: number;
};

export function runWrk(
  url: string,
  options: {
    seconds: number;
    connections: number;
    headers?: Record<string, string>;
    /** A Lua script shaping each request (e.g. POSTs with distinct bodies), and its environment. */
    script?: { path: string; env: Record<string, string> };
  },
): Promise<Load> {
  const headerArgs = Object.entries(options.headers ?? {}).flatMap(([k, v]) => ['-H', `${k}: ${v}`]);
  const scriptArgs = options.script ? ['-s', options.script.path] : [];
  const args = [
    '-t1',
    `-c${options.connections}`,
    `-d${options.seconds}s`,
    '--latency',
    ...headerArgs,
    ...scriptArgs,
    url,
  ];
  const env = { ...process.env, ...(options.script?.env ?? {}) };
  return new Promise((resolve, reject) => {
    execFile('wrk', args, { maxBuffer: 1 << 20, env }, (error, stdout) => {
      if (error) reject(new Error(`wrk failed: ${error.message}`));
      else resolve(parseWrk(stdout));
    });
  });
}

export function parseWrk(out: string): Load {
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const p50 = latencyMs(/^\s+50%\s+([\d.]+)(us|ms|s)\s*$/m.exec(out));
  const p99 = latencyMs(/^\s+99%\s+([\d.]+)(us|ms|s)\s*$/m.exec(out));
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const socketErrors = socket ? socket.slice(1).reduce((n, x) => n + Number(x), 0) : 0;
  const total = /(\d+) requests in ([\d.]+)(ms|s|m)/.exec(out);
  if (!Number.isFinite(rps) || p50 === null || p99 === null || !total)
    throw new Error(`cannot read wrk's output:\n${out}`);
  const unit = total[3] === 'ms' ? 0.001 : total[3] === 'm' ? 60 : 1;
  return {
    rps,
    p50Ms: p50,
    p99Ms: p99,
    errors: non2xx + socketErrors,
    requests: Number(total[1]),
    seconds: Number(total[2]) * unit,
  };
}

function latencyMs(m: RegExpExecArray | null): number | null {
  if (!m) return null;
  const value = Number(m[1]);
  return m[2] === 'us' ? value / 1000 : m[2] === 's' ? value * 1000 : value;
}
