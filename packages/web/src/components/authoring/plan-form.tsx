import { PlanCreate } from '@concord/core';
import { type FormEvent, useState } from 'react';
import { postJson } from '../../api/client.ts';
import type { Party } from '../../api/types.ts';
import { schemaErrors } from '../../lib/point-form.ts';
import { navigate } from '../../router/location.ts';
import { paths } from '../../router/routes.ts';
import { ProblemView } from '../status.tsx';
import { Field } from './field.tsx';
import { useWrite } from './use-write.ts';

/** Starts a plan in a process: a title and, if one of the parties mediates it, which. Opens the plan after. */
export function NewPlanForm({ processId, parties }: { processId: string; parties: Party[] }) {
  const [title, setTitle] = useState('');
  const [mediator, setMediator] = useState('');
  const [touched, setTouched] = useState(false);
  const write = useWrite();
  const body = { title, mediatorPartyId: mediator === '' ? null : mediator };
  const errors = touched ? schemaErrors(PlanCreate, body) : {};
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (Object.keys(schemaErrors(PlanCreate, body)).length > 0) return;
    let id = '';
    const ok = await write.run(async () => {
      id = (await postJson<{ id: string }>(`/api/processes/${encodeURIComponent(processId)}/plans`, body)).id;
    });
    if (ok) navigate(paths.plan(id));
  };
  return (
    <form className="authoring-form" onSubmit={(e) => void submit(e)} noValidate data-testid="new-plan-form">
      <div className="authoring-row">
        <Field label="Title of the plan" error={errors.title} hint="For example: 28-point peace framework">
          <input value={title} onChange={(e) => setTitle(e.target.value)} data-testid="plan-title" />
        </Field>
        <Field label="Mediated by (optional)" error={errors.mediatorPartyId}>
          <select value={mediator} onChange={(e) => setMediator(e.target.value)}>
            <option value="">nobody named</option>
            {parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {write.problem ? <ProblemView problem={write.problem} /> : null}
      <div className="authoring-actions">
        <button type="submit" className="button" disabled={write.busy} data-testid="create-plan">
          Start the plan
        </button>
      </div>
    </form>
  );
}
