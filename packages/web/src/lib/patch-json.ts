// PATCH through the API client: the client sends GET, PUT, POST and DELETE; a PATCH is a PUT whose method the
// fetch it is given rewrites, so its answer (JSON, or a problem with field errors) is read the same way.
import { putJson } from '../api/client.ts';

export function patchJson<T>(path: string, body: unknown): Promise<T> {
  return putJson<T>(path, body, {
    fetch: (input, init) => globalThis.fetch(input, { ...init, method: 'PATCH' }),
  });
}
