// Finished analyses remembered by their content: the key is a hash of the whole task (domain, every party's
// valuation, disagreement), so a mediator reloading the version page gets the answer at once, and any change —
// a new version, a valuation saved — is a different key. Nothing needs invalidating, and a caller can only hit
// an entry computed from exactly the inputs its own request would send. Runs in flight are not shared: each
// keeps its own cancellation.
import { createHash } from 'node:crypto';
import type { EnginePool, RunOptions } from '@concord/engine';

export const ANALYSIS_CACHE_ENTRIES = 16;

export function rememberAnalyses(engine: EnginePool, entries = ANALYSIS_CACHE_ENTRIES): EnginePool {
  const done = new Map<string, unknown>();
  return {
    async run<T>(task: unknown, options?: RunOptions): Promise<T> {
      const key = createHash('sha256').update(JSON.stringify(task)).digest('hex');
      if (done.has(key)) {
        const hit = done.get(key);
        done.delete(key); // re-inserted last: the Map's order is the recency order
        done.set(key, hit);
        return structuredClone(hit) as T;
      }
      const result = await engine.run<T>(task, options);
      done.set(key, structuredClone(result));
      if (done.size > entries) done.delete(done.keys().next().value as string);
      return result;
    },
    close: () => engine.close(),
  };
}
