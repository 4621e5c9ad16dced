import { revealInvisible } from '@concord/core/text';
import { useState } from 'react';
import type { Party } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { AudienceBadge, AudienceNote } from '../components/audience-badge.tsx';
import { AddPartyForm, EditPartyForm } from '../components/authoring/party-forms.tsx';
import { NewPlanForm } from '../components/authoring/plan-form.tsx';
import { Breadcrumbs } from '../components/layout.tsx';
import { MembersSection } from '../components/members-section.tsx';
import { ShareControl } from '../components/share-dialog.tsx';
import { Loaded } from '../components/status.tsx';
import { TimelineSection } from '../components/timeline/timeline-section.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { UserText } from '../components/user-text.tsx';
import { VersionTreeView } from '../components/version-tree-view.tsx';
import '../components/authoring/authoring.css';
import { may, type PlanView, type PresentedPlan, type ProcessView } from '../lib/people-types.ts';
import { Link } from '../router/link.tsx';
import { paths } from '../router/routes.ts';

const kindOrder = ['party', 'mediator', 'intermediary', 'guarantor', 'monitor', 'observer'];

export function ProcessPage({ id }: { id: string }) {
  // Sharing the process more widely bumps this so it (its audience) is read again.
  const [shared, setShared] = useState(0);
  const process = useResource<ProcessView>(`/api/processes/${encodeURIComponent(id)}`, shared);
  useDocumentTitle(process.state === 'ok' ? process.data.title : null);
  return (
    <Loaded resource={process} what="the process">
      {(p) => (
        <>
          <Breadcrumbs trail={[{ label: 'Processes', href: paths.processes() }, { label: p.title }]} />
          <header className="page-header">
            <h1 dir="auto">{revealInvisible(p.title)}</h1>
            {p.description ? (
              <p className="lede" dir="auto">
                {revealInvisible(p.description)}
              </p>
            ) : null}
            <AudienceNote audience={p.audience} parties={p.parties} what="process" />
            <ShareControl
              kind="process"
              id={p.id}
              audience={p.audience}
              abilities={p.abilities}
              parties={p.parties}
              onShared={() => setShared((n) => n + 1)}
            />
          </header>
          <div className="two-col">
            <section aria-labelledby="plans-heading" className="main-col">
              <h2 id="plans-heading">Plans</h2>
              <p className="muted">
                The frameworks negotiated in this process, each with its versions and counter-drafts. You see
                the plans and versions shared with you.
              </p>
              {p.plans.length === 0 ? (
                <p className="muted">No plan you can see has been drafted yet.</p>
              ) : null}
              {p.plans.map((plan) => (
                <PlanBlock key={plan.id} plan={plan} parties={p.parties} />
              ))}
              {may(p.abilities, 'create-plan') ? (
                <details className="authoring-details" data-testid="start-plan">
                  <summary className="button">Start a plan</summary>
                  <p className="muted">
                    A plan is the framework under negotiation. It holds versions: the first draft, then every
                    counter-draft, each answering the version before it.
                  </p>
                  <NewPlanForm processId={p.id} parties={p.parties} />
                </details>
              ) : null}
            </section>
            <section aria-labelledby="parties-heading" className="side-col">
              <h2 id="parties-heading">Parties</h2>
              <p className="muted">The sides, mediators and others the plans name and may be shared with.</p>
              <PartyTable
                parties={p.parties}
                editable={may(p.abilities, 'add-party')}
                onChanged={() => setShared((n) => n + 1)}
              />
              {may(p.abilities, 'add-party') ? (
                <details className="authoring-details" data-testid="add-party-details">
                  <summary className="button">Add a party</summary>
                  <AddPartyForm processId={p.id} onDone={() => setShared((n) => n + 1)} />
                </details>
              ) : null}
            </section>
          </div>
          <section aria-labelledby="council-heading" data-testid="council-link">
            <h2 id="council-heading">Council</h2>
            <p className="muted">
              The guarantor council that monitors and guarantees the agreement: its seats, how it decides, its
              motions and every vote. <Link href={paths.council(p.id)}>Open the council</Link>
            </p>
          </section>
          <section aria-labelledby="implementation-heading" data-testid="implementation-link">
            <h2 id="implementation-heading">Implementation</h2>
            <p className="muted">
              The commitments of the agreed text, each scored from 0 (not initiated) to 3 (complete) with its
              evidence, what is overdue, and each party’s compliance over time.{' '}
              <Link href={paths.implementation(p.id)}>Follow the implementation</Link>
            </p>
          </section>
          <section aria-labelledby="monitoring-heading" data-testid="monitoring-link">
            <h2 id="monitoring-heading">Monitoring</h2>
            <p className="muted">
              Incidents reported by monitors (with ACLED’s fields), their verification, a map, incidents per
              month by party and type, restrictions of the monitors’ movement and monitoring reports.{' '}
              <Link href={paths.monitoring(p.id)}>Open the monitoring</Link>
            </p>
          </section>
          <section aria-labelledby="guarantees-heading" data-testid="guarantees-link">
            <h2 id="guarantees-heading">Guarantees</h2>
            <p className="muted">
              What happens when the agreement is not kept: the rules that open a case (verified incidents, an
              overdue commitment, a party’s notification), each case’s steps and deadlines, and its outcome.{' '}
              <Link href={paths.guarantees(p.id)}>Open the guarantees</Link>
            </p>
          </section>
          <section aria-labelledby="fund-heading" data-testid="fund-link">
            <h2 id="fund-heading">Reconstruction fund</h2>
            <p className="muted">
              The money promised for the agreement: donors’ pledges and payments, what is allocated to each
              project and what is paid out once the commitments it waits on hold.{' '}
              <Link href={paths.fund(p.id)}>Open the fund</Link>
            </p>
          </section>
          <section aria-labelledby="transparency-heading" data-testid="transparency-link">
            <h2 id="transparency-heading">Public record</h2>
            <p className="muted">
              What anyone may know of the implementation, signed in or not, on one printable page: the signed
              agreement, commitment statuses, verified incidents, fund totals and council decisions, each with
              the log entry that proves it.{' '}
              <Link href={paths.transparency(p.id)}>Open the public record</Link>
            </p>
          </section>
          <TimelineSection processId={p.id} parties={p.parties} abilities={p.abilities} />
          <MembersSection processId={p.id} abilities={p.abilities} parties={p.parties} />
        </>
      )}
    </Loaded>
  );
}

function PlanBlock({ plan, parties }: { plan: PresentedPlan; parties: Party[] }) {
  const detail = useResource<PlanView>(`/api/plans/${encodeURIComponent(plan.id)}`);
  const mediator = parties.find((x) => x.id === plan.mediatorPartyId);
  return (
    <div className="plan-block" data-testid="plan">
      <h3 dir="auto">{revealInvisible(plan.title)}</h3>
      <p className="muted">
        Who can see it: <AudienceBadge audience={plan.audience} parties={parties} />
      </p>
      {mediator ? (
        <p className="muted">
          Mediator: <UserText text={mediator.name} />
        </p>
      ) : null}
      <Loaded resource={detail} what="its versions">
        {(d) => <VersionTreeView versions={d.versions} currentId={null} title="Versions" parties={parties} />}
      </Loaded>
      <p>
        <Link href={paths.plan(plan.id)}>Open the plan</Link>
      </p>
    </div>
  );
}

function PartyTable({
  parties,
  editable,
  onChanged,
}: {
  parties: Party[];
  editable: boolean;
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  if (parties.length === 0) return <p className="muted">No party has been recorded yet.</p>;
  const sorted = [...parties].sort(
    (a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.name.localeCompare(b.name),
  );
  return (
    <table className="parties-table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
          <th scope="col">Also called</th>
          {editable ? <th scope="col">Change</th> : null}
        </tr>
      </thead>
      <tbody>
        {sorted.map((party) => (
          <tr key={party.id} data-testid="party">
            <td dir="auto">{revealInvisible(party.name)}</td>
            <td>
              <span className={`kind kind-${party.kind}`}>{party.kind}</span>
            </td>
            <td>
              {party.aliases.length > 0 ? (
                party.aliases.map((alias, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: aliases may repeat; their order is fixed
                  <span key={i}>
                    {i > 0 ? ', ' : ''}
                    <UserText text={alias} />
                  </span>
                ))
              ) : (
                <span className="muted">—</span>
              )}
              {editing === party.id ? (
                <EditPartyForm
                  party={party}
                  onDone={() => {
                    setEditing(null);
                    onChanged();
                  }}
                />
              ) : null}
            </td>
            {editable ? (
              <td>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setEditing(editing === party.id ? null : party.id)}
                  data-testid="edit-party"
                >
                  {editing === party.id ? 'Close' : 'Edit'}
                </button>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
