// The job runner that keeps guarantee cases moving: it runs the rules (commands/run-guarantees.ts) at start — so a
// step that fell due while the server was down is logged then, once —, after every write the API accepted, and on
// the clock: when the earliest open step falls due, and at least every `pollMs` (a commitment falls overdue at a
// moment no event marks). Runs happen off the request thread and one at a time; a failure is logged, never thrown.
import type { Store } from '@concord/db';
import { type Clock, systemClock } from '../commands/context.ts';
import { runGuarantees } from '../commands/run-guarantees.ts';

export type GuaranteeRunner = {
  /** Starts the first run and the clock; resolves when that run is over. */
  start(): Promise<void>;
  /** Asks for a run soon (after a write); several asks while one runs make one more run. */
  nudge(): void;
  /** Resolves once no run is in flight or asked for. */
  settled(): Promise<void>;
  stop(): Promise<void>;
};

export type RunnerOptions = {
  store: Store;
  clock?: Clock;
  /** Where failures and divergences go (default: standard error). */
  log?: (line: string) => void;
  /** The longest wait between two runs, in ms (default one minute). */
  pollMs?: number;
};

const MAX_TIMER_MS = 2 ** 31 - 1;

export function guaranteeRunner({
  store,
  clock = systemClock,
  log = (line) => process.stderr.write(`${line}\n`),
  pollMs = 60_000,
}: RunnerOptions): GuaranteeRunner {
  let stopped = false;
  let asked = false;
  let running: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const schedule = (next: string | null) => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (stopped) return;
    const until = next === null ? pollMs : Date.parse(next) - clock().getTime();
    timer = setTimeout(() => void kick(), Math.min(Math.max(until, 0), pollMs, MAX_TIMER_MS));
    timer.unref?.();
  };

  async function once(): Promise<void> {
    let next: string | null = null;
    try {
      for (const run of await runGuarantees(store, clock)) {
        for (const d of run.diverged)
          log(
            `guarantees: process ${run.processId}, case ${d.case}: ${d.reason}; nothing more is logged in it`,
          );
        if (run.nextDeadline !== null && (next === null || run.nextDeadline < next)) next = run.nextDeadline;
      }
    } catch (error) {
      log(`guarantees: the run failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    schedule(next);
  }

  function kick(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      asked = true;
      return running;
    }
    running = (async () => {
      do {
        asked = false;
        await once();
      } while (asked && !stopped);
      running = null;
    })();
    return running;
  }

  return {
    start: () => kick(),
    nudge() {
      if (!stopped) setImmediate(() => void kick());
    },
    async settled() {
      // A nudge waits one turn of the event loop before it runs.
      await new Promise((resolve) => setImmediate(resolve));
      while (running) await running;
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      while (running) await running;
    },
  };
}
