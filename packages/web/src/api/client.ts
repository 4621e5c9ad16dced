// The one way the web application talks to the API. The session cookie (HttpOnly, SameSite=Strict) is sent by
// the browser with every same-origin request; nothing here reads or stores a credential. A write carries the
// browser's own Origin header, which the server checks (a page of another origin cannot write as you).
import { ApiError, parseRetryAfter, toProblem } from './problem.ts';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export type RequestOptions = {
  signal?: AbortSignal;
  fetch?: Fetch;
};

type Method = 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';

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

/** POSTs a JSON body; a 204 resolves with undefined. */
export function postJson<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return requestJson<T>('POST', path, body, options);
}

/** PATCHes a resource with a JSON body; read like a PUT. */
export function patchJson<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return requestJson<T>('PATCH', path, body, options);
}

/** DELETEs a resource; a 204 resolves with undefined. */
export function deleteJson<T = undefined>(path: string, options: RequestOptions = {}): Promise<T> {
  return requestJson<T>('DELETE', path, undefined, options);
}

async function requestJson<T>(
  method: Method,
  path: string,
  body: unknown,
  options: RequestOptions,
): Promise<T> {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let response: Response;
  try {
    response = await doFetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json, application/problem+json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
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
    const problem = toProblem(response.status, parsedBody, `Request failed (HTTP ${response.status})`);
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
    if (retryAfter !== undefined) problem.retryAfter = retryAfter;
    throw new ApiError(problem);
  }
  if (response.status === 204 || (method !== 'GET' && text.length === 0)) return undefined as T;
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
