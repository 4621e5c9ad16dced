import { VersionCreate } from '@concord/core';
import { revealInvisible } from '@concord/core/text';
import { type FormEvent, useState } from 'react';
import { getJson, postJson } from '../api/client.ts';
import { useResource } from '../api/use-resource.ts';
import { Field } from '../components/authoring/field.tsx';
import { useWrite } from '../components/authoring/use-write.ts';
import '../components/authoring/authoring.css';
import { Breadcrumbs } from '../components/layout.tsx';
import { Loaded, ProblemView } from '../components/status.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { counterDraftPoints } from '../lib/authoring.ts';
import { may, type PlanView, type VersionView } from '../lib/people-types.ts';
import { schemaErrors } from '../lib/point-form.ts';
import { navigate } from '../router/location.ts';
import { paths } from '../router/routes.ts';

/**
 * Starts a version of a plan: an empty working draft, or a counter-draft of any version (its points copied, each
 * derived from the point it copies), which then opens in the editor.
 */
export function NewVersionPage({ planId, from }: { planId: string; from: string | null }) {
  const plan = useResource<PlanView>(`/api/plans/${encodeURIComponent(planId)}`);
  useDocumentTitle('Start a version');
  return (
    <Loaded resource={plan} what="the plan">
      {(p) => (
        <>
          <Breadcrumbs
            trail={[
              { label: 'Processes', href: paths.processes() },
              { label: p.title, href: paths.plan(p.id) },
              { label: 'Start a version' },
            ]}
          />
          <header className="page-header">
            <h1>Start a version of “{revealInvisible(p.title)}”</h1>
            <p className="lede newcomer-note">
              A new version starts as a working draft that only the mediators read, and it changes only until
              it is shared with a party or delivered. Start it empty, or as a counter-draft of a version
              already on record: its points are copied, each remembering the point it comes from, so every
              later comparison can say what was kept, amended, split, merged, removed or restored. The version
              you answer is never changed. Share or deliver it from its page when it is ready.
            </p>
          </header>
          {may(p.abilities, 'create-version') ? (
            <NewVersionForm plan={p} from={from} />
          ) : (
            <p className="muted">Your role in this process does not let you start versions of this plan.</p>
          )}
        </>
      )}
    </Loaded>
  );
}

function NewVersionForm({ plan, from }: { plan: PlanView; from: string | null }) {
  const standing = plan.versions;
  const initial = from !== null && standing.some((v) => v.id === from) ? from : '';
  const [source, setSource] = useState(initial);
  const [label, setLabel] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const write = useWrite();
  const body = { label, issuedOn: issuedOn === '' ? null : issuedOn, note, status: 'draft' };
  const errors = touched ? schemaErrors(VersionCreate, body) : {};

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (Object.keys(schemaErrors(VersionCreate, body)).length > 0) return;
    let id = '';
    const ok = await write.run(async () => {
      let points: unknown[] = [];
      if (source !== '') {
        const answered = await getJson<VersionView>(`/api/versions/${encodeURIComponent(source)}`);
        points = counterDraftPoints(answered.points, answered.commitments);
      }
      const created = await postJson<{ id: string }>(`/api/plans/${encodeURIComponent(plan.id)}/versions`, {
        ...body,
        parentVersionId: source === '' ? null : source,
        points,
      });
      id = created.id;
    });
    if (ok) navigate(paths.editVersion(id));
  };

  return (
    <form
      className="authoring-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      data-testid="new-version-form"
    >
      <fieldset>
        <legend>Start from</legend>
        <label>
          <input
            type="radio"
            checked={source === ''}
            onChange={() => setSource('')}
            data-testid="from-scratch"
          />{' '}
          An empty working draft (add its points next)
        </label>
        {standing.map((v) => (
          <label key={v.id}>
            <input
              type="radio"
              checked={source === v.id}
              onChange={() => setSource(v.id)}
              data-testid="from-version"
              data-label={v.label}
            />{' '}
            A counter-draft of <span dir="auto">“{revealInvisible(v.label)}”</span> ({v.status}
            {v.withdrawal ? ', withdrawn' : ''})
          </label>
        ))}
      </fieldset>
      <div className="authoring-row">
        <Field label="Label" error={errors.label} hint="For example: European counter-proposal">
          <input value={label} onChange={(e) => setLabel(e.target.value)} data-testid="version-label" />
        </Field>
        <Field label="Issued on (optional)" error={errors.issuedOn}>
          <input type="date" value={issuedOn} onChange={(e) => setIssuedOn(e.target.value)} />
        </Field>
      </div>
      <Field label="Note (optional: where it comes from, who wrote it)" error={errors.note} wide>
        <textarea value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      {write.problem ? <ProblemView problem={write.problem} /> : null}
      <div className="authoring-actions">
        <button type="submit" className="button" disabled={write.busy} data-testid="create-version">
          Start the draft
        </button>
      </div>
    </form>
  );
}
