import type { Party } from '@concord/core';
import { useState } from 'react';
import { postJson } from '../../api/client.ts';
import { Field, fieldMessage } from '../authoring/field.tsx';
import { useWrite } from '../authoring/use-write.ts';
import { ProblemView } from '../status.tsx';
import { localNow, toUtc } from './time-input.ts';

/** A meeting or a call: confidential to the mediators and the parties present. */
export type VersionChoice = { id: string; label: string };

/** "About which version": none, or one the reader may see. */
export function VersionSelect({
  versions,
  value,
  onChange,
  none,
}: {
  versions: VersionChoice[];
  value: string;
  onChange: (id: string) => void;
  none: string;
}) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{none}</option>
      {versions.map((v) => (
        <option key={v.id} value={v.id}>
          {v.label}
        </option>
      ))}
    </select>
  );
}

export function ConsultationForm({
  processId,
  parties,
  versions,
  onDone,
}: {
  processId: string;
  parties: Party[];
  versions: VersionChoice[];
  onDone: () => void;
}) {
  const others = parties.filter((p) => p.kind !== 'mediator');
  const carriers = parties.filter((p) => p.kind === 'intermediary');
  const [kind, setKind] = useState('meeting');
  const [heldAt, setHeldAt] = useState(localNow());
  const [title, setTitle] = useState('');
  const [present, setPresent] = useState<string[]>([]);
  const [via, setVia] = useState('');
  const [versionId, setVersionId] = useState('');
  const [participants, setParticipants] = useState('');
  const [place, setPlace] = useState('');
  const [summary, setSummary] = useState('');
  const write = useWrite();
  const errors = write.problem?.errors;
  const toggle = (id: string) =>
    setPresent((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  return (
    <form
      className="authoring-form"
      data-testid="consultation-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const ok = await write.run(async () => {
          await postJson(`/api/processes/${encodeURIComponent(processId)}/consultations`, {
            kind,
            heldAt: toUtc(heldAt),
            title,
            partyIds: present,
            viaPartyId: via === '' ? null : via,
            versionId: versionId === '' ? null : versionId,
            participants,
            place,
            summary,
          });
        });
        if (ok) {
          setTitle('');
          setSummary('');
          setPresent([]);
          onDone();
        }
      }}
    >
      <Field label="Kind" error={fieldMessage(errors, 'kind')}>
        <select value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="meeting">Meeting</option>
          <option value="call">Call</option>
          <option value="video-call">Video call</option>
          <option value="exchange-of-messages">Exchange of messages</option>
        </select>
      </Field>
      <Field label="When (UTC)" error={fieldMessage(errors, 'heldAt')}>
        <input type="datetime-local" value={heldAt} onChange={(e) => setHeldAt(e.target.value)} required />
      </Field>
      <Field
        label="About"
        hint="e.g. Geneva talks on the 28-point draft"
        error={fieldMessage(errors, 'title')}
      >
        <input value={title} onChange={(e) => setTitle(e.target.value)} required />
      </Field>
      <fieldset className="authoring-field is-wide">
        <legend className="authoring-label">Parties present</legend>
        {others.map((p) => (
          <label key={p.id} className="check">
            <input type="checkbox" checked={present.includes(p.id)} onChange={() => toggle(p.id)} /> {p.name}
          </label>
        ))}
        {fieldMessage(errors, 'partyIds') ? (
          <span className="authoring-error" role="alert">
            {fieldMessage(errors, 'partyIds')}
          </span>
        ) : null}
      </fieldset>
      {carriers.length > 0 ? (
        <Field label="Through an intermediary" error={fieldMessage(errors, 'viaPartyId')}>
          <select value={via} onChange={(e) => setVia(e.target.value)}>
            <option value="">Directly</option>
            {carriers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field
        label="About which version"
        hint="Only a version every party present can read"
        error={fieldMessage(errors, 'versionId')}
      >
        <VersionSelect
          versions={versions}
          value={versionId}
          onChange={setVersionId}
          none="No particular version"
        />
      </Field>
      <Field label="Who with whom" wide error={fieldMessage(errors, 'participants')}>
        <textarea value={participants} onChange={(e) => setParticipants(e.target.value)} rows={2} />
      </Field>
      <Field label="Where" error={fieldMessage(errors, 'place')}>
        <input value={place} onChange={(e) => setPlace(e.target.value)} />
      </Field>
      <Field label="Summary" wide error={fieldMessage(errors, 'summary')}>
        <textarea value={summary} onChange={(e) => setSummary(e.target.value)} rows={3} />
      </Field>
      <p className="muted">Only the mediators and the parties present (and the intermediary) will see it.</p>
      <button type="submit" className="button" disabled={write.busy}>
        Record the consultation
      </button>
      {write.problem ? <ProblemView problem={write.problem} /> : null}
    </form>
  );
}

/** A public statement: a denial, a confirmation, a leak reported by an outlet. */
export function StatementForm({
  processId,
  parties,
  onDone,
}: {
  processId: string;
  parties: Party[];
  onDone: () => void;
}) {
  const [kind, setKind] = useState('confirmation');
  const [madeAt, setMadeAt] = useState(localNow());
  const [speaker, setSpeaker] = useState('');
  const [partyId, setPartyId] = useState('');
  const [outlet, setOutlet] = useState('');
  const [quote, setQuote] = useState('');
  const [summary, setSummary] = useState('');
  const [sourceUrl, setSource] = useState('');
  const write = useWrite();
  const errors = write.problem?.errors;
  return (
    <form
      className="authoring-form"
      data-testid="statement-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const ok = await write.run(async () => {
          await postJson(`/api/processes/${encodeURIComponent(processId)}/statements`, {
            kind,
            madeAt: toUtc(madeAt),
            speaker,
            partyId: partyId === '' ? null : partyId,
            outlet,
            quote,
            summary,
            sourceUrl: sourceUrl.trim() === '' ? null : sourceUrl.trim(),
          });
        });
        if (ok) {
          setSpeaker('');
          setQuote('');
          setSummary('');
          setSource('');
          onDone();
        }
      }}
    >
      <Field label="Kind" error={fieldMessage(errors, 'kind')}>
        <select value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="denial">Denial</option>
          <option value="confirmation">Confirmation</option>
          <option value="leak-report">Leak reported by an outlet</option>
          <option value="comment">Other statement</option>
        </select>
      </Field>
      <Field label="When (UTC)" error={fieldMessage(errors, 'madeAt')}>
        <input type="datetime-local" value={madeAt} onChange={(e) => setMadeAt(e.target.value)} required />
      </Field>
      <Field label="Who said or published it" error={fieldMessage(errors, 'speaker')}>
        <input value={speaker} onChange={(e) => setSpeaker(e.target.value)} required />
      </Field>
      <Field label="For which party" error={fieldMessage(errors, 'partyId')}>
        <select value={partyId} onChange={(e) => setPartyId(e.target.value)}>
          <option value="">None (a press outlet, an observer)</option>
          {parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Outlet" hint="Required for a leak report" error={fieldMessage(errors, 'outlet')}>
        <input value={outlet} onChange={(e) => setOutlet(e.target.value)} />
      </Field>
      <Field label="Quote" wide error={fieldMessage(errors, 'quote')}>
        <textarea value={quote} onChange={(e) => setQuote(e.target.value)} rows={2} />
      </Field>
      <Field label="Summary" wide error={fieldMessage(errors, 'summary')}>
        <textarea value={summary} onChange={(e) => setSummary(e.target.value)} rows={2} required />
      </Field>
      <Field label="Source (web address)" error={fieldMessage(errors, 'sourceUrl')}>
        <input value={sourceUrl} onChange={(e) => setSource(e.target.value)} placeholder="https://" />
      </Field>
      <p className="muted">A statement is as public as the process.</p>
      <button type="submit" className="button" disabled={write.busy}>
        Record the statement
      </button>
      {write.problem ? <ProblemView problem={write.problem} /> : null}
    </form>
  );
}
