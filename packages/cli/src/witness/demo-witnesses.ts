// The demo's two witnesses, Ukraine's and the E3's, run inside `concord start` with the same round as
// `concord witness`, their state under <data dir>/witnesses/. They start after the server is up and never stand
// in its way: a failing round is logged (once per distinct reason) and retried; an alarm is logged and stops
// that witness; nothing they do can throw into start-up or keep the process alive.
import { join } from 'node:path';
import { OPERATOR } from '@concord/core';
import type { Store } from '@concord/db';
import { registerWitness } from '@concord/server';
import { errorLine } from '../errors.ts';
import { witnessRound } from './round.ts';
import { witnessKeys } from './state.ts';

export const DEMO_WITNESSES = [
  { dir: 'ukraine', name: 'witness.ukraine.example/concord', label: 'Ukraine’s witness' },
  { dir: 'e3', name: 'witness.e3.example/concord', label: 'The E3’s witness' },
] as const;

export type DemoWitnessOptions = {
  store: Store;
  dataDir: string;
  url: string;
  log: (line: string) => void;
  intervalMs?: number;
};

/**
 * Starts the demo's witnesses; answers a function that stops them and settles once no round is in flight, so that
 * nothing is posted after the stop (and the store is not closed under a round).
 */
export function startDemoWitnesses(options: DemoWitnessOptions): () => Promise<void> {
  const stops = DEMO_WITNESSES.map((w) => runOne(w, options));
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}

function runOne(witness: (typeof DEMO_WITNESSES)[number], options: DemoWitnessOptions): () => Promise<void> {
  const { store, url, log, intervalMs = 5000 } = options;
  const dir = join(options.dataDir, 'witnesses', witness.dir);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let lastError = '';
  let inFlight: Promise<void> = Promise.resolve();
  const next = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      inFlight = round();
    }, ms);
    timer.unref();
  };
  const round = async () => {
    try {
      const keys = witnessKeys(dir, witness.name);
      if ((await store.witnesses.get(keys.name)) === null)
        await registerWitness(
          { store, principal: OPERATOR, clock: () => new Date() },
          { verifierKey: keys.verifierKey },
        );
      const result = await witnessRound({ url, dir, keys });
      lastError = '';
      if (result.kind === 'alarm') {
        log(
          `${witness.label}: ALARM: ${result.reason}; evidence kept in ${result.evidence}; it stops witnessing`,
        );
        stopped = true;
        return;
      }
    } catch (error) {
      const line = errorLine(error);
      if (line !== lastError && !stopped) log(`${witness.label} could not witness the log: ${line}`);
      lastError = line;
    }
    next(intervalMs);
  };
  next(0);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await inFlight;
  };
}
