import type { Party } from '@concord/core';
import { useState } from 'react';
import { postJson } from '../../api/client.ts';
import { Field, fieldMessage } from '../authoring/field.tsx';
import { useWrite } from '../authoring/use-write.ts';
import { ProblemView } from '../status.tsx';
import { localNow, toUtc } from '../timeline/time-input.ts';

/** A mediator records that the version was handed to a party; the party can read it from then on. */
export function DeliveryForm({
  versionId,
  parties,
  onDone,
}: {
  versionId: string;
  parties: Party[];
  onDone: () => void;
}) {
  const recipients = parties.filter((p) => p.kind !== 'mediator');
  const carriers = parties.filter((p) => p.kind === 'intermediary');
  const [partyId, setPartyId] = useState(recipients[0]?.id ?? '');
  const [deliveredBy, setBy] = useState('');
  const [form, setForm] = useState('paper');
  const [when, setWhen] = useState(localNow());
  const [viaPartyId, setVia] = useState('');
  const [note, setNote] = useState('');
  const write = useWrite();
  const errors = write.problem?.errors;
  const submit = async () => {
    const ok = await write.run(async () => {
      await postJson(`/api/versions/${encodeURIComponent(versionId)}/deliveries`, {
        partyId,
        deliveredBy,
        form,
        deliveredAt: toUtc(when),
        viaPartyId: viaPartyId === '' ? null : viaPartyId,
        note,
      });
    });
    if (ok) {
      setBy('');
      setNote('');
      onDone();
    }
  };
  return (
    <form
      className="authoring-form"
      data-testid="delivery-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field label="Handed to" error={fieldMessage(errors, 'partyId')}>
        <select value={partyId} onChange={(e) => setPartyId(e.target.value)} data-testid="delivery-party">
          {recipients.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="By whom"
        hint="Who handed it over, e.g. the US Army Secretary"
        error={fieldMessage(errors, 'deliveredBy')}
      >
        <input
          value={deliveredBy}
          onChange={(e) => setBy(e.target.value)}
          data-testid="delivery-by"
          required
        />
      </Field>
      <Field label="In what form" error={fieldMessage(errors, 'form')}>
        <select value={form} onChange={(e) => setForm(e.target.value)} data-testid="delivery-kind">
          <option value="paper">Paper copy</option>
          <option value="electronic">Electronic copy</option>
          <option value="oral-briefing">Oral briefing</option>
        </select>
      </Field>
      <Field label="When (UTC)" error={fieldMessage(errors, 'deliveredAt')}>
        <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} required />
      </Field>
      {carriers.length > 0 ? (
        <Field
          label="Through an intermediary"
          hint="It carried the text, so it can read it too"
          error={fieldMessage(errors, 'viaPartyId')}
        >
          <select value={viaPartyId} onChange={(e) => setVia(e.target.value)}>
            <option value="">Directly</option>
            {carriers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field label="Note" wide error={fieldMessage(errors, 'note')}>
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      </Field>
      <p className="muted">
        Once delivered, the party can read this version and its history, and the version no longer changes: a
        change makes a new version.
      </p>
      <button type="submit" className="button" disabled={write.busy} data-testid="record-delivery">
        {write.busy ? 'Recording…' : 'Record the delivery'}
      </button>
      {write.problem ? <ProblemView problem={write.problem} /> : null}
    </form>
  );
}
