// A pool of worker threads (piscina) that runs engine tasks off the request thread. Every run can be cancelled
// with an AbortSignal and has a time limit; every worker has a heap limit. Exceeding either ends the run with
// an EngineRunError saying which limit was hit, the worker is replaced, and the main process carries on: an
// out-of-memory in an analysis never takes the server or the CLI down.
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { AnalysisAnswers } from '../analyze-scenario.ts';
import type { AnswersMessage, Progress } from './tasks.ts';

export type EnginePoolOptions = {
  /** Worker threads (default 1: analyses are CPU-bound and the machine is shared). */
  maxThreads?: number;
  /**
   * Runs that may wait for a thread (default 8). One more is refused at once with a BUSY error, so a burst of
   * analyses queues briefly instead of piling up minutes of work behind each other.
   */
  maxQueue?: number;
  /** Default time limit per run, ms. */
  timeLimitMs?: number;
  /** Heap limit per worker (V8 old generation), MB. */
  memoryLimitMb?: number;
  /** Task module the workers load (default: the engine's tasks.ts). */
  module?: URL;
};

export type RunOptions = {
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  /** The 'analyze' task's answers, as soon as they exist: before its frontier is built. */
  onAnswers?: (answers: AnalysisAnswers) => void;
  timeLimitMs?: number;
};

export type EngineRunErrorCode = 'CANCELLED' | 'TIME_LIMIT' | 'MEMORY_LIMIT' | 'BUSY' | 'FAILED';

export class EngineRunError extends Error {
  override name = 'EngineRunError';
  readonly code: EngineRunErrorCode;
  constructor(code: EngineRunErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export const poolDefaults = { maxThreads: 1, maxQueue: 8, timeLimitMs: 60_000, memoryLimitMb: 1024 } as const;

export type EnginePool = {
  run<T = unknown>(task: unknown, options?: RunOptions): Promise<T>;
  close(): Promise<void>;
};

const timeLimitReason = Symbol('time limit');

/** A worker died outside a task (e.g. out of memory while starting): the runs in flight end with its error. */
class WorkerFailure {
  constructor(readonly error: unknown) {}
}

export function createEnginePool(options: EnginePoolOptions = {}): EnginePool {
  const o = { ...poolDefaults, ...options };
  const piscina = new Piscina({
    ...workerFiles(o.module),
    minThreads: 0,
    maxThreads: o.maxThreads,
    idleTimeout: 30_000,
    resourceLimits: { maxOldGenerationSizeMb: o.memoryLimitMb },
  });
  // Without a listener piscina's 'error' event would throw in the main process: the crash this pool exists to avoid.
  const inFlight = new Set<AbortController>();
  piscina.on('error', (error: unknown) => {
    for (const controller of inFlight) controller.abort(new WorkerFailure(error));
  });

  async function run<T>(task: unknown, runOptions: RunOptions = {}): Promise<T> {
    // Counted here rather than with piscina's maxQueue, which lets a run past its limit while a worker starts.
    if (inFlight.size >= o.maxThreads + o.maxQueue) throw busy(o);
    const limit = runOptions.timeLimitMs ?? o.timeLimitMs;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(timeLimitReason), limit);
    const forward = () => controller.abort(runOptions.signal?.reason);
    if (runOptions.signal?.aborted) forward();
    runOptions.signal?.addEventListener('abort', forward, { once: true });
    inFlight.add(controller);
    const { port1, port2 } = new MessageChannel();
    port1.on('message', (message: Progress | AnswersMessage) => {
      if ('answers' in message) runOptions.onAnswers?.(message.answers);
      else runOptions.onProgress?.(message);
    });
    try {
      return (await piscina.run(
        { task, port: port2, memoryLimitMb: o.memoryLimitMb },
        { transferList: [port2], signal: controller.signal },
      )) as T;
    } catch (error) {
      const reason: unknown = controller.signal.reason;
      const cause = reason instanceof WorkerFailure ? reason.error : error;
      throw explain(cause, reason === timeLimitReason, limit, o.memoryLimitMb);
    } finally {
      inFlight.delete(controller);
      clearTimeout(timer);
      runOptions.signal?.removeEventListener('abort', forward);
      port1.close();
    }
  }

  return { run, close: () => piscina.close({ force: true }) };
}

function busy(o: { maxThreads: number; maxQueue: number }): EngineRunError {
  return new EngineRunError(
    'BUSY',
    `analysis refused: ${o.maxThreads} running and ${o.maxQueue} waiting already; try again shortly`,
  );
}

/**
 * Where a worker starts. From TypeScript sources, worker-entry.mjs registers tsx and loads the task module. In the
 * CLI's bundle (packages/cli/dist), where this file is JavaScript, the tasks were bundled beside it as
 * engine-worker.js and load as they are: a worker transpiles nothing either.
 */
function workerFiles(module: URL | undefined): { filename: string; workerData: { module?: string } } {
  if (module === undefined && !import.meta.url.endsWith('.ts'))
    return { filename: new URL('./engine-worker.js', import.meta.url).href, workerData: {} };
  return {
    filename: new URL('./worker-entry.mjs', import.meta.url).href,
    workerData: { module: (module ?? new URL('./tasks.ts', import.meta.url)).href },
  };
}

function explain(error: unknown, timedOut: boolean, limitMs: number, memoryMb: number): Error {
  const code = (error as { code?: string }).code;
  const name = (error as { name?: string }).name;
  if (timedOut)
    return new EngineRunError('TIME_LIMIT', `analysis stopped: time limit of ${limitMs} ms exceeded`);
  if (name === 'AbortError') return new EngineRunError('CANCELLED', 'analysis cancelled', { cause: error });
  // The engine's own budget (its typed arrays live outside V8's heap limit) says so before the heap would give out.
  const message = error instanceof Error ? error.message : '';
  if (/^memory limit of \d+ MB exceeded/.test(message))
    return new EngineRunError('MEMORY_LIMIT', `analysis stopped: ${message}`, { cause: error });
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new EngineRunError('MEMORY_LIMIT', `analysis stopped: memory limit of ${memoryMb} MB exceeded`, {
      cause: error,
    });
  }
  if (error instanceof Error) return error;
  return new EngineRunError('FAILED', `analysis failed: ${String(error)}`);
}
