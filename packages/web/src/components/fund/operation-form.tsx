// The forms that record a fund's operations. Each is checked here before it is sent (an amount in the currency's
// own digits, keys in lower-case letters, digits and hyphens); the server checks again, and a refusal by the
// ledger is shown with the rule it would have broken.
import type { FundAnswer, ImplementationAnswer } from '@concord/core';
import { CURRENCY_CODES } from '@concord/core/fund';
import { useState } from 'react';
import { postJson } from '../../api/client.ts';
import { ApiError, type Problem } from '../../api/problem.ts';
import { bodyOf, FUND_KEY, type OperationKind } from '../../lib/fund-form.ts';

type Kind = OperationKind;
const SEGMENT: Record<Kind, string> = {
  pledge: 'pledges',
  payment: 'payments',
  allocation: 'allocations',
  disbursement: 'disbursements',
};

export function OperationForm({
  fund,
  commitments,
  today,
  onDone,
}: {
  fund: FundAnswer;
  commitments: ImplementationAnswer['commitments'];
  today: string;
  onDone: () => void;
}) {
  const [kind, setKind] = useState<Kind>('pledge');
  const [f, setF] = useState<Record<string, string>>({ currency: 'USD', on: today, minStatus: '2' });
  const [problem, setProblem] = useState<Problem | null>(null);
  const set = (name: string) => (e: { target: { value: string } }) => setF({ ...f, [name]: e.target.value });
  const donors = [
    ...new Map(
      fund.operations.flatMap((o) => (o.kind === 'pledge' ? [[o.donor, o.donorName]] : [])),
    ).entries(),
  ];
  const projects = fund.balances.projects.map((p) => p.project);
  const submit = async () => {
    setProblem(null);
    const body = bodyOf(kind, f);
    if (typeof body === 'string') {
      setProblem({ type: 'about:blank', title: 'Check the form', status: 0, detail: body });
      return;
    }
    try {
      await postJson(`/api/funds/${encodeURIComponent(fund.id)}/${SEGMENT[kind]}`, body);
      setF({ currency: f.currency ?? 'USD', on: today, minStatus: '2' });
      onDone();
    } catch (error) {
      setProblem(
        error instanceof ApiError
          ? error.problem
          : { type: 'about:blank', title: 'Unexpected error', status: 0, detail: String(error) },
      );
    }
  };
  const field = (name: string, label: string, props: Record<string, unknown> = {}) => (
    <label>
      {label} <input name={name} required value={f[name] ?? ''} onChange={set(name)} {...props} />
    </label>
  );
  return (
    <form
      className="fund-form"
      data-testid="fund-operation-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>Record an operation</legend>
        <label>
          Operation{' '}
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="pledge">Pledge: a donor promises an amount</option>
            <option value="payment">Payment: a donor pays (part of) its pledge</option>
            <option value="allocation">Allocation: money paid in set aside for a project</option>
            <option value="disbursement">
              Disbursement: allocated money paid out, once a commitment holds
            </option>
          </select>
        </label>
        {kind === 'pledge' ? (
          <>
            {field('donor', 'Donor’s short key', { placeholder: 'eu', pattern: FUND_KEY.source })}
            {field('donorName', 'Donor’s name', { placeholder: 'European Union' })}
          </>
        ) : null}
        {kind === 'payment' ? (
          <label>
            Donor{' '}
            <select name="donor" required value={f.donor ?? ''} onChange={set('donor')}>
              <option value="">Choose a donor who has pledged</option>
              {donors.map(([key, name]) => (
                <option key={key} value={key}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {kind === 'allocation' ? (
          <>
            {field('project', 'Project’s short key', { placeholder: 'housing', pattern: FUND_KEY.source })}
            {field('projectName', 'Project’s name', { placeholder: 'Temporary housing' })}
          </>
        ) : null}
        {kind === 'disbursement' ? (
          <>
            <label>
              Project{' '}
              <select name="project" required value={f.project ?? ''} onChange={set('project')}>
                <option value="">Choose a project with an allocation</option>
                {[...new Set(projects)].map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Only if this commitment{' '}
              <select
                name="commitmentId"
                required
                value={f.commitmentId ?? ''}
                onChange={set('commitmentId')}
              >
                <option value="">Choose a tracked commitment</option>
                {commitments.map((c) => (
                  <option key={c.commitmentId} value={c.commitmentId}>
                    {c.action.slice(0, 80)} (now {c.current?.score ?? 'unrated'} of 3)
                  </option>
                ))}
              </select>
            </label>
            <label>
              has reached at least{' '}
              <select name="minStatus" value={f.minStatus} onChange={set('minStatus')}>
                <option value="1">1 — minimal</option>
                <option value="2">2 — intermediate</option>
                <option value="3">3 — complete</option>
              </select>
            </label>
          </>
        ) : null}
        <label>
          Currency{' '}
          <select name="currency" value={f.currency} onChange={set('currency')}>
            {CURRENCY_CODES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        {field('amount', 'Amount', { inputMode: 'decimal', placeholder: '1,000,000.00' })}
        {field('on', 'Day it took effect', { type: 'date', max: today })}
        <button type="submit">Record the {kind}</button>
      </fieldset>
      {problem ? (
        <p className="fund-problem" role="alert" data-testid="fund-problem">
          {problem.title}
          {problem.detail ? `: ${problem.detail}` : ''}
        </p>
      ) : null}
    </form>
  );
}
