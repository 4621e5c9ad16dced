import { PARTY_KINDS, PartyCreate, PartyUpdate } from '@concord/core';
import { type FormEvent, useState } from 'react';
import { patchJson, postJson } from '../../api/client.ts';
import type { Party } from '../../api/types.ts';
import { schemaErrors } from '../../lib/point-form.ts';
import { ProblemView } from '../status.tsx';
import { Field } from './field.tsx';
import { useWrite } from './use-write.ts';

const KIND_WORDS: Record<(typeof PARTY_KINDS)[number], string> = {
  party: 'a party to the agreement',
  mediator: 'a mediator',
  intermediary: 'an intermediary',
  guarantor: 'a guarantor',
  monitor: 'a monitor',
  observer: 'an observer',
};

/** Aliases typed one per line (or separated by commas); blank entries dropped. */
export function aliasesOf(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((a) => a.trim())
    .filter((a) => a.length > 0);
}

type Values = { name: string; kind: string; aliases: string };

function PartyFields({
  values,
  onChange,
  errors,
}: {
  values: Values;
  onChange: (v: Values) => void;
  errors: Record<string, string>;
}) {
  const aliasError = Object.entries(errors).find(([k]) => k.startsWith('aliases'))?.[1];
  return (
    <>
      <div className="authoring-row">
        <Field label="Name" error={errors.name}>
          <input
            value={values.name}
            onChange={(e) => onChange({ ...values, name: e.target.value })}
            data-testid="party-name"
          />
        </Field>
        <Field label="Role in the process" error={errors.kind}>
          <select
            value={values.kind}
            onChange={(e) => onChange({ ...values, kind: e.target.value })}
            data-testid="party-kind"
          >
            {PARTY_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_WORDS[k]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field
        label="Also called (one per line or separated by commas)"
        hint="The other names texts use for it (Kyiv, the Ukrainian side): Concord finds the party by them in a pasted text."
        error={aliasError}
        wide
      >
        <textarea
          value={values.aliases}
          onChange={(e) => onChange({ ...values, aliases: e.target.value })}
          rows={2}
          data-testid="party-aliases"
        />
      </Field>
    </>
  );
}

/** Adds a party to a process (for those the server lets add parties). */
export function AddPartyForm({ processId, onDone }: { processId: string; onDone: () => void }) {
  const [values, setValues] = useState<Values>({ name: '', kind: 'party', aliases: '' });
  const [touched, setTouched] = useState(false);
  const write = useWrite();
  const body = { name: values.name, kind: values.kind, aliases: aliasesOf(values.aliases) };
  const errors = touched ? schemaErrors(PartyCreate, body) : {};
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (Object.keys(schemaErrors(PartyCreate, body)).length > 0) return;
    const ok = await write.run(async () => {
      await postJson(`/api/processes/${encodeURIComponent(processId)}/parties`, body);
    });
    if (ok) {
      setValues({ name: '', kind: values.kind, aliases: '' });
      setTouched(false);
      onDone();
    }
  };
  return (
    <form className="authoring-form" onSubmit={(e) => void submit(e)} noValidate data-testid="add-party-form">
      <PartyFields values={values} onChange={setValues} errors={errors} />
      {write.problem ? <ProblemView problem={write.problem} /> : null}
      <div className="authoring-actions">
        <button type="submit" className="button" disabled={write.busy} data-testid="add-party">
          Add the party
        </button>
      </div>
    </form>
  );
}

/** Changes a party's name, role or aliases; the change is logged like every other. */
export function EditPartyForm({ party, onDone }: { party: Party; onDone: () => void }) {
  const [values, setValues] = useState<Values>({
    name: party.name,
    kind: party.kind,
    aliases: party.aliases.join('\n'),
  });
  const write = useWrite();
  const body = { name: values.name, kind: values.kind, aliases: aliasesOf(values.aliases) };
  const errors = schemaErrors(PartyUpdate, body);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (Object.keys(errors).length > 0) return;
    const ok = await write.run(async () => {
      await patchJson(`/api/parties/${encodeURIComponent(party.id)}`, body);
    });
    if (ok) onDone();
  };
  return (
    <form
      className="authoring-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      data-testid="edit-party-form"
    >
      <PartyFields values={values} onChange={setValues} errors={errors} />
      {write.problem ? <ProblemView problem={write.problem} /> : null}
      <div className="authoring-actions">
        <button type="submit" className="button" disabled={write.busy} data-testid="save-party">
          Save the party
        </button>
      </div>
    </form>
  );
}
