// A process's guarantees: /processes/{id}/guarantees. The rules in words, the open and closed cases each with the
// timeline of its steps and dates and its outcome, the notifications, and the forms for who may use them.
import { revealInvisible } from '@concord/core/text';
import { useState } from 'react';
import { useResource } from '../api/use-resource.ts';
import { CaseCard } from '../components/guarantees/case-card.tsx';
import { NotifyForm, RulesForm } from '../components/guarantees/guarantee-forms.tsx';
import { RulesList } from '../components/guarantees/rules-list.tsx';
import type { GuaranteesView } from '../components/guarantees/types.ts';
import { Breadcrumbs } from '../components/layout.tsx';
import { Loaded } from '../components/status.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import '../components/guarantees/guarantees.css';
import type { ProcessView } from '../lib/people-types.ts';
import { paths } from '../router/routes.ts';

export function GuaranteesPage({ processId }: { processId: string }) {
  const [refresh, setRefresh] = useState(0);
  const id = encodeURIComponent(processId);
  const process = useResource<ProcessView>(`/api/processes/${id}`);
  const answer = useResource<GuaranteesView>(`/api/processes/${id}/guarantees`, refresh);
  useDocumentTitle(process.state === 'ok' ? `Guarantees · ${process.data.title}` : null);
  return (
    <Loaded resource={process} what="the process">
      {(p) => (
        <>
          <Breadcrumbs
            trail={[
              { label: 'Processes', href: paths.processes() },
              { label: p.title, href: paths.process(p.id) },
              { label: 'Guarantees' },
            ]}
          />
          <header className="page-header">
            <h1 dir="auto">Guarantees of {revealInvisible(p.title)}</h1>
            <Intro />
          </header>
          <Loaded resource={answer} what="the guarantees">
            {(a) => <Body a={a} onChanged={() => setRefresh((n) => n + 1)} />}
          </Loaded>
        </>
      )}
    </Loaded>
  );
}

function Intro() {
  return (
    <div className="lede" data-testid="guarantees-intro">
      <p>
        A guarantee says what happens when an agreement is not kept. Each rule names what opens a{' '}
        <strong>case</strong> — verified incidents, a commitment left overdue, or a party’s formal
        notification — and the steps the case then runs through: a notice, a period to put things right or
        consult, a finding by the guarantors, each with a time limit. When nobody decides in time, the rule’s{' '}
        <strong>default outcome</strong> applies, with its consequences (sanctions reinstated, a guarantee
        void).
      </p>
      <p>
        Concord runs the rules itself, on every relevant event and on the clock, and records each change of a
        case in the public log: the dates below are when each step began or ended, and each links to the log
        entry anyone can verify.
      </p>
    </div>
  );
}

function Body({ a, onChanged }: { a: GuaranteesView; onChanged: () => void }) {
  const open = a.cases.filter((c) => c.status === 'open');
  const closed = a.cases.filter((c) => c.status === 'closed');
  return (
    <>
      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">Rules</h2>
        {a.rules ? <RulesList rules={a.rules} /> : <p className="muted">No guarantee rules are set yet.</p>}
      </section>
      <section aria-labelledby="open-heading">
        <h2 id="open-heading">Open cases</h2>
        {open.length === 0 ? <p className="muted">No case is open.</p> : null}
        {open.map((c) => (
          <CaseCard key={c.id} c={c} commitments={a.commitments} />
        ))}
      </section>
      <section aria-labelledby="closed-heading">
        <h2 id="closed-heading">Closed cases</h2>
        {closed.length === 0 ? <p className="muted">No case has closed.</p> : null}
        {closed.map((c) => (
          <CaseCard key={c.id} c={c} commitments={a.commitments} />
        ))}
      </section>
      <section aria-labelledby="notifications-heading">
        <h2 id="notifications-heading">Notifications</h2>
        {a.notifications.length === 0 ? <p className="muted">None so far.</p> : null}
        <ul>
          {a.notifications.map((n) => (
            <li key={n.id}>
              {n.at.slice(0, 10)}: {revealInvisible(n.by)}
              {n.against ? ` against ${revealInvisible(n.against)}` : ''}
              {n.note ? ` — ${revealInvisible(n.note)}` : ''}
            </li>
          ))}
        </ul>
        {a.may.notify ? <NotifyForm view={a} onDone={onChanged} /> : null}
      </section>
      {a.may.setRules ? (
        <section aria-labelledby="set-rules-heading">
          <h2 id="set-rules-heading">Change the rules</h2>
          <RulesForm view={a} onDone={onChanged} />
        </section>
      ) : null}
    </>
  );
}
