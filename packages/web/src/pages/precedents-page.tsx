import type { PlanPrecedent } from '@concord/core';
import { revealInvisible } from '@concord/core/text';
import { useState } from 'react';
import { useResource } from '../api/use-resource.ts';
import { Breadcrumbs } from '../components/layout.tsx';
import { AlignedPairs } from '../components/precedents/aligned-pairs.tsx';
import { OtherPlanPicker } from '../components/precedents/other-plan-picker.tsx';
import { OwnPoints } from '../components/precedents/own-points.tsx';
import '../components/precedents/precedents.css';
import { StartFromPrecedent } from '../components/precedents/start-from-precedent.tsx';
import { useVisiblePlans } from '../components/precedents/use-visible-plans.ts';
import { Loaded, Loading, ProblemView } from '../components/status.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { may, type PlanView, type PresentedVersion } from '../lib/people-types.ts';
import { navigate } from '../router/location.ts';
import { paths } from '../router/routes.ts';

type Choice = { other: string | null; version: string | null; otherVersion: string | null };

/** A plan set against a plan of another process: what they share, what each has alone, and a new plan from it. */
export function PrecedentsPage({ planId, ...choice }: { planId: string } & Choice) {
  const plan = useResource<PlanView>(`/api/plans/${encodeURIComponent(planId)}`);
  useDocumentTitle(plan.state === 'ok' ? `Precedents · ${plan.data.title}` : null);
  const visible = useVisiblePlans();
  const otherPlan = useResource<PlanView>(
    choice.other ? `/api/plans/${encodeURIComponent(choice.other)}` : null,
  );
  const query = new URLSearchParams();
  if (choice.version) query.set('version', choice.version);
  if (choice.otherVersion) query.set('otherVersion', choice.otherVersion);
  const answer = useResource<PlanPrecedent>(
    choice.other
      ? `/api/plans/${encodeURIComponent(planId)}/precedent/${encodeURIComponent(choice.other)}${query.size > 0 ? `?${query}` : ''}`
      : null,
  );
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const go = (next: Partial<Choice>) => {
    setChosen(new Set());
    navigate(paths.precedents(planId, { ...choice, ...next }));
  };
  const toggle = (id: string) =>
    setChosen((was) => {
      const next = new Set(was);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Loaded resource={plan} what="the plan">
      {(p) => {
        const processes = visible.state === 'ok' ? visible.processes : [];
        const taking = processes.some((x) => may(x.abilities, 'create-plan'));
        return (
          <>
            <Breadcrumbs
              trail={[
                { label: 'Processes', href: paths.processes() },
                { label: p.title, href: paths.plan(p.id) },
                { label: 'Precedents' },
              ]}
            />
            <header className="page-header">
              <h1>Compare with a plan of another process</h1>
              <p className="lede">
                A precedent is a plan from another negotiation that answers the same questions: a halt to the
                fighting, who pays for reconstruction, who monitors and guarantees the deal. Concord sets the
                points of <strong dir="auto">{revealInvisible(p.title)}</strong> against those of the plan you
                pick. Points are paired by the categories they carry and the key terms they share, with the
                parties’ names set aside (each process names other parties), and only then by wording; each
                pair says why. Points without a counterpart are listed as each plan’s own. You see only the
                versions and points you may read.
              </p>
            </header>
            {visible.state === 'loading' ? <Loading what="the plans you can see" /> : null}
            {visible.state === 'error' ? (
              <ProblemView problem={visible.problem} what="the plans you can see" />
            ) : null}
            <form className="precedent-picker" onSubmit={(e) => e.preventDefault()}>
              {visible.state === 'ok' ? (
                <OtherPlanPicker
                  processes={processes}
                  planId={p.id}
                  processId={p.processId}
                  value={choice.other}
                  onChange={(other) => go({ other, otherVersion: null })}
                />
              ) : null}
              <VersionPicker
                label={`Version of ${p.title}`}
                versions={p.versions}
                value={answer.state === 'ok' ? answer.data.plan.versionId : choice.version}
                onChange={(version) => go({ version })}
                testId="precedent-version"
              />
              {otherPlan.state === 'ok' ? (
                <VersionPicker
                  label={`Version of ${otherPlan.data.title}`}
                  versions={otherPlan.data.versions}
                  value={answer.state === 'ok' ? answer.data.other.versionId : choice.otherVersion}
                  onChange={(otherVersion) => go({ otherVersion })}
                  testId="precedent-other-version"
                />
              ) : null}
            </form>
            {choice.other === null ? (
              <p className="muted">Choose a plan to compare this one with.</p>
            ) : (
              <Loaded resource={answer} what="the comparison">
                {(a) => (
                  <>
                    <p className="precedent-summary" data-testid="precedent-summary">
                      {a.pairs.length} {a.pairs.length === 1 ? 'provision' : 'provisions'} in common;{' '}
                      {a.onlyPlan.length} {a.onlyPlan.length === 1 ? 'point' : 'points'} only in “
                      {revealInvisible(a.plan.versionLabel)}”, {a.onlyOther.length} only in “
                      {revealInvisible(a.other.versionLabel)}”.
                    </p>
                    <h2>What they share</h2>
                    <AlignedPairs answer={a} taking={taking} chosen={chosen} onToggle={toggle} />
                    <h2>What each has alone</h2>
                    <div className="precedent-own-columns">
                      <OwnPoints side={a.plan} ids={a.onlyPlan} testId="precedent-only-plan" />
                      <OwnPoints
                        side={a.other}
                        ids={a.onlyOther}
                        testId="precedent-only-other"
                        taking={taking}
                        chosen={chosen}
                        onToggle={toggle}
                      />
                    </div>
                    {taking ? <StartFromPrecedent answer={a} processes={processes} chosen={chosen} /> : null}
                  </>
                )}
              </Loaded>
            )}
          </>
        );
      }}
    </Loaded>
  );
}

function VersionPicker({
  label,
  versions,
  value,
  onChange,
  testId,
}: {
  label: string;
  versions: PresentedVersion[];
  value: string | null;
  onChange: (id: string) => void;
  testId: string;
}) {
  if (versions.length < 2) return null;
  return (
    <label>
      {revealInvisible(label)}{' '}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="" disabled>
          The latest
        </option>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {revealInvisible(v.label)}
            {v.withdrawal ? ' (withdrawn)' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
