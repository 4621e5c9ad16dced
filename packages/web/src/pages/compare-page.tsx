import type { VersionDiff } from '@concord/core';
import { revealInvisible } from '@concord/core/text';
import { useState } from 'react';
import { useResource } from '../api/use-resource.ts';
import { DiffEntryView, type DiffView } from '../components/compare/diff-entry.tsx';
import { KIND_WORDS } from '../components/compare/sides.ts';
import '../components/compare/compare.css';
import { Breadcrumbs } from '../components/layout.tsx';
import { Loaded } from '../components/status.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import type { PlanView } from '../lib/people-types.ts';
import { navigate } from '../router/location.ts';
import { paths } from '../router/routes.ts';

/** Any two versions of a plan side by side or inline, point by point by lineage, not by number. */
export function ComparePage({
  planId,
  from,
  to,
}: {
  planId: string;
  from: string | null;
  to: string | null;
}) {
  const plan = useResource<PlanView>(`/api/plans/${encodeURIComponent(planId)}`);
  useDocumentTitle(plan.state === 'ok' ? `Compare · ${plan.data.title}` : null);
  const [view, setView] = useState<DiffView>('side-by-side');
  const [all, setAll] = useState(false);
  return (
    <Loaded resource={plan} what="the plan">
      {(p) => {
        const versions = p.versions;
        const left = from ?? versions.at(-2)?.id ?? null;
        const right = to ?? versions.at(-1)?.id ?? null;
        const go = (a: string | null, b: string | null) => navigate(paths.compare(planId, a, b));
        return (
          <>
            <Breadcrumbs
              trail={[
                { label: 'Processes', href: paths.processes() },
                { label: p.title, href: paths.plan(p.id) },
                { label: 'Compare versions' },
              ]}
            />
            <header className="page-header">
              <h1>Compare two versions</h1>
              <p className="lede">
                Pick any two versions of <strong dir="auto">{revealInvisible(p.title)}</strong>. Points are
                matched by where they come from, not by their numbers, so a point that was renumbered, split,
                merged or brought back is shown against its earlier wording.
              </p>
            </header>
            {versions.length < 2 ? (
              <p className="muted">
                This plan has only one version so far: there is nothing to compare it with.
              </p>
            ) : (
              <form className="compare-pickers" onSubmit={(e) => e.preventDefault()}>
                <label>
                  From{' '}
                  <select
                    value={left ?? ''}
                    onChange={(e) => go(e.target.value, right)}
                    data-testid="compare-from"
                  >
                    {versions.map((v) => (
                      <option key={v.id} value={v.id}>
                        {revealInvisible(v.label)}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="button" onClick={() => go(right, left)}>
                  Swap
                </button>
                <label>
                  To{' '}
                  <select
                    value={right ?? ''}
                    onChange={(e) => go(left, e.target.value)}
                    data-testid="compare-to"
                  >
                    {versions.map((v) => (
                      <option key={v.id} value={v.id}>
                        {revealInvisible(v.label)}
                      </option>
                    ))}
                  </select>
                </label>
                <fieldset className="compare-view">
                  <legend className="sr-only">View</legend>
                  <label>
                    <input
                      type="radio"
                      checked={view === 'side-by-side'}
                      onChange={() => setView('side-by-side')}
                    />{' '}
                    Side by side
                  </label>
                  <label>
                    <input type="radio" checked={view === 'inline'} onChange={() => setView('inline')} />{' '}
                    Inline
                  </label>
                  <label>
                    <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> Show
                    unchanged points
                  </label>
                </fieldset>
              </form>
            )}
            {left && right && left !== right ? <Diff from={left} to={right} view={view} all={all} /> : null}
            {left && left === right ? <p className="muted">Pick two different versions.</p> : null}
          </>
        );
      }}
    </Loaded>
  );
}

function Diff({ from, to, view, all }: { from: string; to: string; view: DiffView; all: boolean }) {
  const diff = useResource<VersionDiff>(
    `/api/versions/${encodeURIComponent(from)}/diff/${encodeURIComponent(to)}`,
  );
  return (
    <Loaded resource={diff} what="the comparison">
      {(d) => {
        const shown = d.changes.filter((c) => all || c.kind !== 'unchanged');
        return (
          <section className="compare" aria-label="Changes">
            <p className="compare-summary" data-testid="compare-summary" dir="auto">
              {revealInvisible(d.summary)}
            </p>
            {d.counts.subPoints && Object.values(d.counts.subPoints).some((n) => n > 0) ? (
              <p className="muted">
                Sub-points:{' '}
                {Object.entries(d.counts.subPoints)
                  .filter(([, n]) => n > 0)
                  .map(([k, n]) => `${n} ${KIND_WORDS[k] ?? k}`)
                  .join(', ')}
                .
              </p>
            ) : null}
            {shown.length === 0 ? (
              <p className="muted">No point changed between these two versions.</p>
            ) : (
              <ol className="diff-list">
                {shown.map((c) => (
                  <DiffEntryView
                    key={[...c.before, ...c.after].map((p) => p.id).join('|')}
                    entry={c}
                    view={view}
                    lang="en"
                  />
                ))}
              </ol>
            )}
          </section>
        );
      }}
    </Loaded>
  );
}
