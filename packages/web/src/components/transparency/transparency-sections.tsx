// The public record's sections: the signed agreement, commitment statuses, verified incidents, fund totals and
// council decisions, each item with the number of the log entry that proves it and a link to check it.
import { PAM_WORDS, type TransparencyAnswer } from '@concord/core';
import { type Currency, formatMinor } from '@concord/core/fund';
import type { ReactNode } from 'react';
import { formatDate } from '../../lib/commitments.ts';
import { MOTION_KIND_WORDS, OUTCOME_WORDS, tallyLine } from '../../lib/council-words.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { UserText } from '../user-text.tsx';

type T = TransparencyAnswer;

/** The entry's number and a link that checks it against the signed log. */
export function Proof({ index, what = 'Entry' }: { index: number; what?: string }) {
  return (
    <span className="proof" data-testid="proof">
      {what} <span className="proof-index">#{index}</span>{' '}
      <Link href={paths.verify(index)} className="proof-check">
        Check entry
      </Link>
    </span>
  );
}

function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  children: ReactNode;
}) {
  return (
    <section className="transparency-section" aria-labelledby={`t-${id}`} data-testid={`transparency-${id}`}>
      <h2 id={`t-${id}`}>{title}</h2>
      <p className="muted">{intro}</p>
      {children}
    </section>
  );
}

export function AgreementSection({ agreements }: { agreements: T['agreements'] }) {
  return (
    <Section
      id="agreement"
      title="The signed agreement"
      intro="The final text of each plan, its fingerprint (a hash every signature signs) and who signed it for which party."
    >
      {agreements.length === 0 ? <p className="muted">No final text yet.</p> : null}
      {agreements.map((a) => (
        <article key={a.versionId} className="transparency-item">
          <h3 dir="auto">
            <UserText text={a.planTitle} /> — <UserText text={a.label} />
          </h3>
          <p>
            <Link href={paths.version(a.versionId)}>Read the text</Link> ·{' '}
            <Link href={paths.verifyVersion(a.versionId)}>Check the text and its signatures</Link> ·{' '}
            <Proof index={a.logIndex} what="Text entry" />
          </p>
          <p className="transparency-hash">
            Fingerprint <code>{a.versionHash}</code>
          </p>
          {a.signatures.length === 0 ? (
            <p className="muted">Not signed yet.</p>
          ) : (
            <ul className="transparency-list">
              {a.signatures.map((s) => (
                <li key={s.logIndex}>
                  Signed for <strong dir="auto">{s.partyName}</strong> on {formatDate(s.signedAt)}, key{' '}
                  <code>{s.fingerprint}</code> · <Proof index={s.logIndex} />
                </li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </Section>
  );
}

export function CommitmentsSection({ commitments }: { commitments: T['commitments'] }) {
  return (
    <Section
      id="commitments"
      title="Commitments"
      intro="Each commitment being tracked, with its latest status on the Peace Accords Matrix scale: 0 not initiated, 1 minimal, 2 intermediate, 3 complete."
    >
      {commitments.length === 0 ? (
        <p className="muted">No commitment is tracked yet.</p>
      ) : (
        <table className="transparency-table">
          <thead>
            <tr>
              <th scope="col">Who</th>
              <th scope="col">Commitment</th>
              <th scope="col">Status</th>
              <th scope="col">Proof</th>
            </tr>
          </thead>
          <tbody>
            {commitments.map((c) => (
              <tr key={c.commitmentId} data-testid="transparency-commitment">
                <td dir="auto">
                  <UserText text={c.obligor} />
                </td>
                <td dir="auto">
                  <UserText text={c.action} />
                </td>
                <td>
                  {c.score === null ? (
                    'No status yet'
                  ) : (
                    <>
                      <strong>
                        {c.score} · {PAM_WORDS[c.score]}
                      </strong>{' '}
                      since {formatDate(c.on ?? '')}
                      {c.reason ? (
                        <span className="transparency-reason" dir="auto">
                          <UserText text={c.reason} />
                        </span>
                      ) : null}
                    </>
                  )}
                </td>
                <td>
                  <Proof index={c.logIndex} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

export function IncidentsSection({ incidents }: { incidents: T['incidents'] }) {
  return (
    <Section
      id="incidents"
      title="Verified incidents"
      intro="Incidents the monitors have verified. Incidents still being checked, disputed or rejected are not listed here."
    >
      {incidents.length === 0 ? (
        <p className="muted">No incident has been verified.</p>
      ) : (
        <table className="transparency-table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">What</th>
              <th scope="col">Who</th>
              <th scope="col">Where</th>
              <th scope="col">Deaths</th>
              <th scope="col">Verified</th>
              <th scope="col">Proof</th>
            </tr>
          </thead>
          <tbody>
            {incidents.map((i) => (
              <tr key={i.id} data-testid="transparency-incident">
                <td>{formatDate(i.eventDate)}</td>
                <td>
                  {i.eventType}: <UserText text={i.subEventType} />
                </td>
                <td dir="auto">
                  <UserText text={i.actor2 ? `${i.actor1} / ${i.actor2}` : i.actor1} />
                </td>
                <td dir="auto">
                  <UserText text={i.admin1 ? `${i.place}, ${i.admin1}` : i.place} />
                </td>
                <td>{i.fatalities}</td>
                <td>
                  {formatDate(i.verifiedAt)}
                  <span className="transparency-reason" dir="auto">
                    <UserText text={i.reason} />
                  </span>
                </td>
                <td>
                  <Proof index={i.logIndex} what="Verified in entry" />
                  <br />
                  <Proof index={i.reportedLogIndex} what="Reported in entry" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

export function FundsSection({ funds }: { funds: T['funds'] }) {
  const money = (amount: number, currency: string) => formatMinor(amount, currency as Currency);
  return (
    <Section
      id="funds"
      title="Reconstruction funds"
      intro="What donors pledged and paid in, what was allocated to projects and what was paid out, per currency."
    >
      {funds.length === 0 ? <p className="muted">No fund has been set up.</p> : null}
      {funds.map((f) => (
        <article key={f.id} className="transparency-item" data-testid="transparency-fund">
          <h3 dir="auto">
            <UserText text={f.name} />
          </h3>
          {f.illustrative ? (
            <p className="fund-illustrative">
              Illustrative figures: these amounts show how the fund works, they are not reported flows.
            </p>
          ) : null}
          <table className="transparency-table">
            <thead>
              <tr>
                <th scope="col">Currency</th>
                <th scope="col">Pledged</th>
                <th scope="col">Paid in</th>
                <th scope="col">Allocated</th>
                <th scope="col">Paid out</th>
                <th scope="col">Not yet allocated</th>
              </tr>
            </thead>
            <tbody>
              {f.currencies.map((c) => (
                <tr key={c.currency}>
                  <th scope="row">{c.currency}</th>
                  <td>{money(c.pledged, c.currency)}</td>
                  <td>{money(c.paid, c.currency)}</td>
                  <td>{money(c.allocated, c.currency)}</td>
                  <td>{money(c.disbursed, c.currency)}</td>
                  <td>{money(c.available, c.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <Proof index={f.logIndex} what="Set up in entry" />
            {f.lastOperationLogIndex === null ? null : (
              <>
                {' '}
                · <Proof index={f.lastOperationLogIndex} what="Totals as of entry" />
              </>
            )}
          </p>
        </article>
      ))}
    </Section>
  );
}

export function DecisionsSection({ decisions }: { decisions: T['decisions'] }) {
  return (
    <Section
      id="decisions"
      title="Council decisions"
      intro="Motions the council has closed, with the outcome its decision rule gave on the votes cast."
    >
      {decisions.length === 0 ? <p className="muted">The council has not decided anything yet.</p> : null}
      {decisions.map((d) => (
        <article key={d.motionId} className="transparency-item" data-testid="transparency-decision">
          <h3 dir="auto">
            <UserText text={d.title} />
          </h3>
          <p>
            <strong>{OUTCOME_WORDS[d.result]}</strong> · {MOTION_KIND_WORDS[d.kind]} ·{' '}
            <UserText text={d.councilName} /> · closed {formatDate(d.closedAt)}
          </p>
          {d.reasons.length === 0 ? (
            <p>{tallyLine(d.tally)}</p>
          ) : (
            <ul className="transparency-list">
              {d.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
          <p>
            <Proof index={d.logIndex} what="Decided in entry" />
          </p>
        </article>
      ))}
    </Section>
  );
}
