import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { DomainAnswer, DomainIssue, DomainOption } from '../api/analysis-types.ts';
import { putJson } from '../api/client.ts';
import { ApiError, type Problem } from '../api/problem.ts';
import type { SessionPrincipal } from '../api/session.ts';
import type { List, Party, Valuation } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import {
  type FieldErrors,
  fieldErrorsFromProblem,
  initialForm,
  toValuationInput,
  type ValuationForm,
} from '../lib/valuation-form.ts';
import { Loaded, ProblemView } from './status.tsx';

/**
 * Entering a valuation of the plan: the mediator for any party of the process, a party for itself. The form is
 * built from the plan's domain as seen from this version (its contested points and their wordings).
 */
export function ValuationPanel(props: {
  versionId: string;
  planId: string;
  principal: SessionPrincipal;
  parties: Party[];
  onSaved: () => void;
}) {
  const { principal, parties } = props;
  const choosable =
    principal.role === 'mediator' ? parties : parties.filter((p) => p.id === principal.partyId);
  const firstParty = choosable.find((p) => p.kind === 'party') ?? choosable[0];
  const [partyId, setPartyId] = useState(firstParty?.id ?? '');
  // What this page saved, by party: shown at once, without re-reading the list (which would reset the form).
  const [saved, setSaved] = useState<Record<string, Valuation>>({});
  const domain = useResource<DomainAnswer>(`/api/versions/${encodeURIComponent(props.versionId)}/domain`);
  const valuations = useResource<List<Valuation>>(
    `/api/plans/${encodeURIComponent(props.planId)}/valuations`,
  );
  return (
    <details className="valuation-panel" data-testid="valuation-panel">
      <summary>
        {principal.role === 'mediator' ? 'Enter a party’s valuation' : 'Your delegation’s valuation'}
      </summary>
      {principal.role === 'mediator' ? (
        <label className="party-picker">
          Party{' '}
          <select value={partyId} onChange={(e) => setPartyId(e.target.value)} data-testid="valuation-party">
            {choosable.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <Loaded resource={domain} what="the plan’s contested points">
        {(d) => (
          <Loaded resource={valuations} what="the valuations">
            {(v) => {
              const existing = saved[partyId] ?? v.items.find((x) => x.partyId === partyId) ?? null;
              return (
                <ValuationFormView
                  key={partyId}
                  issues={d.issues}
                  planId={props.planId}
                  partyId={partyId}
                  existing={existing}
                  onSaved={(valuation) => {
                    setSaved((all) => ({ ...all, [valuation.partyId]: valuation }));
                    props.onSaved();
                  }}
                />
              );
            }}
          </Loaded>
        )}
      </Loaded>
    </details>
  );
}

function ValuationFormView(props: {
  issues: DomainIssue[];
  planId: string;
  partyId: string;
  existing: Valuation | null;
  onSaved: (valuation: Valuation) => void;
}) {
  const { issues } = props;
  const [form, setForm] = useState<ValuationForm>(() => initialForm(issues, props.existing));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const formRef = useRef<HTMLFormElement>(null);
  // After a refused save, the first field to correct gets the focus (the form is long).
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    const first = formRef.current?.querySelector<HTMLInputElement>('.has-error input, input.has-error');
    first?.scrollIntoView({ block: 'center' });
    first?.focus({ preventScroll: true });
  }, [errors]);
  // Any edit after a save means the page no longer shows what was saved.
  const update = (change: (f: ValuationForm) => ValuationForm) => {
    setStatus((st) => (st === 'saved' ? 'idle' : st));
    setForm(change);
  };
  const setPoint = (
    i: number,
    change: (p: ValuationForm['points'][number]) => ValuationForm['points'][number],
  ) => update((f) => ({ ...f, points: f.points.map((p, k) => (k === i ? change(p) : p)) }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const built = toValuationInput(issues, form);
    if (!built.ok) {
      setErrors(built.errors);
      setProblem({ type: 'about:blank', title: 'Some fields need a correction', status: 0 });
      return;
    }
    setStatus('saving');
    try {
      const valuation = await putJson<Valuation>(
        `/api/plans/${encodeURIComponent(props.planId)}/valuations/${encodeURIComponent(props.partyId)}`,
        built.input,
      );
      setErrors({});
      setProblem(null);
      setStatus('saved');
      props.onSaved(valuation);
    } catch (error) {
      const p =
        error instanceof ApiError
          ? error.problem
          : { type: 'about:blank', title: 'Could not save', status: 0, detail: String(error) };
      setErrors(fieldErrorsFromProblem(issues, p.errors ?? []));
      setProblem(p);
      setStatus('idle');
    }
  };

  if (issues.length === 0) return <p className="muted">The plan has no contested points to value.</p>;
  return (
    <form
      ref={formRef}
      className="valuation-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      data-testid="valuation-form"
    >
      <p className="muted">
        {props.existing
          ? `Recorded by the ${props.existing.enteredBy} (log entry ${props.existing.logIndex}); saving replaces it.`
          : 'No valuation recorded for this party yet.'}{' '}
        Weights are relative (normalised to sum 1); each wording is valued from 0 (worst) to 1 (best). A point
        weighted above 0 needs a value for every wording, or the analysis leaves the party out.
      </p>
      {issues.map((issue, i) => (
        <fieldset key={issue.lineageId} className="valuation-point" data-testid="valuation-point">
          <legend>
            {issue.name}
            {issue.title ? <span className="muted"> — {issue.title}</span> : null}
            {issue.inTarget ? null : <span className="tag">not in this version</span>}
          </legend>
          <Field label="Weight" error={errors[`weight:${i}`]} testId="valuation-weight">
            {(id) => (
              <input
                id={id}
                inputMode="decimal"
                value={form.points[i]?.weight ?? ''}
                onChange={(e) => setPoint(i, (p) => ({ ...p, weight: e.target.value }))}
                data-testid="valuation-weight"
              />
            )}
          </Field>
          <ul className="valuation-options">
            {issue.options.map((option, j) => (
              <OptionRow
                key={option.label}
                option={option}
                isDraft={j === issue.draftOption}
                value={form.points[i]?.values[j] ?? ''}
                error={errors[`value:${i}:${j}`]}
                onChange={(value) =>
                  setPoint(i, (p) => ({ ...p, values: p.values.map((v, k) => (k === j ? value : v)) }))
                }
              />
            ))}
          </ul>
        </fieldset>
      ))}
      <Field
        label="Reservation (0–1): below this utility the party prefers no agreement"
        error={errors.reservation}
        testId="valuation-reservation"
      >
        {(id) => (
          <input
            id={id}
            inputMode="decimal"
            value={form.reservation}
            onChange={(e) => update((f) => ({ ...f, reservation: e.target.value }))}
            data-testid="valuation-reservation"
          />
        )}
      </Field>
      <Field label="Note (optional)" error={errors.note} testId="valuation-note">
        {(id) => (
          <input
            id={id}
            value={form.note}
            onChange={(e) => update((f) => ({ ...f, note: e.target.value }))}
          />
        )}
      </Field>
      {problem ? <ProblemView problem={problem} /> : null}
      <p className="valuation-actions">
        <button type="submit" disabled={status === 'saving'} data-testid="valuation-save">
          {status === 'saving' ? 'Saving…' : 'Save valuation'}
        </button>{' '}
        {status === 'saved' ? (
          <span className="verdict-ok" role="status" data-testid="valuation-saved">
            Saved; the analysis is refreshed.
          </span>
        ) : null}
      </p>
    </form>
  );
}

function Field(props: {
  label: string;
  error: string | undefined;
  testId: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={props.error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{props.label}</label>
      {props.children(id)}
      {props.error ? (
        <span className="field-error" role="alert" data-testid="field-error" data-field={props.testId}>
          {props.error}
        </span>
      ) : null}
    </div>
  );
}

/** One wording of a point: its value field, its label and the quoted text (or the point's absence). */
function OptionRow(props: {
  option: DomainOption;
  isDraft: boolean;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { option } = props;
  const id = useId();
  return (
    <li className={props.isDraft ? 'valuation-option draft-option' : 'valuation-option'}>
      <input
        id={id}
        inputMode="decimal"
        placeholder="0–1"
        className={props.error ? 'has-error' : undefined}
        value={props.value}
        disabled={option.versionIds.length === 0}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid="valuation-value"
      />
      <div>
        <label htmlFor={id}>
          <strong>{option.label}</strong>
          {props.isDraft ? <span className="tag">this draft</span> : null}
        </label>
        <p className="option-text">
          {option.text === null ? (
            <em>{option.kind === 'deleted' ? 'The point deleted' : 'The point left out'}</em>
          ) : (
            <q>{option.text}</q>
          )}{' '}
          <span className="muted">({option.versionLabels.join(', ') || 'no version'})</span>
        </p>
        {props.error ? (
          <span className="field-error" role="alert" data-testid="field-error" data-field="valuation-value">
            {props.error}
          </span>
        ) : null}
      </div>
    </li>
  );
}
