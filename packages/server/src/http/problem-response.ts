// Turns every failure into an RFC 9457 problem document. Unknown errors become a bare 500 whose body says
// nothing about the internals; the cause goes to the server log only.
import { StoreError } from '@concord/db';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { fieldErrors, type Problem, ProblemError, validationFailed } from '../problems.ts';
import { ambiguousJsonProblem } from './strict-json.ts';

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { ...headers, 'content-type': 'application/problem+json' },
  });
}

// The HTTP exceptions Hono and its middleware raise, with our stable slugs.
const HTTP_PROBLEMS: Record<number, { slug: string; title: string }> = {
  400: { slug: 'malformed-request', title: 'Malformed request' },
  413: { slug: 'body-too-large', title: 'Request body too large' },
  415: { slug: 'unsupported-media-type', title: 'Unsupported media type' },
};

function fromHttpException(error: HTTPException): ProblemError {
  const known = HTTP_PROBLEMS[error.status];
  if (!known) return internalError();
  const detail =
    error.status === 400 && /json/i.test(error.message)
      ? 'the body is not valid JSON'
      : error.status === 415
        ? 'send the body as application/json'
        : error.status === 413
          ? 'the body exceeds the size limit'
          : error.message;
  return new ProblemError({ status: error.status, slug: known.slug, title: known.title, detail });
}

function internalError(): ProblemError {
  return new ProblemError({
    status: 500,
    slug: 'internal-error',
    title: 'Internal error',
    detail: 'the server could not complete the request; nothing was recorded',
  });
}

// Errors the store raises on purpose; anything else from it (and KEY_MISMATCH, a start-up matter) is a 500.
function fromStoreError(error: StoreError): ProblemError {
  switch (error.code) {
    case 'OUT_OF_RANGE':
      return new ProblemError({
        status: 400,
        slug: 'out-of-range',
        title: 'Outside the log',
        detail: error.message,
      });
    case 'BAD_INPUT':
      return validationFailed([], error.message);
    case 'CONFLICT':
      return new ProblemError({
        status: 409,
        slug: 'conflict',
        title: 'Conflict with the current state',
        detail: error.message,
      });
    case 'CLOSED':
      return new ProblemError({
        status: 503,
        slug: 'unavailable',
        title: 'Service unavailable',
        detail: 'the server is shutting down',
      });
    default:
      return internalError();
  }
}

// The database cannot be reached or is restarting: socket errors, SQLSTATE class 08 (connection exception) and
// 57P01–57P03 (shut down by an administrator or a crash, not accepting connections yet), and pg's own message for
// a connection cut mid-query. A transaction cut this way was not committed: nothing was recorded.
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);
const UNAVAILABLE_AFTER_S = 5;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (
    typeof code === 'string' &&
    (UNREACHABLE_CODES.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code))
  )
    return true;
  const message = (error as { message?: unknown }).message;
  return (
    typeof message === 'string' &&
    /Connection terminated|connection timeout|Client has encountered a connection error/i.test(message)
  );
}

function databaseUnavailable(): ProblemError {
  return new ProblemError({
    status: 503,
    slug: 'database-unavailable',
    title: 'Database unavailable',
    detail: `the database cannot be reached just now; nothing was recorded — try again in ${UNAVAILABLE_AFTER_S} seconds`,
    headers: { 'retry-after': String(UNAVAILABLE_AFTER_S) },
  });
}

export function toProblemError(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  if (isDatabaseUnavailable(error)) return databaseUnavailable();
  if (error instanceof StoreError) return fromStoreError(error);
  if (error instanceof HTTPException) return fromHttpException(error);
  if (error instanceof ZodError) return validationFailed(fieldErrors(error));
  return internalError();
}

export const onError: ErrorHandler = (error) => {
  const problem = toProblemError(error);
  // An outage answers every request with the same 503: one line each, not a stack trace each.
  if (problem.slug === 'database-unavailable')
    console.error(`concord: the database is unavailable (${(error as Error).message})`);
  // A cancelled analysis is the client leaving (a page closed), not a fault: nothing to log.
  else if (problem.status >= 500 && problem.slug !== 'analysis-cancelled')
    console.error('concord server error:', error);
  return problemResponse(problem.toProblem(), problem.headers);
};

export const onNotFound: NotFoundHandler = (c) =>
  problemResponse(
    new ProblemError({
      status: 404,
      slug: 'no-such-route',
      title: 'No such route',
      detail: `${c.req.method} ${c.req.path} matches no API route or file`,
    }).toProblem(),
  );

/**
 * zod-openapi's validation hook: a failed parse of params, query or body becomes a 400 problem, and so does a
 * JSON body that gives a key twice or uses "__proto__" (found by `noteAmbiguousJson` before parsing).
 */
export function validationHook(
  result: { success: true; target?: string } | { success: false; error: ZodError; target: string },
  c: Context,
): Response | undefined {
  const ambiguous = result.target === 'json' ? ambiguousJsonProblem(c) : null;
  if (ambiguous !== null) return problemResponse(ambiguous.toProblem());
  if (result.success) return undefined;
  const prefix = result.target === 'json' ? [] : [result.target];
  return problemResponse(validationFailed(fieldErrors(result.error, prefix)).toProblem());
}
