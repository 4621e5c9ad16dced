import { ProcessCreate } from '@concord/core';
import { type FormEvent, useState } from 'react';
import { postJson } from '../api/client.ts';
import { Field } from '../components/authoring/field.tsx';
import { useWrite } from '../components/authoring/use-write.ts';
import '../components/authoring/authoring.css';
import { Breadcrumbs } from '../components/layout.tsx';
import { ProblemView } from '../components/status.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useSession } from '../components/use-session.ts';
import { schemaErrors } from '../lib/point-form.ts';
import { Link } from '../router/link.tsx';
import { navigate } from '../router/location.ts';
import { paths } from '../router/routes.ts';

/** Opening a new peace process: whoever the deployment lets open processes becomes its lead mediator. */
export function NewProcessPage() {
  useDocumentTitle('Open a process');
  const session = useSession();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [audience, setAudience] = useState<'process' | 'public'>('process');
  const [touched, setTouched] = useState(false);
  const write = useWrite();
  const body = { title, description, audience: { kind: audience } };
  const errors = touched ? schemaErrors(ProcessCreate, body) : {};

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (Object.keys(schemaErrors(ProcessCreate, body)).length > 0) return;
    let id = '';
    const ok = await write.run(async () => {
      id = (await postJson<{ id: string }>('/api/processes', body)).id;
    });
    if (ok) navigate(paths.process(id));
  };

  return (
    <>
      <Breadcrumbs trail={[{ label: 'Processes', href: paths.processes() }, { label: 'Open a process' }]} />
      <header className="page-header">
        <h1>Open a process</h1>
        <p className="lede newcomer-note">
          A process is one negotiation: its parties, the plans put to them, and every version of those plans.
          You open it as its lead mediator. Next you add the parties (with the other names texts call them
          by), then a plan, then the plan's first version. Everything you record here goes into the log, which
          keeps it for good.
        </p>
      </header>
      {session === 'anonymous' ? (
        <p>
          <Link href={paths.signIn(paths.newProcess())}>Sign in</Link> to open a process.
        </p>
      ) : typeof session === 'object' && !session.mayOpenProcesses ? (
        <p className="muted">
          Your account may not open processes on this server. Ask its operator, or the lead mediator of an
          existing process to invite you.
        </p>
      ) : (
        <form
          className="authoring-form"
          onSubmit={(e) => void submit(e)}
          noValidate
          data-testid="new-process-form"
        >
          <Field label="Title" error={errors.title} hint="For example: Russia–Ukraine 2025">
            <input value={title} onChange={(e) => setTitle(e.target.value)} data-testid="process-title" />
          </Field>
          <Field label="Description (optional)" error={errors.description} wide>
            <textarea value={description} onChange={(e) => setDescription(e.target.value)} />
          </Field>
          <fieldset>
            <legend>Who can see it</legend>
            <label>
              <input type="radio" checked={audience === 'process'} onChange={() => setAudience('process')} />{' '}
              Its members only (you can publish it later; sharing only ever widens)
            </label>
            <label>
              <input type="radio" checked={audience === 'public'} onChange={() => setAudience('public')} />{' '}
              The public
            </label>
          </fieldset>
          {write.problem ? <ProblemView problem={write.problem} /> : null}
          <div className="authoring-actions">
            <button type="submit" className="button" disabled={write.busy} data-testid="create-process">
              Open the process
            </button>
          </div>
        </form>
      )}
    </>
  );
}
