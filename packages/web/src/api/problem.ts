// Errors from the API arrive as RFC 9457 problem details; everything else that can go wrong on the way
// (network down, HTML instead of JSON, a proxy's 502 page) is turned into the same shape so pages show
// one kind of error.
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
  /** Seconds to wait before trying again (the Retry-After header of a 429 or 503), when the server said. */
  retryAfter?: number;
};

export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Reads a problem document defensively: unknown fields are dropped, wrong types ignored. */
export function toProblem(status: number, body: unknown, fallbackTitle: string): Problem {
  const b = isRecord(body) ? body : {};
  const problem: Problem = {
    type: typeof b.type === 'string' ? b.type : 'about:blank',
    title: typeof b.title === 'string' && b.title.length > 0 ? b.title : fallbackTitle,
    status: typeof b.status === 'number' ? b.status : status,
  };
  if (typeof b.detail === 'string') problem.detail = b.detail;
  if (Array.isArray(b.errors)) {
    problem.errors = b.errors
      .filter(isRecord)
      .map((e) => ({ path: String(e.path ?? ''), message: String(e.message ?? '') }));
  }
  return problem;
}

/** The last segment of a problem's type ("sign-in-failed" for …/problems/sign-in-failed), '' for about:blank. */
export function problemSlug(problem: Problem): string {
  if (problem.type === 'about:blank') return '';
  const path = problem.type.split(/[?#]/)[0] ?? '';
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Any thrown value as a problem (an ApiError's own, or one that names what happened). */
export function asProblem(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  return {
    type: 'about:blank',
    title: 'Something went wrong',
    status: 0,
    detail: error instanceof Error ? error.message : String(error),
  };
}

/**
 * Seconds of a Retry-After header (delta-seconds or an HTTP date), undefined when absent or unreadable.
 * A date in the past is 0.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const v = value.trim();
  if (/^\d{1,9}$/.test(v)) return Number(v);
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** "2 minutes", "45 seconds", "1 hour and 5 minutes": a wait in words. */
export function describeWait(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (s < 60) return plural(s, 'second');
  const minutes = Math.ceil(s / 60);
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} and ${plural(rest, 'minute')}`;
}
