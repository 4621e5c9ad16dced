import type { Delivery, Party, Receipt } from '@concord/core';
import { revealInvisible } from '@concord/core/text';
import { useState } from 'react';
import { useResource } from '../../api/use-resource.ts';
import { type Abilities, may } from '../../lib/people-types.ts';
import { Loaded } from '../status.tsx';
import { day, formWords, receiptWords } from './briefing-words.ts';
import { DeliveryForm } from './delivery-form.tsx';
import '../timeline/timeline.css';

type VersionBriefing = {
  versionId: string;
  parties: Party[];
  receipts: Receipt[];
  notBriefed: string[];
  deliveries: Delivery[];
};

/**
 * "Who has seen it": for each party, whether and when it received this version, and the parties not briefed on
 * it. A mediator records a delivery here; the version is then read again (its audience and status change).
 */
export function WhoHasSeenIt({
  versionId,
  abilities,
  onDelivered,
}: {
  versionId: string;
  abilities: Abilities;
  onDelivered: () => void;
}) {
  const [refresh, setRefresh] = useState(0);
  const briefing = useResource<VersionBriefing>(
    `/api/versions/${encodeURIComponent(versionId)}/deliveries`,
    refresh,
  );
  return (
    <section className="briefing-panel" aria-labelledby="who-has-seen-it" data-testid="who-has-seen-it">
      <h2 id="who-has-seen-it">Who has seen it</h2>
      <p className="muted">
        Which parties received this version, when and how, as far as you may know. A party that has not
        received it has not been briefed on it.
      </p>
      <Loaded resource={briefing} what="who has seen it">
        {(b) => {
          const name = (id: string) => revealInvisible(b.parties.find((p) => p.id === id)?.name ?? 'a party');
          return (
            <>
              {b.notBriefed.length > 0 ? (
                <p className="not-briefed" data-testid="not-briefed">
                  Not briefed on this version: {b.notBriefed.map(name).join(', ')}
                </p>
              ) : null}
              <table className="briefing-table">
                <thead>
                  <tr>
                    <th scope="col">Party</th>
                    <th scope="col">This version</th>
                  </tr>
                </thead>
                <tbody>
                  {b.receipts.map((r) => (
                    <tr key={r.partyId} data-testid="receipt" data-status={r.status}>
                      <td dir="auto">{name(r.partyId)}</td>
                      <td className={`receipt receipt-${r.status}`}>{revealInvisible(receiptWords(r))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {b.deliveries.length > 0 ? (
                <ul className="delivery-list">
                  {b.deliveries.map((d) => (
                    <li key={d.id} data-testid="delivery">
                      {day(d.deliveredAt)}: handed to {name(d.partyId)} by {revealInvisible(d.deliveredBy)},{' '}
                      {formWords(d.form)}
                      {d.viaPartyId ? `, through ${name(d.viaPartyId)}` : ''}
                      {d.note ? <span className="muted"> — {revealInvisible(d.note)}</span> : null}
                    </li>
                  ))}
                </ul>
              ) : null}
              {may(abilities, 'deliver') ? (
                <details className="authoring-details">
                  <summary className="button" data-testid="open-delivery-form">
                    Record a delivery
                  </summary>
                  <DeliveryForm
                    versionId={versionId}
                    parties={b.parties}
                    onDone={() => {
                      setRefresh((n) => n + 1);
                      onDelivered();
                    }}
                  />
                </details>
              ) : null}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
