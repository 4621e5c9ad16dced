import { frozenBecause, type VersionDiff } from '@concord/core';
import { revealInvisible } from '@concord/core/text';
import { useRef, useState } from 'react';
import { useResource } from '../api/use-resource.ts';
import { AcceptabilitySection } from '../components/acceptability/acceptability-section.tsx';
import { AnalysisSection } from '../components/analysis-section.tsx';
import { AudienceNote } from '../components/audience-badge.tsx';
import { VersionStateNotice, WithdrawControl } from '../components/authoring/version-state.tsx';
import { ChangeSummary } from '../components/change-summary.tsx';
import { ReleasedCopiesSection } from '../components/copies/released-copies-section.tsx';
import { WhoHasSeenIt } from '../components/deliveries/who-has-seen-it.tsx';
import { Breadcrumbs } from '../components/layout.tsx';
import { PositionsSection } from '../components/positions/positions-section.tsx';
import { ShareControl } from '../components/share-dialog.tsx';
import { VersionSignaturesSection } from '../components/signatures/version-signatures.tsx';
import { Loaded } from '../components/status.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useSession } from '../components/use-session.ts';
import { ValuationPanel } from '../components/valuation-panel.tsx';
import { VersionDocument } from '../components/version-document.tsx';
import '../components/authoring/authoring.css';
import { StatusBadge, VersionTreeView } from '../components/version-tree-view.tsx';
import { formatDate } from '../lib/commitments.ts';
import { comparisonFromDiff } from '../lib/compare-to-parent.ts';
import type { PlanView, ProcessView, VersionView } from '../lib/people-types.ts';
import { languagesOf } from '../lib/point-outline.ts';
import { valuableParties } from '../lib/valuation-parties.ts';
import { Link } from '../router/link.tsx';
import { paths } from '../router/routes.ts';

export function VersionPage({ id }: { id: string }) {
  // Sharing it more widely bumps this so the version (its audience) is read again.
  const [shared, setShared] = useState(0);
  const version = useResource<VersionView>(`/api/versions/${encodeURIComponent(id)}`, shared);
  const planId = version.state === 'ok' ? version.data.planId : null;
  useDocumentTitle(version.state === 'ok' ? version.data.label : null);
  const plan = useResource<PlanView>(planId ? `/api/plans/${encodeURIComponent(planId)}` : null, shared);
  const processId = version.state === 'ok' ? version.data.processId : null;
  const process = useResource<ProcessView>(
    processId ? `/api/processes/${encodeURIComponent(processId)}` : null,
  );
  // The process (its parties' names) as last loaded: reloading the version after a share must not blink the
  // audience's party names into placeholders while the process is fetched again.
  const lastProcess = useRef<ProcessView | null>(null);
  if (process.state === 'ok') lastProcess.current = process.data;
  const parentId = version.state === 'ok' ? version.data.parentVersionId : null;
  const parentVersion = useResource<VersionView>(
    parentId ? `/api/versions/${encodeURIComponent(parentId)}` : null,
  );
  // What changed since the parent, as the server computes it over every version the reader may see.
  const parentDiff = useResource<VersionDiff>(
    parentId ? `/api/versions/${encodeURIComponent(parentId)}/diff/${encodeURIComponent(id)}` : null,
    shared,
  );
  const [wantedLang, setLang] = useState('en');
  const session = useSession();
  // Saving a valuation bumps this so the analysis is fetched again.
  const [analysisRun, setAnalysisRun] = useState(0);

  return (
    <Loaded resource={version} what="the version">
      {(v) => {
        const languages = languagesOf(v.points);
        // A version without English opens in the first language it has.
        const lang = languages.includes(wantedLang) ? wantedLang : (languages[0] ?? wantedLang);
        const parent =
          plan.state === 'ok' ? plan.data.versions.find((x) => x.id === v.parentVersionId) : undefined;
        const known = lastProcess.current?.id === v.processId ? lastProcess.current : null;
        const parties = known?.parties ?? [];
        const valuing =
          known !== null
            ? valuableParties(
                v.abilities,
                parties,
                typeof session === 'object' ? session.memberships : [],
                v.processId,
              )
            : null;
        const topLevel = v.points.filter((p) => p.parentPointId === null).length;
        const comparison = parentDiff.state === 'ok' && parentId ? comparisonFromDiff(parentDiff.data) : null;
        return (
          <>
            <Breadcrumbs
              trail={[
                { label: 'Processes', href: paths.processes() },
                ...(process.state === 'ok' && processId
                  ? [{ label: process.data.title, href: paths.process(processId) }]
                  : []),
                ...(plan.state === 'ok' ? [{ label: plan.data.title, href: paths.plan(v.planId) }] : []),
                { label: v.label },
              ]}
            />
            <header className="page-header doc-header">
              <p className="doc-kicker" dir="auto">
                {plan.state === 'ok' ? revealInvisible(plan.data.title) : 'Plan version'}
              </p>
              <h1 dir="auto">{revealInvisible(v.label)}</h1>
              <p className="doc-meta">
                <StatusBadge status={v.status} />
                {v.issuedOn ? <span>issued {formatDate(v.issuedOn)}</span> : null}
                <span>
                  {topLevel} {topLevel === 1 ? 'point' : 'points'}
                </span>
                {v.commitments.length > 0 ? (
                  <span>
                    {v.commitments.length} {v.commitments.length === 1 ? 'commitment' : 'commitments'}
                  </span>
                ) : null}
                {parent ? (
                  <span>
                    answers{' '}
                    <Link href={paths.version(parent.id)} dir="auto">
                      {revealInvisible(parent.label)}
                    </Link>{' '}
                    (<Link href={paths.compare(v.planId, parent.id, v.id)}>compare with any version</Link>)
                  </span>
                ) : null}
              </p>
              {v.note ? (
                <p className="doc-note" dir="auto">
                  {revealInvisible(v.note)}
                </p>
              ) : null}
              {known !== null ? (
                <>
                  <AudienceNote audience={v.audience} parties={parties} what="version" />
                  <ShareControl
                    kind="version"
                    id={v.id}
                    audience={v.audience}
                    abilities={v.abilities}
                    parties={parties}
                    freezesDraft={frozenBecause(v) === null}
                    onShared={() => setShared((n) => n + 1)}
                  />
                </>
              ) : null}
              <VersionStateNotice
                version={v}
                planAbilities={plan.state === 'ok' ? plan.data.abilities : null}
              />
              <WithdrawControl version={v} onDone={() => setShared((n) => n + 1)} />
              <p className="jump-to-panel">
                <a href="#version-panel">Version tree and log ↓</a>
              </p>
              {languages.length > 1 ? (
                <label className="lang-picker">
                  Language{' '}
                  <select value={lang} onChange={(e) => setLang(e.target.value)}>
                    {languages.map((l) => (
                      <option key={l} value={l}>
                        {l}
                      </option>
                    ))}
                  </select>
                </label>
              ) : null}
            </header>
            {comparison && parentVersion.state === 'ok' ? (
              <ChangeSummary comparison={comparison} version={v} parent={parentVersion.data} />
            ) : null}
            <div className="doc-layout">
              <VersionDocument
                comparison={comparison}
                version={v}
                parties={parties}
                lang={lang}
                authentic={plan.state === 'ok' ? plan.data.languages : []}
              />
              <aside className="doc-side" id="version-panel">
                <Loaded resource={plan} what="the version tree">
                  {(p) => (
                    <VersionTreeView
                      versions={p.versions}
                      currentId={v.id}
                      title="Version tree"
                      parties={parties}
                    />
                  )}
                </Loaded>
                <section className="log-panel" aria-label="Log">
                  <h2 className="panel-title">In the log</h2>
                  <p>
                    Your browser can check every log entry that shaped this version (its creation and each
                    later change) against the log’s signed checkpoint, replay them, and compare the result
                    with the text shown here.
                  </p>
                  <p>
                    <Link className="button" href={paths.verifyVersion(v.id)} data-testid="verify-link">
                      Verify this version in the log
                    </Link>
                  </p>
                  <p className="muted">
                    Last recorded as entry <Link href={paths.verify(v.logIndex)}>{v.logIndex}</Link>.
                  </p>
                </section>
              </aside>
            </div>
            <PositionsSection versionId={v.id} />
            {v.withdrawal === null ? (
              <AnalysisSection versionId={v.id} abilities={v.abilities} refresh={analysisRun} />
            ) : null}
            <WhoHasSeenIt
              versionId={v.id}
              abilities={v.abilities}
              onDelivered={() => setShared((n) => n + 1)}
            />
            <ReleasedCopiesSection versionId={v.id} processId={v.processId} parties={parties} />
            <VersionSignaturesSection
              versionId={v.id}
              processId={v.processId}
              status={v.status}
              points={v.points}
            />
            <AcceptabilitySection versionId={v.id} />
            {valuing && v.withdrawal === null ? (
              <ValuationPanel
                versionId={v.id}
                planId={v.planId}
                parties={valuing.parties}
                forOthers={valuing.forOthers}
                onSaved={() => setAnalysisRun((n) => n + 1)}
              />
            ) : null}
          </>
        );
      }}
    </Loaded>
  );
}
