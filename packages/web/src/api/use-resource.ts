import { useEffect, useState } from 'react';
import { getJson } from './client.ts';
import { ApiError } from './problem.ts';
import { useSessionGeneration } from './session.ts';

export type Resource<T> =
  | { state: 'loading' }
  | { state: 'error'; problem: ApiError['problem'] }
  | { state: 'ok'; data: T };

/**
 * Fetches an API path (null: nothing yet) and re-fetches when it changes, when someone signs in or out (what
 * the server shows depends on who asks), or when `refresh` changes. A response to a request that is no longer
 * wanted is dropped, so a slow answer cannot overwrite a newer page.
 */
export function useResource<T>(path: string | null, refresh = 0): Resource<T> {
  const generation = useSessionGeneration();
  const wanted = path === null ? null : `${refresh}|${generation}|${path}`;
  const [result, setResult] = useState<{ wanted: string | null; resource: Resource<T> }>({
    wanted: null,
    resource: { state: 'loading' },
  });
  useEffect(() => {
    if (path === null || wanted === null) return;
    const controller = new AbortController();
    setResult({ wanted, resource: { state: 'loading' } });
    getJson<T>(path, { signal: controller.signal }).then(
      (data) => setResult({ wanted, resource: { state: 'ok', data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const problem =
          error instanceof ApiError
            ? error.problem
            : { type: 'about:blank', title: 'Unexpected error', status: 0, detail: String(error) };
        setResult({ wanted, resource: { state: 'error', problem } });
      },
    );
    return () => controller.abort();
  }, [path, wanted]);
  return result.wanted === wanted ? result.resource : { state: 'loading' };
}
