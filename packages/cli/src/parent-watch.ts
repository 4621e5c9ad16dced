// `npx concord start` runs the CLI as `npm exec` → `sh -c concord …` → node. A process manager stops it by
// signalling npm, and npm forwards SIGTERM/SIGINT to its own child only: the shell, which dies of it without
// passing it on. The server would live on, reparented, serving and holding the data-dir lock. So under npm a
// parent that has gone counts as a request to stop. Outside npm (`nohup concord start &`, a service manager
// running node directly) the parent's exit means nothing and is not watched.
export type ParentWatchOptions = {
  /** How often the parent is looked at (ms). */
  intervalMs?: number;
  /** The current parent pid (tests pass a fake). */
  parentPid?: () => number;
};

/** Calls `onGone` once when the parent process changes; answers a function that stops watching. */
export function watchParent(onGone: () => void, options: ParentWatchOptions = {}): () => void {
  const { intervalMs = 500, parentPid = () => process.ppid } = options;
  const first = parentPid();
  const timer = setInterval(() => {
    if (parentPid() === first) return;
    clearInterval(timer);
    onGone();
  }, intervalMs);
  // The watch alone must not keep the process alive.
  timer.unref();
  return () => clearInterval(timer);
}

/** Whether npm started this process (npm sets npm_command for `npm exec`, `npx` and `npm start`). */
export function launchedByNpm(env: NodeJS.ProcessEnv): boolean {
  return typeof env.npm_command === 'string' && env.npm_command !== '';
}
