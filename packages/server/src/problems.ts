// Errors as RFC 9457 problem details. Commands throw `ProblemError`; the HTTP layer turns it (and anything else)
// into an `application/problem+json` answer, and the CLI/demo can read `status` and `slug` without HTTP.
import type { z } from 'zod';

export const PROBLEM_BASE = 'https://concord.dev/problems/';

export type FieldError = { path: string; message: string };

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
};

export class ProblemError extends Error {
  readonly status: number;
  readonly slug: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;

  constructor(init: { status: number; slug: string; title: string; detail?: string; errors?: FieldError[] }) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title);
    this.name = 'ProblemError';
    this.status = init.status;
    this.slug = init.slug;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors;
  }

  toProblem(): Problem {
    const problem: Problem = { type: PROBLEM_BASE + this.slug, title: this.title, status: this.status };
    if (this.detail !== undefined) problem.detail = this.detail;
    if (this.errors !== undefined) problem.errors = this.errors;
    return problem;
  }
}

/** Zod issues as `{ path: "points.3.text", message }`; the root is the empty path. */
export function fieldErrors(error: z.ZodError, prefix: readonly PropertyKey[] = []): FieldError[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path].map(String).join('.'),
    message: issue.message,
  }));
}

export function validationFailed(
  errors: FieldError[],
  detail = 'the request does not match the schema',
): ProblemError {
  return new ProblemError({
    status: 400,
    slug: 'validation-failed',
    title: 'Validation failed',
    detail,
    errors,
  });
}

export function notFound(what: string, id: string): ProblemError {
  return new ProblemError({
    status: 404,
    slug: 'not-found',
    title: 'Not found',
    detail: `no ${what} with id ${id}`,
  });
}

/** The request is well formed but conflicts with the current state (e.g. editing a final version). */
export function conflict(detail: string): ProblemError {
  return new ProblemError({
    status: 409,
    slug: 'conflict',
    title: 'Conflict with the current state',
    detail,
  });
}

/** The request is well formed but breaks a domain rule (a reference to the wrong plan, a foreign lineage). */
export function ruleBroken(detail: string, errors?: FieldError[]): ProblemError {
  return new ProblemError({
    status: 422,
    slug: 'rule-broken',
    title: 'The request breaks a rule',
    detail,
    ...(errors ? { errors } : {}),
  });
}

/** A log index or tree size beyond what the log holds. */
export function outOfRange(detail: string, path?: string): ProblemError {
  return new ProblemError({
    status: 400,
    slug: 'out-of-range',
    title: 'Outside the log',
    detail,
    ...(path ? { errors: [{ path, message: detail }] } : {}),
  });
}

/** No valid access key: the request needs one, or the one given is unknown, revoked or malformed. */
export function unauthenticated(detail: string): ProblemError {
  return new ProblemError({ status: 401, slug: 'unauthenticated', title: 'Access key needed', detail });
}

/** The caller is known but may not do this. The detail never names what the caller may not see. */
export function forbidden(detail: string): ProblemError {
  return new ProblemError({ status: 403, slug: 'forbidden', title: 'Not allowed', detail });
}

/** A cookie-authenticated write that did not come from the site's own pages (cross-site request forgery). */
export function crossSiteRefused(detail: string): ProblemError {
  return new ProblemError({ status: 403, slug: 'csrf', title: 'Cross-site request refused', detail });
}
