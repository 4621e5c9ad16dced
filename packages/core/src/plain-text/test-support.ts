// Helpers for this folder's tests.

/** CPU time, not wall time: a bound on the parser's own work, whatever else the machine is running. */
export function cpuTime<T>(run: () => T): { result: T; ms: number } {
  const before = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(before);
  return { result, ms: (used.user + used.system) / 1000 };
}
