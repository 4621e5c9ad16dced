import { type FormEvent, useState } from 'react';
import { patchJson, postJson } from '../../api/client.ts';
import type { Commitment, Party } from '../../api/types.ts';
import {
  type CommitmentForm,
  commitmentBody,
  commitmentFormOf,
  emptyCommitment,
  validateCommitment,
} from '../../lib/point-form.ts';
import { ProblemView } from '../status.tsx';
import { Field } from './field.tsx';
import { useWrite } from './use-write.ts';

/**
 * Records a commitment under a point, or changes one already recorded: who is obliged (a party of the process, or
 * a name as the text has it), to do what, for whom, by when (a date or an event) and how anyone would know it was
 * done. The form checks each field with core's schema as it is filled in.
 */
export function CommitmentEditor({
  pointId,
  commitment,
  parties,
  onDone,
}: {
  pointId: string;
  /** The commitment to change; none to add a new one. */
  commitment?: Commitment;
  parties: Party[];
  onDone: () => void;
}) {
  const initial = () => (commitment ? commitmentFormOf(commitment) : emptyCommitment());
  const [form, setForm] = useState<CommitmentForm>(initial);
  const [touched, setTouched] = useState(commitment !== undefined);
  const write = useWrite();
  const errors = touched ? validateCommitment(form) : {};
  const set = (patch: Partial<CommitmentForm>) => {
    setTouched(true);
    setForm((f) => ({ ...f, ...patch }));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (Object.keys(validateCommitment(form)).length > 0) return;
    const body = commitmentBody(form);
    const ok = await write.run(async () => {
      if (commitment) await patchJson(`/api/commitments/${encodeURIComponent(commitment.id)}`, body);
      else await postJson(`/api/points/${encodeURIComponent(pointId)}/commitments`, body);
    });
    if (ok) {
      setForm(emptyCommitment());
      setTouched(false);
      onDone();
    }
  };
  // A commitment recorded with a name rather than a party of the process keeps that name as a choice.
  const partyChoice = (value: string, onChange: (v: string) => void, testId: string, optional: boolean) => (
    <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
      <option value="">{optional ? 'nobody named' : 'choose…'}</option>
      {value !== '' && !parties.some((p) => p.id === value) ? <option value={value}>{value}</option> : null}
      {parties.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </select>
  );
  return (
    <form
      className="authoring-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      data-testid="commitment-form"
    >
      <div className="authoring-row">
        <Field label="Who is obliged" error={errors.obligor}>
          {partyChoice(form.obligor, (v) => set({ obligor: v }), 'commitment-obligor', false)}
        </Field>
        <Field label="For whom (optional)" error={errors.beneficiary}>
          {partyChoice(form.beneficiary, (v) => set({ beneficiary: v }), 'commitment-beneficiary', true)}
        </Field>
      </div>
      <Field label="To do what" error={errors.action} wide>
        <textarea
          value={form.action}
          onChange={(e) => set({ action: e.target.value })}
          data-testid="commitment-action"
        />
      </Field>
      <div className="authoring-row">
        <Field label="By when" error={errors.due}>
          <select
            value={form.dueKind}
            onChange={(e) => set({ dueKind: e.target.value as CommitmentForm['dueKind'] })}
          >
            <option value="none">no time given</option>
            <option value="date">a date</option>
            <option value="event">after an event</option>
          </select>
        </Field>
        {form.dueKind === 'date' ? (
          <Field label="Date" error={errors.due}>
            <input type="date" value={form.due} onChange={(e) => set({ due: e.target.value })} />
          </Field>
        ) : form.dueKind === 'event' ? (
          <Field label="Event" error={errors.due} hint="within 100 days of signing">
            <input value={form.due} onChange={(e) => set({ due: e.target.value })} />
          </Field>
        ) : null}
        <Field label="How it is verified (optional)" error={errors.verification}>
          <input value={form.verification} onChange={(e) => set({ verification: e.target.value })} />
        </Field>
      </div>
      {write.problem ? <ProblemView problem={write.problem} /> : null}
      <div className="authoring-actions">
        <button
          type="submit"
          className="button"
          disabled={write.busy}
          data-testid={commitment ? 'save-commitment' : 'add-commitment'}
        >
          {commitment ? 'Save the commitment' : 'Add the commitment'}
        </button>
      </div>
    </form>
  );
}
