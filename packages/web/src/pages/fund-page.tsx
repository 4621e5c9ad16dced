// A process's funds: /processes/{id}/fund. Each fund's balances per currency, donor and project, its journal in
// double entry, a payment above its pledges flagged, and the forms to set a fund up and record its operations.
// Readable by whoever reads the process.
import type { FundAnswer, FundsAnswer, ImplementationAnswer } from '@concord/core';
import { revealInvisible } from '@concord/core/text';
import { useState } from 'react';
import { postJson } from '../api/client.ts';
import { ApiError, type Problem } from '../api/problem.ts';
import { useResource } from '../api/use-resource.ts';
import { BalanceTables, JournalTable } from '../components/fund/fund-tables.tsx';
import { OperationForm } from '../components/fund/operation-form.tsx';
import { Breadcrumbs } from '../components/layout.tsx';
import { Loaded } from '../components/status.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { UserText } from '../components/user-text.tsx';
import '../components/fund/fund.css';
import type { ProcessView } from '../lib/people-types.ts';
import { paths } from '../router/routes.ts';

export function FundPage({ processId }: { processId: string }) {
  const [refresh, setRefresh] = useState(0);
  const id = encodeURIComponent(processId);
  const process = useResource<ProcessView>(`/api/processes/${id}`);
  const funds = useResource<FundsAnswer>(`/api/processes/${id}/funds`, refresh);
  const implementation = useResource<ImplementationAnswer>(`/api/processes/${id}/implementation`, refresh);
  const onChanged = () => setRefresh((n) => n + 1);
  useDocumentTitle(process.state === 'ok' ? `Fund · ${process.data.title}` : null);
  return (
    <Loaded resource={process} what="the process">
      {(p) => (
        <>
          <Breadcrumbs
            trail={[
              { label: 'Processes', href: paths.processes() },
              { label: p.title, href: paths.process(p.id) },
              { label: 'Fund' },
            ]}
          />
          <header className="page-header">
            <h1 dir="auto">Reconstruction funds of {revealInvisible(p.title)}</h1>
            <Intro />
          </header>
          <Loaded resource={funds} what="the funds">
            {(a) => (
              <>
                {a.items.length === 0 ? (
                  <p className="muted">No fund has been set up for this process.</p>
                ) : null}
                {a.items.map((f) => (
                  <FundSection
                    key={f.id}
                    fund={f}
                    mayRecord={a.mayRecord}
                    implementation={implementation.state === 'ok' ? implementation.data : null}
                    onChanged={onChanged}
                  />
                ))}
                {a.mayCreate ? <CreateFundForm processId={p.id} onDone={onChanged} /> : null}
              </>
            )}
          </Loaded>
        </>
      )}
    </Loaded>
  );
}

function Intro() {
  return (
    <div className="lede" data-testid="fund-intro">
      <p>
        A fund follows the money promised for the agreement, from the donors’ pledges to what reaches each
        project. Four operations move it: a <strong>pledge</strong> (a donor promises an amount), a{' '}
        <strong>payment</strong> (the donor pays it), an <strong>allocation</strong> (money actually paid in
        is set aside for a project) and a <strong>disbursement</strong> (allocated money is paid out, but only
        once a commitment of the agreement has reached the status required on the 0–3 scale of the
        implementation page).
      </p>
      <p>
        Every operation is written twice, as a debit and an equal credit in one currency, so the books always
        balance and each figure below can be traced to its operations in the journal. Nothing can be allocated
        beyond what donors have paid in, nor disbursed beyond what is allocated. A payment above what the
        donor pledged is accepted but flagged ⚑, for someone to ask why. Amounts are kept exactly, in cents
        (or the currency’s own smallest unit), and currencies are never mixed or converted.
      </p>
    </div>
  );
}

function FundSection({
  fund,
  mayRecord,
  implementation,
  onChanged,
}: {
  fund: FundAnswer;
  mayRecord: boolean;
  implementation: ImplementationAnswer | null;
  onChanged: () => void;
}) {
  const flagged = fund.operations.filter((o) => o.kind === 'payment' && o.flagged).length;
  return (
    <section className="fund" aria-labelledby={`fund-${fund.id}`} data-testid="fund">
      <h2 id={`fund-${fund.id}`} dir="auto">
        <UserText text={fund.name} />
      </h2>
      {fund.illustrative ? (
        <p className="fund-illustrative" data-testid="fund-illustrative">
          Illustrative figures: these amounts show how the fund works, they are not reported flows.
        </p>
      ) : null}
      {fund.purpose ? (
        <p dir="auto">
          <UserText text={fund.purpose} />
        </p>
      ) : null}
      {flagged > 0 ? (
        <p className="fund-flag-note" data-testid="fund-flagged">
          ⚑ {flagged} payment{flagged === 1 ? '' : 's'} above the donor’s pledges.
        </p>
      ) : null}
      <BalanceTables fund={fund} />
      {fund.journal.length > 0 ? (
        <details>
          <summary>The journal ({fund.journal.length} operations)</summary>
          <JournalTable fund={fund} />
        </details>
      ) : null}
      {mayRecord ? (
        <OperationForm
          fund={fund}
          commitments={implementation?.commitments ?? []}
          today={(implementation?.asOf ?? new Date().toISOString()).slice(0, 10)}
          onDone={onChanged}
        />
      ) : null}
    </section>
  );
}

function CreateFundForm({ processId, onDone }: { processId: string; onDone: () => void }) {
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async () => {
    setProblem(null);
    try {
      await postJson(`/api/processes/${encodeURIComponent(processId)}/funds`, { name, purpose });
      setName('');
      setPurpose('');
      onDone();
    } catch (error) {
      setProblem(
        error instanceof ApiError
          ? error.problem
          : { type: 'about:blank', title: 'Unexpected error', status: 0, detail: String(error) },
      );
    }
  };
  return (
    <form
      className="fund-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>Set up a fund</legend>
        <label>
          Name <input name="name" required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Purpose <textarea name="purpose" value={purpose} onChange={(e) => setPurpose(e.target.value)} />
        </label>
        <button type="submit">Set up the fund</button>
      </fieldset>
      {problem ? (
        <p className="fund-problem" role="alert">
          {problem.title}
          {problem.detail ? `: ${problem.detail}` : ''}
        </p>
      ) : null}
    </form>
  );
}
