// Errors from the API arrive as RFC 9457 problem details; everything else that can go wrong on the way
// (network down, HTML instead of JSON, a proxy's 502 page) is turned into the same shape so pages show
// one kind of error.
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
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
