import { revealInvisible } from '@concord/core/text';
import { useState } from 'react';
import { useResource } from '../api/use-resource.ts';
import { AudienceNote } from '../components/audience-badge.tsx';
import { Breadcrumbs } from '../components/layout.tsx';
import { ShareControl } from '../components/share-dialog.tsx';
import { Loaded } from '../components/status.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { VersionTreeView } from '../components/version-tree-view.tsx';
import '../components/authoring/authoring.css';
import { formatDate } from '../lib/commitments.ts';
import { may, type PlanView, type ProcessView } from '../lib/people-types.ts';
import { Link } from '../router/link.tsx';
import { paths } from '../router/routes.ts';

export function PlanPage({ id }: { id: string }) {
  // Sharing the plan more widely bumps this so it (its audience) is read again.
  const [shared, setShared] = useState(0);
  const plan = useResource<PlanView>(`/api/plans/${encodeURIComponent(id)}`, shared);
  const processId = plan.state === 'ok' ? plan.data.processId : null;
  useDocumentTitle(plan.state === 'ok' ? plan.data.title : null);
  const process = useResource<ProcessView>(
    processId ? `/api/processes/${encodeURIComponent(processId)}` : null,
  );
  return (
    <Loaded resource={plan} what="the plan">
      {(p) => {
        const parties = process.state === 'ok' ? process.data.parties : [];
        return (
          <>
            <Breadcrumbs
              trail={[
                { label: 'Processes', href: paths.processes() },
                {
                  label: process.state === 'ok' ? process.data.title : 'Process',
                  href: paths.process(p.processId),
                },
                { label: p.title },
              ]}
            />
            <header className="page-header">
              <h1 dir="auto">{revealInvisible(p.title)}</h1>
              <p className="lede">
                {p.versions.length} {p.versions.length === 1 ? 'version' : 'versions'}. A counter-draft is
                shown under the version it answers.
                {p.versions.length > 1 ? (
                  <>
                    {' '}
                    <Link href={paths.compare(p.id)} data-testid="compare-link">
                      Compare any two versions
                    </Link>
                  </>
                ) : null}{' '}
                <Link href={paths.precedents(p.id)} data-testid="precedents-link">
                  Compare with a plan of another process
                </Link>
              </p>
              <AudienceNote audience={p.audience} parties={parties} what="plan" />
              <ShareControl
                kind="plan"
                id={p.id}
                audience={p.audience}
                abilities={p.abilities}
                parties={parties}
                onShared={() => setShared((n) => n + 1)}
              />
              {may(p.abilities, 'share') && p.audience.kind !== 'public' ? (
                <p className="muted">
                  A version can be shared at most as widely as its plan: share the plan first to show a
                  version to more people.
                </p>
              ) : null}
            </header>
            {may(p.abilities, 'create-version') ? (
              <p>
                <Link className="button" href={paths.newVersion(p.id)} data-testid="start-version">
                  Start a new version
                </Link>{' '}
                <span className="muted">
                  from scratch, or as a counter-draft of any version below (its points copied, then changed).
                </span>
              </p>
            ) : null}
            {may(p.abilities, 'create-version') ? (
              <p>
                <Link className="button" href={paths.importText(p.id)} data-testid="import-link">
                  Import from text
                </Link>{' '}
                <span className="muted">
                  a plan as it circulates (pasted, or a .txt or .md file), read into points for you to check.
                </span>
              </p>
            ) : null}
            <div className="two-col">
              <div className="main-col">
                <VersionTreeView
                  versions={p.versions}
                  currentId={null}
                  title="Version tree"
                  parties={parties}
                />
              </div>
              <aside className="side-col">
                <h2 className="panel-title">Recorded in the log</h2>
                <p>
                  The plan was last changed by log entry{' '}
                  <Link href={paths.verify(p.logIndex)} data-testid="verify-link">
                    {p.logIndex}
                  </Link>
                  .
                </p>
                <ul className="plain-list">
                  {[...p.versions]
                    .sort((a, b) => a.logIndex - b.logIndex)
                    .map((v) => (
                      <li key={v.id}>
                        <Link href={paths.version(v.id)} dir="auto">
                          {revealInvisible(v.label)}
                        </Link>
                        {v.issuedOn ? <span className="muted"> · {formatDate(v.issuedOn)}</span> : null}
                      </li>
                    ))}
                </ul>
              </aside>
            </div>
          </>
        );
      }}
    </Loaded>
  );
}
