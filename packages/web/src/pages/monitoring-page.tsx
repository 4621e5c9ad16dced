// A process's monitoring: /processes/{id}/monitoring. Incidents on a map drawn from the boundaries Concord ships,
// in a table with filters and the verification workflow, monthly series by party and by event type, ACLED CSV
// import (bad rows named by their line) and export, restrictions of the monitors' movement and the reports filed.
import type { MonitoringAnswer } from '@concord/core/monitoring';
import { revealInvisible } from '@concord/core/text';
import { useState } from 'react';
import type { z } from 'zod';
import { useResource } from '../api/use-resource.ts';
import { Breadcrumbs } from '../components/layout.tsx';
import { ImportForm, ImportOutcome, type ImportResult } from '../components/monitoring/import-form.tsx';
import { IncidentForm } from '../components/monitoring/incident-form.tsx';
import { IncidentMap } from '../components/monitoring/incident-map.tsx';
import { IncidentsTable } from '../components/monitoring/incidents-table.tsx';
import { ReportForm } from '../components/monitoring/report-form.tsx';
import { RestrictionForm } from '../components/monitoring/restriction-form.tsx';
import { SeriesChart } from '../components/monitoring/series-chart.tsx';
import { Loaded } from '../components/status.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import '../components/monitoring/monitoring.css';
import type { ProcessView } from '../lib/people-types.ts';
import { paths } from '../router/routes.ts';

type Monitoring = z.infer<typeof MonitoringAnswer>;

export function MonitoringPage({ processId }: { processId: string }) {
  const [refresh, setRefresh] = useState(0);
  const [imported, setImported] = useState<ImportResult | null>(null);
  const id = encodeURIComponent(processId);
  const process = useResource<ProcessView>(`/api/processes/${id}`);
  const answer = useResource<Monitoring>(`/api/processes/${id}/monitoring`, refresh);
  useDocumentTitle(process.state === 'ok' ? `Monitoring · ${process.data.title}` : null);
  return (
    <Loaded resource={process} what="the process">
      {(p) => (
        <>
          <Breadcrumbs
            trail={[
              { label: 'Processes', href: paths.processes() },
              { label: p.title, href: paths.process(p.id) },
              { label: 'Monitoring' },
            ]}
          />
          <header className="page-header">
            <h1 dir="auto">Monitoring of {revealInvisible(p.title)}</h1>
            <Intro />
          </header>
          <Loaded resource={answer} what="the monitoring">
            {(a) => (
              <Body
                a={a}
                processId={p.id}
                imported={imported}
                onImported={(r) => {
                  setImported(r);
                  setRefresh((n) => n + 1);
                }}
                onChanged={() => setRefresh((n) => n + 1)}
              />
            )}
          </Loaded>
        </>
      )}
    </Loaded>
  );
}

function Intro() {
  return (
    <div className="lede" data-testid="monitoring-intro">
      <p>
        Monitors record what happens on the ground after an agreement: each incident with the fields ACLED
        (the Armed Conflict Location &amp; Event Data project) uses — date, event type, who acted, where,
        deaths, source — and, for a ceasefire, what missions such as the OSCE’s in Ukraine noted: the weapon,
        how many rounds or explosions, the direction, the distance and whether it was seen or only heard.
      </p>
      <p>
        An incident is first <strong>reported</strong>; other accounts may <strong>corroborate</strong> it; a
        monitor’s finding <strong>verifies</strong> it. Any verified or corroborated incident can be{' '}
        <strong>disputed</strong>, and a false one <strong>rejected</strong>. Each step names who decided and
        why. Only verified incidents count towards the guarantee rules. Reports propose statuses for
        commitments; a mediator decides whether to apply them on the implementation page.
      </p>
    </div>
  );
}

type BodyProps = {
  a: Monitoring;
  processId: string;
  imported: ImportResult | null;
  onImported: (result: ImportResult) => void;
  onChanged: () => void;
};

function Body({ a, processId, imported, onImported, onChanged }: BodyProps) {
  const exportHref = `/api/processes/${encodeURIComponent(processId)}/incidents/export`;
  const dots = a.incidents.map((i) => ({
    id: i.id,
    label: `${i.incident.eventDate} ${i.incident.subEventType}, ${i.incident.location.name} (${i.status})`,
    status: i.status,
    at: [i.incident.location.longitude, i.incident.location.latitude] as [number, number],
  }));
  return (
    <>
      <section aria-labelledby="map-heading">
        <h2 id="map-heading">Map</h2>
        <IncidentMap incidents={dots} />
      </section>
      <section aria-labelledby="incidents-heading">
        <h2 id="incidents-heading">Incidents</h2>
        <IncidentsTable incidents={a.incidents} mayVerify={a.mayVerify} onChanged={onChanged} />
        <p>
          <a href={exportHref} download="incidents.acled.csv">
            Download as an ACLED CSV
          </a>
        </p>
        {imported ? <ImportOutcome result={imported} /> : null}
        {a.mayReport ? <IncidentForm processId={processId} onDone={onChanged} /> : null}
        {a.mayReport ? <ImportForm processId={processId} onDone={onImported} /> : null}
      </section>
      <section aria-labelledby="series-heading">
        <h2 id="series-heading">Incidents per month</h2>
        <h3>By party (the actor who acted first)</h3>
        <SeriesChart data={a.series.byParty} title="Incidents per month by party" />
        <h3>By event type</h3>
        <SeriesChart data={a.series.byEventType} title="Incidents per month by event type" />
      </section>
      <section aria-labelledby="restrictions-heading">
        <h2 id="restrictions-heading">Restrictions of the monitors’ movement</h2>
        {a.restrictions.length === 0 ? <p className="muted">None recorded.</p> : null}
        <ul>
          {a.restrictions.map((r) => (
            <li key={r.id} data-testid="restriction">
              {r.restriction.date}: {r.restriction.kind} by {revealInvisible(r.restriction.by)} at{' '}
              {revealInvisible(r.restriction.location.name)}
              {r.restriction.description ? ` — ${revealInvisible(r.restriction.description)}` : ''}
            </li>
          ))}
        </ul>
        {a.mayReport ? <RestrictionForm processId={processId} onDone={onChanged} /> : null}
      </section>
      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading">Monitoring reports</h2>
        {a.reports.length === 0 ? <p className="muted">None filed.</p> : null}
        <ul>
          {a.reports.map((r) => (
            <li key={r.id} data-testid="report">
              {r.report.from} to {r.report.to}: {revealInvisible(r.report.summary)} (
              {r.report.findings.length} findings
              {r.report.findings.some((f) => f.proposedScore !== null) ? ', with proposed statuses' : ''})
            </li>
          ))}
        </ul>
        {a.mayReport ? <ReportForm processId={processId} onDone={onChanged} /> : null}
      </section>
    </>
  );
}
