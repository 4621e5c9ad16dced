import type { ReactNode } from 'react';
import type { Problem } from '../api/problem.ts';
import type { Resource } from '../api/use-resource.ts';

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-live="polite" data-testid="loading">
      Loading {what}…
    </p>
  );
}

/** A problem from the API as the reader should see it: what failed, why, and which field if any. */
export function ProblemView({ problem, what }: { problem: Problem; what?: string }) {
  return (
    <div className="problem" role="alert" data-testid="problem">
      <p className="problem-title">
        {what ? `Could not load ${what}: ` : ''}
        {problem.title}
        {problem.status > 0 ? <span className="problem-status"> (HTTP {problem.status})</span> : null}
      </p>
      {problem.detail ? <p className="problem-detail">{problem.detail}</p> : null}
      {problem.errors && problem.errors.length > 0 ? (
        <ul className="problem-errors">
          {problem.errors.map((e) => (
            <li key={`${e.path}:${e.message}`}>
              {e.path ? <code>{e.path}</code> : null} {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Renders a resource's data once loaded, with the standard loading and error states. */
export function Loaded<T>({
  resource,
  what,
  children,
}: {
  resource: Resource<T>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (resource.state === 'loading') return <Loading what={what} />;
  if (resource.state === 'error') return <ProblemView problem={resource.problem} what={what} />;
  return <>{children(resource.data)}</>;
}
