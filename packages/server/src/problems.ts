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
  /** Response headers the problem needs (e.g. Retry-After on a 429). */
  readonly headers: Record<string, string> | undefined;

  constructor(init: {
    status: number;
    slug: string;
    title: string;
    detail?: string;
    errors?: FieldError[];
    headers?: Record<string, string>;
  }) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title);
    this.name = 'ProblemError';
    this.status = init.status;
    this.slug = init.slug;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors;
    this.headers = init.headers;
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
  return error.issues
    .flatMap((issue) => namedIssues(issue, []))
    .map((issue) => ({
      path: [...prefix, ...issue.path].map(String).join('.'),
      message: issue.message,
    }));
}

type Issue = { code?: string; path: PropertyKey[]; message: string; errors?: Issue[][] };

/**
 * A union that matched no branch says only "Invalid input" at its own path. When one branch came strictly closest
 * (fewest issues: e.g. `{ end, consequences }` with one bad consequence, beside branches that lack their key),
 * its issues name the field that is wrong instead; when branches tie (a string or a number), the union's own stays.
 */
function namedIssues(issue: Issue, base: PropertyKey[]): { path: PropertyKey[]; message: string }[] {
  const path = [...base, ...issue.path];
  const branches = issue.code === 'invalid_union' ? (issue.errors ?? []) : [];
  const sizes = branches.map((b) => b.length).filter((n) => n > 0);
  const fewest = Math.min(...sizes);
  const closest = branches.filter((b) => b.length === fewest);
  if (closest.length !== 1 || sizes.length < 2) return [{ path, message: issue.message }];
  return (closest[0] as Issue[]).flatMap((inner) => namedIssues(inner, path));
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

/** Not signed in: the request needs a session or an API token, or the token given is unknown or revoked. */
export function unauthenticated(detail: string): ProblemError {
  return new ProblemError({ status: 401, slug: 'unauthenticated', title: 'Sign-in needed', detail });
}

/** The caller is known but may not do this. The detail never names what the caller may not see. */
export function forbidden(detail: string): ProblemError {
  return new ProblemError({ status: 403, slug: 'forbidden', title: 'Not allowed', detail });
}

/** A cookie-authenticated write that did not come from the site's own pages (cross-site request forgery). */
export function crossSiteRefused(detail: string): ProblemError {
  return new ProblemError({ status: 403, slug: 'csrf', title: 'Cross-site request refused', detail });
}

// Sign-in. None of these details ever quotes what was typed or sent (a password, a code, a token).

/** Wrong handle or password, or an unknown or disabled account: one answer for all, so none can be told apart. */
export function signInFailed(): ProblemError {
  return new ProblemError({
    status: 401,
    slug: 'sign-in-failed',
    title: 'Sign-in failed',
    detail: 'the handle or the password is wrong',
  });
}

/** The password was right; the account also needs a code from its authenticator app. */
export function secondFactorRequired(): ProblemError {
  return new ProblemError({
    status: 401,
    slug: 'second-factor-required',
    title: 'Second factor required',
    detail: 'this account also needs the 6-digit code from its authenticator app: send it as "totp"',
  });
}

/** A TOTP code that is wrong, malformed, or was already used. */
export function secondFactorFailed(): ProblemError {
  return new ProblemError({
    status: 401,
    slug: 'second-factor-failed',
    title: 'Second factor failed',
    detail: 'the code is wrong or was already used; wait for the next one',
  });
}

/** Too many sign-in attempts for this account or from this address. */
export function tooManyAttempts(retryAfterSeconds: number): ProblemError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new ProblemError({
    status: 429,
    slug: 'too-many-attempts',
    title: 'Too many sign-in attempts',
    detail: `try again in ${seconds} seconds`,
    headers: { 'retry-after': String(seconds) },
  });
}

/** A passkey sign-in that could not be verified (`reason` is coarse: it never carries a challenge). */
export function passkeyFailed(reason: string): ProblemError {
  return new ProblemError({
    status: 401,
    slug: 'passkey-failed',
    title: 'Passkey sign-in failed',
    detail: reason,
  });
}

/** A passkey registration that could not be verified. */
export function passkeyRefused(reason: string): ProblemError {
  return new ProblemError({
    status: 422,
    slug: 'passkey-refused',
    title: 'Passkey not registered',
    detail: reason,
  });
}

/** The server's configured origin cannot have passkeys (an IP address, or plain http away from localhost). */
export function passkeysUnavailable(detail: string): ProblemError {
  return new ProblemError({
    status: 501,
    slug: 'passkeys-unavailable',
    title: 'Passkeys are not available on this server',
    detail,
  });
}

/** Changing a password needs the current one, and it was wrong. */
export function currentPasswordWrong(): ProblemError {
  return new ProblemError({
    status: 403,
    slug: 'current-password-wrong',
    title: 'Current password wrong',
    detail: 'the current password is wrong',
  });
}

/** An invitation or sign-in link that was used, revoked, or has expired. */
export function invitationExpired(detail: string): ProblemError {
  return new ProblemError({
    status: 410,
    slug: 'invitation-expired',
    title: 'Link expired or already used',
    detail,
  });
}

/** An invitation or sign-in link token that names nothing (the token is never repeated). */
export function invitationUnknown(): ProblemError {
  return new ProblemError({
    status: 404,
    slug: 'not-found',
    title: 'Not found',
    detail: 'no invitation or sign-in link has this token',
  });
}
