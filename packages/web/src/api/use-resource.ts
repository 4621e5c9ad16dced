import { useEffect, useState } from 'react';
import { getJson } from './client.ts';
import { ApiError } from './problem.ts';

export type Resource<T> =
  | { state: 'loading' }
  | { state: 'error'; problem: ApiError['problem'] }
  | { state: 'ok'; data: T };

/**
 * Fetches an API path (null: nothing yet) and re-fetches when it changes. A response to a path that is no
 * longer wanted is dropped, so a slow answer cannot overwrite a newer page.
 */
export function useResource<T>(path: string | null): Resource<T> {
  const [result, setResult] = useState<{ path: string | null; resource: Resource<T> }>({
    path: null,
    resource: { state: 'loading' },
  });
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setResult({ path, resource: { state: 'loading' } });
    getJson<T>(path, { signal: controller.signal }).then(
      (data) => setResult({ path, resource: { state: 'ok', data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const problem =
          error instanceof ApiError
            ? error.problem
            : { type: 'about:blank', title: 'Unexpected error', status: 0, detail: String(error) };
        setResult({ path, resource: { state: 'error', problem } });
      },
    );
    return () => controller.abort();
  }, [path]);
  return result.path === path ? result.resource : { state: 'loading' };
}
