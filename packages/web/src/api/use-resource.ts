import { useEffect, useState } from 'react';
import { useAccessKey } from './access-key.ts';
import { getJson } from './client.ts';
import { ApiError } from './problem.ts';

export type Resource<T> =
  | { state: 'loading' }
  | { state: 'error'; problem: ApiError['problem'] }
  | { state: 'ok'; data: T };

/**
 * Fetches an API path (null: nothing yet) and re-fetches when it changes, when the reader signs in or out (what
 * the server shows depends on who asks), or when `refresh` changes. A response to a request that is no longer
 * wanted is dropped, so a slow answer cannot overwrite a newer page.
 */
export function useResource<T>(path: string | null, refresh = 0): Resource<T> {
  const accessKey = useAccessKey();
  const wanted = path === null ? null : `${refresh}|${accessKey ?? ''}|${path}`;
  const [result, setResult] = useState<{ wanted: string | null; resource: Resource<T> }>({
    wanted: null,
    resource: { state: 'loading' },
  });
  useEffect(() => {
    if (path === null || wanted === null) return;
    const controller = new AbortController();
    setResult({ wanted, resource: { state: 'loading' } });
    getJson<T>(path, { signal: controller.signal, accessKey }).then(
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
  }, [path, wanted, accessKey]);
  return result.wanted === wanted ? result.resource : { state: 'loading' };
}
