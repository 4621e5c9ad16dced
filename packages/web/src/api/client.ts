import { ApiError, toProblem } from './problem.ts';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * GETs a JSON resource of the Concord API. Resolves with the parsed body, or rejects with an ApiError that
 * carries a problem document (the server's own, or one describing what went wrong on the way).
 */
export async function getJson<T>(path: string, options: { signal?: AbortSignal; fetch?: Fetch } = {}) {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let response: Response;
  try {
    response = await doFetch(path, {
      headers: { accept: 'application/json, application/problem+json' },
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError({
      type: 'about:blank',
      title: 'The server could not be reached',
      status: 0,
      detail: cause instanceof Error ? cause.message : String(cause),
    });
  }
  const text = await response.text();
  let body: unknown;
  let parsed = true;
  try {
    body = text.length > 0 ? JSON.parse(text) : undefined;
  } catch {
    parsed = false;
  }
  if (!response.ok) {
    throw new ApiError(toProblem(response.status, body, `Request failed (HTTP ${response.status})`));
  }
  if (!parsed || body === undefined) {
    throw new ApiError({
      type: 'about:blank',
      title: 'The server sent an answer that is not JSON',
      status: response.status,
      detail: `GET ${path}`,
    });
  }
  return body as T;
}
