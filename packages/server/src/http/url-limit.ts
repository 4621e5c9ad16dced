// A request's path and query string have a size limit of their own (the body has bodyLimit, headers Node's
// maxHeaderSize): every query this API takes is a few ids and numbers, and a megabyte of query string would
// otherwise be parsed and validated in full before any route refused it.
import type { MiddlewareHandler } from 'hono';
import { ProblemError } from '../problems.ts';

export const DEFAULT_URL_LIMIT = 4096;

export function urlLimit(maxBytes = DEFAULT_URL_LIMIT): MiddlewareHandler {
  return async function limitUrl(c, next) {
    const url = new URL(c.req.url);
    const length = Buffer.byteLength(url.pathname) + Buffer.byteLength(url.search);
    if (length > maxBytes)
      throw new ProblemError({
        status: 414,
        slug: 'uri-too-long',
        title: 'Request URL too long',
        detail: `the path and query string exceed ${maxBytes} bytes`,
      });
    await next();
  };
}
