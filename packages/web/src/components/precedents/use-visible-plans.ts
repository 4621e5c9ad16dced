// The processes the reader can see, each with its plans and what the reader may do in it (from the server's
// abilities): where to pick the other plan from, and where the reader may start a new plan.
import { useEffect, useState } from 'react';
import { getJson } from '../../api/client.ts';
import { asProblem, type Problem } from '../../api/problem.ts';
import { useSessionGeneration } from '../../api/session.ts';
import type { List } from '../../api/types.ts';
import type { PresentedProcess, ProcessView } from '../../lib/people-types.ts';

export type VisiblePlans =
  | { state: 'loading' }
  | { state: 'error'; problem: Problem }
  | { state: 'ok'; processes: ProcessView[] };

export function useVisiblePlans(): VisiblePlans {
  const generation = useSessionGeneration();
  const [result, setResult] = useState<VisiblePlans>({ state: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: read again when someone signs in or out
  useEffect(() => {
    const controller = new AbortController();
    const signal = controller.signal;
    setResult({ state: 'loading' });
    (async () => {
      const list = await getJson<List<PresentedProcess>>('/api/processes', { signal });
      const processes = await Promise.all(
        list.items.map((p) => getJson<ProcessView>(`/api/processes/${encodeURIComponent(p.id)}`, { signal })),
      );
      return processes;
    })().then(
      (processes) => {
        if (!signal.aborted) setResult({ state: 'ok', processes });
      },
      (error: unknown) => {
        if (!signal.aborted) setResult({ state: 'error', problem: asProblem(error) });
      },
    );
    return () => controller.abort();
  }, [generation]);
  return result;
}
