// A process's implementation: /processes/{id}/implementation. The commitments of its agreed versions, by party,
// each with its status on the Peace Accords Matrix scale, due and overdue, its history and evidence; each party's
// compliance over time; the milestones due rules count from. Readable by whoever reads the commitments' versions.
import type { ImplementationAnswer } from '@concord/core';
import { revealInvisible } from '@concord/core/text';
import { useState } from 'react';
import { useResource } from '../api/use-resource.ts';
import { CommitmentItem, type ItemContext } from '../components/implementation/commitment-item.tsx';
import { ComplianceChart } from '../components/implementation/compliance-chart.tsx';
import { MilestonesSection } from '../components/implementation/milestones-section.tsx';
import { TrackForm } from '../components/implementation/track-form.tsx';
import { Breadcrumbs } from '../components/layout.tsx';
import { Loaded } from '../components/status.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import '../components/implementation/implementation.css';
import type { ProcessView } from '../lib/people-types.ts';
import { paths } from '../router/routes.ts';

export function ImplementationPage({ processId }: { processId: string }) {
  const [refresh, setRefresh] = useState(0);
  const id = encodeURIComponent(processId);
  const process = useResource<ProcessView>(`/api/processes/${id}`);
  const answer = useResource<ImplementationAnswer>(`/api/processes/${id}/implementation`, refresh);
  useDocumentTitle(process.state === 'ok' ? `Implementation · ${process.data.title}` : null);
  return (
    <Loaded resource={process} what="the process">
      {(p) => (
        <>
          <Breadcrumbs
            trail={[
              { label: 'Processes', href: paths.processes() },
              { label: p.title, href: paths.process(p.id) },
              { label: 'Implementation' },
            ]}
          />
          <header className="page-header">
            <h1 dir="auto">Implementation of {revealInvisible(p.title)}</h1>
            <Intro />
          </header>
          <Loaded resource={answer} what="the implementation">
            {(a) => <Body a={a} process={p} onChanged={() => setRefresh((n) => n + 1)} />}
          </Loaded>
        </>
      )}
    </Loaded>
  );
}

function Intro() {
  return (
    <div className="lede" data-testid="pam-scale">
      <p>
        Once a version is agreed, each of its commitments is followed until it is done. Its status is scored
        on the Peace Accords Matrix scale (Kroc Institute, University of Notre Dame), used to compare the
        implementation of peace agreements since 1989:
      </p>
      <ol start={0} className="pam-scale">
        <li>
          <strong>0 — not initiated</strong>: nothing has been done yet;
        </li>
        <li>
          <strong>1 — minimal</strong>: first steps, far from what was promised;
        </li>
        <li>
          <strong>2 — intermediate</strong>: well under way but not finished;
        </li>
        <li>
          <strong>3 — complete</strong>: done as agreed.
        </li>
      </ol>
      <p>
        A status holds from the day given until another replaces it, and none is ever erased: a reversal shows
        as a lower score later. A commitment made of parts takes the weighted mean of its parts’ progress.
        Each status names who set it, why, and the evidence by its SHA-256 fingerprint (the file stays with
        whoever holds it). A commitment is overdue once its due time has passed and it is not complete. A
        party’s compliance is the weighted mean of its commitments’ scores divided by 3.
      </p>
    </div>
  );
}

function Body({
  a,
  process,
  onChanged,
}: {
  a: ImplementationAnswer;
  process: ProcessView;
  onChanged: () => void;
}) {
  const nameOf = (party: string) => process.parties.find((x) => x.id === party)?.name ?? party;
  const today = a.asOf.slice(0, 10);
  const ctx: ItemContext = {
    all: a.commitments,
    today,
    nameOf,
    actorName: (actor) => a.actors[actor] ?? 'Someone',
    onChanged,
  };
  const roots = a.commitments.filter((c) => c.parentId === null);
  const parties = [...new Set(roots.map((c) => c.obligor))].sort((x, y) =>
    nameOf(x).localeCompare(nameOf(y)),
  );
  const overdue = a.commitments.filter((c) => c.overdue).length;
  return (
    <>
      <section aria-labelledby="compliance-heading">
        <h2 id="compliance-heading">Compliance per party</h2>
        <p className="muted">
          As of {a.asOf.slice(0, 16).replace('T', ' ')} UTC: {a.commitments.length} commitments tracked,{' '}
          {overdue} overdue.
        </p>
        <ComplianceChart series={a.compliance} until={today} nameOf={nameOf} />
      </section>
      <section aria-labelledby="commitments-heading">
        <h2 id="commitments-heading">Commitments by party</h2>
        {parties.length === 0 ? <p className="muted">No commitment you can see is tracked yet.</p> : null}
        {parties.map((party) => (
          <section key={party} className="party-commitments" data-testid="party-commitments">
            <h3 dir="auto">{nameOf(party)}</h3>
            <ul className="tracked-list">
              {roots
                .filter((c) => c.obligor === party)
                .map((c) => (
                  <CommitmentItem key={c.commitmentId} c={c} ctx={ctx} />
                ))}
            </ul>
          </section>
        ))}
      </section>
      {a.candidates.length > 0 ? (
        <TrackForm
          key={a.candidates.length}
          candidates={a.candidates}
          parents={a.commitments}
          milestoneKeys={a.milestones.map((m) => m.key)}
          nameOf={nameOf}
          onDone={onChanged}
        />
      ) : null}
      <MilestonesSection
        processId={process.id}
        milestones={a.milestones}
        mayRecord={a.mayRecordMilestone}
        onChanged={onChanged}
      />
    </>
  );
}
