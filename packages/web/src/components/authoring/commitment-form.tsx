import { type FormEvent, useState } from 'react';
import { postJson } from '../../api/client.ts';
import type { Party } from '../../api/types.ts';
import {
  type CommitmentForm,
  commitmentBody,
  emptyCommitment,
  validateCommitment,
} from '../../lib/point-form.ts';
import { ProblemView } from '../status.tsx';
import { Field } from './field.tsx';
import { useWrite } from './use-write.ts';

/**
 * Records a commitment under a point: who is obliged (a party of the process, or a name as the text has it), to
 * do what, for whom, by when (a date or an event) and how anyone would know it was done.
 */
export function AddCommitmentForm({
  pointId,
  parties,
  onDone,
}: {
  pointId: string;
  parties: Party[];
  onDone: () => void;
}) {
  const [form, setForm] = useState<CommitmentForm>(emptyCommitment());
  const [touched, setTouched] = useState(false);
  const write = useWrite();
  const errors = touched ? validateCommitment(form) : {};
  const set = (patch: Partial<CommitmentForm>) => setForm((f) => ({ ...f, ...patch }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (Object.keys(validateCommitment(form)).length > 0) return;
    const ok = await write.run(async () => {
      await postJson(`/api/points/${encodeURIComponent(pointId)}/commitments`, commitmentBody(form));
    });
    if (ok) {
      setForm(emptyCommitment());
      setTouched(false);
      onDone();
    }
  };
  const partyChoice = (value: string, onChange: (v: string) => void, testId: string, optional: boolean) => (
    <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
      <option value="">{optional ? 'nobody named' : 'choose…'}</option>
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
        <button type="submit" className="button" disabled={write.busy} data-testid="add-commitment">
          Add the commitment
        </button>
      </div>
    </form>
  );
}
