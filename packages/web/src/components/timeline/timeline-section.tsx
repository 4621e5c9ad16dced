import type { Party, Receipt, TimelineItem } from '@concord/core';
import { revealInvisible } from '@concord/core/text';
import { useState } from 'react';
import { useResource } from '../../api/use-resource.ts';
import { type Abilities, may } from '../../lib/people-types.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { day, receiptWords } from '../deliveries/briefing-words.ts';
import { Loaded } from '../status.tsx';
import { DeadlineForm, DeadlineList, type PresentedDeadline } from './deadlines.tsx';
import { ConsultationForm, StatementForm } from './record-forms.tsx';
import { itemKey, itemKind, itemText } from './timeline-words.ts';
import './timeline.css';

type ProcessBriefing = {
  parties: Party[];
  versions: { id: string; label: string; receipts: Receipt[]; notBriefed: string[] }[];
};

/**
 * The process over time: deadlines with their countdown, who has received which version, and one timeline of
 * versions, deliveries, consultations, statements and deadlines, each only as far as the reader may see it.
 */
export function TimelineSection({
  processId,
  parties,
  abilities,
}: {
  processId: string;
  parties: Party[];
  abilities: Abilities;
}) {
  const [refresh, setRefresh] = useState(0);
  const again = () => setRefresh((n) => n + 1);
  const base = `/api/processes/${encodeURIComponent(processId)}`;
  const timeline = useResource<{ now: string; items: TimelineItem[] }>(`${base}/timeline`, refresh);
  const deadlines = useResource<{ now: string; items: PresentedDeadline[] }>(`${base}/deadlines`, refresh);
  const briefing = useResource<ProcessBriefing>(`${base}/briefing`, refresh);
  const name = (id: string) => revealInvisible(parties.find((p) => p.id === id)?.name ?? 'a party');
  const versions =
    briefing.state === 'ok' ? briefing.data.versions.map((v) => ({ id: v.id, label: v.label })) : [];
  const labelOf = (id: string) => versions.find((v) => v.id === id)?.label ?? null;
  return (
    <section className="timeline-section" aria-labelledby="timeline-heading" data-testid="timeline-section">
      <h2 id="timeline-heading">Timeline</h2>
      <p className="muted">
        What happened around the texts: versions issued and handed over, meetings and calls, public statements
        and deadlines. Deliveries and consultations are seen only by the mediators and the parties concerned.
      </p>
      <h3>Deadlines</h3>
      <Loaded resource={deadlines} what="the deadlines">
        {(d) => <DeadlineList deadlines={d.items} onChanged={again} />}
      </Loaded>
      <h3>Who has received which version</h3>
      <Loaded resource={briefing} what="who has received which version">
        {(b) =>
          b.versions.length === 0 ? (
            <p className="muted">No version you can see yet.</p>
          ) : (
            <div className="briefing-matrix-wrap">
              <table className="briefing-matrix" data-testid="briefing-matrix">
                <thead>
                  <tr>
                    <th scope="col">Version</th>
                    {b.parties
                      .filter((p) => p.kind !== 'mediator')
                      .map((p) => (
                        <th scope="col" key={p.id} dir="auto">
                          {revealInvisible(p.name)}
                        </th>
                      ))}
                  </tr>
                </thead>
                <tbody>
                  {b.versions.map((v) => (
                    <tr key={v.id}>
                      <th scope="row">
                        <Link href={paths.version(v.id)} dir="auto">
                          {revealInvisible(v.label)}
                        </Link>
                      </th>
                      {v.receipts
                        .filter((r) => b.parties.find((p) => p.id === r.partyId)?.kind !== 'mediator')
                        .map((r) => (
                          <td
                            key={r.partyId}
                            className={`receipt receipt-${r.status}`}
                            title={receiptWords(r)}
                          >
                            {r.status === 'delivered' && r.at ? day(r.at) : receiptWords(r)}
                          </td>
                        ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
      <h3>In date order</h3>
      <Loaded resource={timeline} what="the timeline">
        {(t) =>
          t.items.length === 0 ? (
            <p className="muted">Nothing you can see has happened yet.</p>
          ) : (
            <ol className="timeline" data-testid="timeline">
              {t.items.map((item) => (
                <li
                  key={itemKey(item)}
                  className={`timeline-item timeline-${item.kind}`}
                  data-testid="timeline-item"
                  data-kind={item.kind}
                >
                  <time dateTime={item.at}>{day(item.at)}</time>
                  <span className="timeline-kind">{itemKind(item)}</span>
                  <span className="timeline-text" dir="auto">
                    {revealInvisible(itemText(item, name, labelOf))}
                    {item.kind === 'statement' && item.statement.sourceUrl ? (
                      <>
                        {' '}
                        <a href={item.statement.sourceUrl} rel="noopener noreferrer nofollow" target="_blank">
                          source
                        </a>
                      </>
                    ) : null}
                  </span>
                </li>
              ))}
            </ol>
          )
        }
      </Loaded>
      {may(abilities, 'record-consultation') ||
      may(abilities, 'record-statement') ||
      may(abilities, 'set-deadline') ? (
        <div className="timeline-forms">
          {may(abilities, 'record-consultation') ? (
            <details className="authoring-details">
              <summary className="button">Record a meeting or call</summary>
              <ConsultationForm processId={processId} parties={parties} versions={versions} onDone={again} />
            </details>
          ) : null}
          {may(abilities, 'record-statement') ? (
            <details className="authoring-details">
              <summary className="button">Record a public statement</summary>
              <StatementForm processId={processId} parties={parties} onDone={again} />
            </details>
          ) : null}
          {may(abilities, 'set-deadline') ? (
            <details className="authoring-details">
              <summary className="button">Set a deadline</summary>
              <DeadlineForm processId={processId} versions={versions} onDone={again} />
            </details>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
