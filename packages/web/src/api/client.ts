import { authorizationHeader, readAccessKey } from './access-key.ts';
import { ApiError, toProblem } from './problem.ts';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export type RequestOptions = {
  signal?: AbortSignal;
  fetch?: Fetch;
  /** The access key to send; by default the one stored at sign-in (undefined), null for none. */
  accessKey?: string | null;
};

/**
 * GETs a JSON resource of the Concord API. Resolves with the parsed body, or rejects with an ApiError that
 * carries a problem document (the server's own, or one describing what went wrong on the way).
 */
export function getJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return requestJson<T>('GET', path, undefined, options);
}

/** PUTs a JSON body; the answer is read like a GET's (a problem with field errors on a 4xx). */
export function putJson<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return requestJson<T>('PUT', path, body, options);
}

async function requestJson<T>(
  method: 'GET' | 'PUT',
  path: string,
  body: unknown,
  options: RequestOptions,
): Promise<T> {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const key = options.accessKey === undefined ? readAccessKey() : options.accessKey;
  let response: Response;
  try {
    response = await doFetch(path, {
      method,
      headers: {
        accept: 'application/json, application/problem+json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...authorizationHeader(key),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
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
  let parsedBody: unknown;
  let parsed = true;
  try {
    parsedBody = text.length > 0 ? JSON.parse(text) : undefined;
  } catch {
    parsed = false;
  }
  if (!response.ok) {
    throw new ApiError(toProblem(response.status, parsedBody, `Request failed (HTTP ${response.status})`));
  }
  if (!parsed || parsedBody === undefined) {
    throw new ApiError({
      type: 'about:blank',
      title: 'The server sent an answer that is not JSON',
      status: response.status,
      detail: `${method} ${path}`,
    });
  }
  return parsedBody as T;
}
