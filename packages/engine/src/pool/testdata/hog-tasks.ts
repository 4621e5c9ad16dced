// Misbehaving tasks for the pool's limit tests: burn CPU forever, or allocate until the heap limit is hit.
import type { MessagePort } from 'node:worker_threads';

type Hog = { task: { kind: 'spin' | 'allocate' | 'echo'; value?: unknown }; port?: MessagePort };

export default function hog({ task, port }: Hog): unknown {
  if (task.kind === 'echo') {
    port?.postMessage({ phase: 'echo', fraction: 1 });
    return task.value;
  }
  const hoard: number[][] = [];
  let x = 0;
  for (let n = 0; ; n++) {
    if (task.kind === 'allocate') hoard.push(new Array(100_000).fill(n));
    else x += Math.sqrt(n);
    if (n % 10_000_000 === 0) port?.postMessage({ phase: task.kind, nodes: n, fraction: x > 0 ? 0 : 1 });
  }
}
