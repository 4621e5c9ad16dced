import { revealInvisible } from '@concord/core/text';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { DomainAnswer, DomainIssue } from '../api/analysis-types.ts';
import { putJson } from '../api/client.ts';
import { ApiError, type Problem } from '../api/problem.ts';
import type { List, Party, Valuation } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import {
  defaultFilter,
  filterCounts,
  isUnweighted,
  lineagesWithErrors,
  type PointFilter,
  shownPoints,
  weightedLineages,
} from '../lib/valuation-filter.ts';
import {
  type FieldErrors,
  fieldErrorsFromProblem,
  initialForm,
  toValuationInput,
  type ValuationForm,
} from '../lib/valuation-form.ts';
import { describeWeights, weightSummary } from '../lib/weight-summary.ts';
import { Loaded, ProblemView } from './status.tsx';
import { Field, PointFields } from './valuation-fields.tsx';
import { ValuationFilterBar } from './valuation-filter-bar.tsx';

/**
 * Entering a valuation of the plan, for the parties the page found the reader may value: every party of the
 * process when the server lets them read the whole analysis (a mediator), else the party they act for. The
 * server decides again on saving. The form is built from the plan's domain as seen from this version (its
 * contested points and their wordings).
 */
export function ValuationPanel(props: {
  versionId: string;
  planId: string;
  /** The parties the reader may value: several to choose from, or their own one. */
  parties: Party[];
  /** True when the reader values for others (every party), false for their own delegation. */
  forOthers: boolean;
  onSaved: () => void;
}) {
  const { parties, forOthers } = props;
  const firstParty = parties.find((p) => p.kind === 'party') ?? parties[0];
  const [partyId, setPartyId] = useState(firstParty?.id ?? '');
  // What this page saved, by party: shown at once, without re-reading the list (which would reset the form).
  const [saved, setSaved] = useState<Record<string, Valuation>>({});
  const domain = useResource<DomainAnswer>(`/api/versions/${encodeURIComponent(props.versionId)}/domain`);
  const valuations = useResource<List<Valuation>>(
    `/api/plans/${encodeURIComponent(props.planId)}/valuations`,
  );
  return (
    <details className="valuation-panel" data-testid="valuation-panel">
      <summary>{forOthers ? 'Enter a party’s valuation' : 'Your delegation’s valuation'}</summary>
      <p className="muted">
        A valuation says how much each contested point matters to a party and how good each wording is for it.
        It is confidential: only the mediators and that party’s delegation can read it.
      </p>
      {forOthers || parties.length > 1 ? (
        <label className="party-picker">
          Party{' '}
          <select value={partyId} onChange={(e) => setPartyId(e.target.value)} data-testid="valuation-party">
            {parties.map((p) => (
              <option key={p.id} value={p.id}>
                {revealInvisible(p.name, { singleLine: true })}
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
  const [filter, setFilter] = useState<PointFilter>(() => defaultFilter(props.existing));
  const [query, setQuery] = useState('');
  // The points weighted when the filter was chosen stay under "weighted" while their weight is retyped.
  const [keep, setKeep] = useState(() => weightedLineages(form));
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
  const chooseFilter = (next: PointFilter) => {
    setFilter(next);
    setKeep(weightedLineages(form));
  };

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
  const shown = shownPoints(issues, form, {
    filter,
    query,
    keep,
    errors: lineagesWithErrors(issues, errors),
  });
  const hasValueError = (i: number) => Object.keys(errors).some((k) => k.startsWith(`value:${i}:`));
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
      <ValuationFilterBar
        filter={filter}
        counts={filterCounts(issues, form)}
        query={query}
        shown={shown.length}
        onFilter={chooseFilter}
        onQuery={setQuery}
      />
      {shown.map((i) => {
        const issue = issues[i] as DomainIssue;
        const row = form.points[i];
        return (
          <PointFields
            key={issue.lineageId}
            issue={issue}
            index={i}
            row={row}
            folded={isUnweighted(row?.weight) && !hasValueError(i)}
            errors={errors}
            onChange={(change) => setPoint(i, change)}
          />
        );
      })}
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
      <Field label="Note (optional)" error={errors.note} testId="valuation-note" className="field-wide">
        {(id) => (
          <textarea
            id={id}
            rows={3}
            value={form.note}
            onChange={(e) => update((f) => ({ ...f, note: e.target.value }))}
            data-testid="valuation-note"
          />
        )}
      </Field>
      {problem ? <ProblemView problem={problem} /> : null}
      <div className="valuation-actions">
        <p className="weights-summary" data-testid="valuation-summary">
          {describeWeights(weightSummary(issues, form))}
        </p>
        <button type="submit" disabled={status === 'saving'} data-testid="valuation-save">
          {status === 'saving' ? 'Saving…' : 'Save valuation'}
        </button>{' '}
        {status === 'saved' ? (
          <span className="verdict-ok" role="status" data-testid="valuation-saved">
            Saved; the analysis is refreshed.
          </span>
        ) : null}
      </div>
    </form>
  );
}
