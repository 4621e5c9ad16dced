// Reports one incident with ACLED's fields and, when the monitors observed it, the ceasefire fields. Each field
// is checked as it is typed against core's own schema (the one the server applies), its message shown once the
// field has been left or a report attempted; the report is sent only when nothing is wrong.
import { ACLED_EVENT_TYPES, OBSERVATIONS } from '@concord/core';
import { type ReactNode, useMemo, useState } from 'react';
import { postJson } from '../../api/client.ts';
import { ApiError, type Problem } from '../../api/problem.ts';
import { emptyIncident, type IncidentFields, incidentBody, incidentErrors } from '../../lib/incident-form.ts';

type Key = keyof IncidentFields;
// Where core's message for a field is found (its path in the body).
const PATH: Partial<Record<Key, string>> = {
  place: 'location.name',
  admin1: 'location.admin1',
  latitude: 'location.latitude',
  longitude: 'location.longitude',
  weapon: 'ceasefire.weapon',
  count: 'ceasefire.count',
  direction: 'ceasefire.direction',
  distanceMetres: 'ceasefire.distanceMetres',
};

export function IncidentForm({ processId, onDone }: { processId: string; onDone: () => void }) {
  const today = new Date().toISOString().slice(0, 10);
  const [fields, setFields] = useState<IncidentFields>(() => emptyIncident(today));
  const [left, setLeft] = useState<Set<Key>>(new Set());
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const errors = useMemo(() => incidentErrors(fields), [fields]);
  const valid = Object.keys(errors).length === 0;
  const errorOf = (key: Key) => (tried || left.has(key) ? errors[PATH[key] ?? key] : undefined);
  const set = (key: Key, value: string | boolean) => setFields((f) => ({ ...f, [key]: value }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setTried(true);
    setProblem(null);
    if (!valid) return;
    try {
      await postJson(`/api/processes/${encodeURIComponent(processId)}/incidents`, incidentBody(fields));
      setFields(emptyIncident(today));
      setLeft(new Set());
      setTried(false);
      onDone();
    } catch (error) {
      setProblem(
        error instanceof ApiError ? error.problem : { type: 'about:blank', title: String(error), status: 0 },
      );
    }
  };

  const input = (key: Key, label: string, extra: { type?: string; hint?: string } = {}) => (
    <Field id={`incident-${key}`} label={label} error={errorOf(key)} hint={extra.hint}>
      <input
        id={`incident-${key}`}
        name={key}
        type={extra.type ?? 'text'}
        value={fields[key] as string}
        aria-invalid={errorOf(key) ? true : undefined}
        onChange={(e) => set(key, e.target.value)}
        onBlur={() => setLeft((s) => new Set(s).add(key))}
      />
    </Field>
  );
  const select = (key: Key, label: string, options: readonly string[]) => (
    <Field id={`incident-${key}`} label={label} error={errorOf(key)}>
      <select
        id={`incident-${key}`}
        name={key}
        value={fields[key] as string}
        onChange={(e) => set(key, e.target.value)}
      >
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    </Field>
  );

  return (
    <form className="incident-form" onSubmit={submit} noValidate data-testid="incident-form">
      <h3>Report an incident</h3>
      <p className="muted">
        One incident as monitors saw or were told of it. It starts as reported; verifying it is a separate
        step.
      </p>
      <fieldset>
        <legend>What happened</legend>
        {input('eventDate', 'Date', { type: 'date' })}
        {select('eventType', 'Event type (ACLED)', ACLED_EVENT_TYPES)}
        {input('subEventType', 'Sub-type', { hint: 'as ACLED names it, e.g. Armed clash, Air/drone strike' })}
        {input('actor1', 'Who acted')}
        {input('actor2', 'Against whom (if anyone)')}
        {input('fatalities', 'Deaths', { type: 'number' })}
      </fieldset>
      <fieldset>
        <legend>Where</legend>
        {input('place', 'Place')}
        {input('admin1', 'Region (first administrative level)')}
        {input('latitude', 'Latitude', { hint: 'decimal degrees, e.g. 31.2969' })}
        {input('longitude', 'Longitude', { hint: 'decimal degrees, e.g. 34.2455' })}
      </fieldset>
      <fieldset>
        <legend>Source</legend>
        {input('source', 'Source')}
        <Field id="incident-notes" label="Notes" error={errorOf('notes')}>
          <textarea
            id="incident-notes"
            name="notes"
            value={fields.notes}
            onChange={(e) => set('notes', e.target.value)}
            rows={3}
          />
        </Field>
      </fieldset>
      <label>
        <input
          type="checkbox"
          name="ceasefire"
          checked={fields.ceasefire}
          onChange={(e) => set('ceasefire', e.target.checked)}
        />{' '}
        Monitors observed it (add the ceasefire fields)
      </label>
      {fields.ceasefire ? (
        <fieldset>
          <legend>Ceasefire observation</legend>
          {input('weapon', 'Weapon')}
          {input('count', 'Rounds, explosions or shots counted', { type: 'number' })}
          {input('direction', 'Direction', { hint: 'e.g. from south-west to north-east' })}
          {input('distanceMetres', 'Distance from the monitors (metres)', { type: 'number' })}
          {select('observedAs', 'How it was observed', OBSERVATIONS)}
        </fieldset>
      ) : null}
      <button type="submit">Report the incident</button>
      {tried && !valid ? (
        <p role="alert" className="problem" data-testid="incident-form-invalid">
          Correct the fields marked above; nothing was sent.
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="problem" data-testid="incident-problem">
          {problem.detail ?? problem.title}
        </p>
      ) : null}
    </form>
  );
}

type FieldProps = { id: string; label: string; error?: string; hint?: string; children: ReactNode };

function Field({ id, label, error, hint, children }: FieldProps) {
  return (
    <div className="incident-field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? <small className="muted">{hint}</small> : null}
      {error ? (
        <small className="field-error" data-testid="field-error">
          {error}
        </small>
      ) : null}
    </div>
  );
}
