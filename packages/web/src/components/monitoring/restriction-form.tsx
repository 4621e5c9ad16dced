// Records a restriction of the monitors' movement (denied, delayed, conditional, escorted, threatened) as its
// own record, as missions report them; checked as typed against core's schema, the one the server applies.
import { RESTRICTION_KINDS, RestrictionInput } from '@concord/core';
import { useState } from 'react';
import { postJson } from '../../api/client.ts';
import { ApiError, type Problem } from '../../api/problem.ts';
import { schemaErrors } from '../../lib/point-form.ts';

const blankNumber = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));

export function RestrictionForm({ processId, onDone }: { processId: string; onDone: () => void }) {
  const today = new Date().toISOString().slice(0, 10);
  const [f, setF] = useState({
    date: today,
    kind: 'denied',
    by: '',
    place: '',
    latitude: '',
    longitude: '',
    minutes: '',
    description: '',
  });
  const [problem, setProblem] = useState<Problem | null>(null);
  const set = (key: keyof typeof f) => (e: { target: { value: string } }) =>
    setF((x) => ({ ...x, [key]: e.target.value }));
  const body = {
    date: f.date,
    kind: f.kind,
    by: f.by,
    location: { name: f.place, latitude: blankNumber(f.latitude), longitude: blankNumber(f.longitude) },
    minutes: f.minutes.trim() === '' ? null : Number(f.minutes),
    description: f.description,
  };
  const errors = schemaErrors(RestrictionInput, body);
  const touched = f.by !== '' || f.place !== '';
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await postJson(`/api/processes/${encodeURIComponent(processId)}/restrictions`, body);
      setF((x) => ({ ...x, by: '', place: '', latitude: '', longitude: '', minutes: '', description: '' }));
      onDone();
    } catch (error) {
      setProblem(
        error instanceof ApiError ? error.problem : { type: 'about:blank', title: String(error), status: 0 },
      );
    }
  };
  return (
    <form className="incident-form" onSubmit={submit} data-testid="restriction-form">
      <fieldset>
        <legend>Record a restriction of the monitors’ movement</legend>
        <label>
          Date <input type="date" name="date" value={f.date} onChange={set('date')} />
        </label>
        <label>
          What happened{' '}
          <select name="kind" value={f.kind} onChange={set('kind')}>
            {RESTRICTION_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <label>
          By whom <input name="by" value={f.by} onChange={set('by')} />
        </label>
        <label>
          Where <input name="place" value={f.place} onChange={set('place')} />
        </label>
        <label>
          Latitude <input name="latitude" value={f.latitude} onChange={set('latitude')} />
        </label>
        <label>
          Longitude <input name="longitude" value={f.longitude} onChange={set('longitude')} />
        </label>
        <label>
          Held for (minutes; blank if turned back){' '}
          <input name="minutes" value={f.minutes} onChange={set('minutes')} />
        </label>
        <label>
          Description <textarea name="description" value={f.description} onChange={set('description')} />
        </label>
      </fieldset>
      {touched && Object.keys(errors).length > 0 ? (
        <ul className="field-error" data-testid="restriction-errors">
          {Object.entries(errors).map(([path, message]) => (
            <li key={path}>
              {path.replace(/^location\./, '')}: {message}
            </li>
          ))}
        </ul>
      ) : null}
      <button type="submit" disabled={Object.keys(errors).length > 0}>
        Record the restriction
      </button>
      {problem ? (
        <p role="alert" className="problem">
          {problem.detail ?? problem.title}
        </p>
      ) : null}
    </form>
  );
}
