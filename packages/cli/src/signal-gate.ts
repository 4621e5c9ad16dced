// SIGINT/SIGTERM handling for a long-running command. Signals are caught from the very start, so a Ctrl-C
// while the demo is loading lets the current load finish (a half-loaded demo would never be completed: the
// loader only runs on an empty log) and then stops instead of serving. A second signal exits at once.
export type SignalGate = {
  /** The signal received before a stop handler was installed, if any. */
  requested(): NodeJS.Signals | null;
  /** Installs the stop handler; runs it at once if a signal already arrived. */
  onSignal(stop: (signal: NodeJS.Signals) => void): void;
  /** Acts as if `signal` had been received (a stop requested by other means than a signal). */
  raise(signal: NodeJS.Signals): void;
};

export function signalGate(announce: (line: string) => void): SignalGate {
  let received: NodeJS.Signals | null = null;
  let handler: ((signal: NodeJS.Signals) => void) | null = null;
  const listener = (signal: NodeJS.Signals) => {
    if (received !== null) process.exit(130);
    received = signal;
    if (handler) handler(signal);
    else announce(`Concord will stop (${signal}) once start-up has finished; send it again to stop at once`);
  };
  process.on('SIGINT', listener);
  process.on('SIGTERM', listener);
  return {
    requested: () => received,
    onSignal(stop) {
      handler = stop;
      if (received !== null) stop(received);
    },
    raise: listener,
  };
}
