import { type Deadline, type DeadlineState, describeTimeLeft } from '@concord/core';
import { revealInvisible } from '@concord/core/text';
import { useState } from 'react';
import { postJson } from '../../api/client.ts';
import { type Abilities, may } from '../../lib/people-types.ts';
import { Field, fieldMessage } from '../authoring/field.tsx';
import { useWrite } from '../authoring/use-write.ts';
import { day } from '../deliveries/briefing-words.ts';
import { ProblemView } from '../status.tsx';
import { type VersionChoice, VersionSelect } from './record-forms.tsx';
import { localNow, toUtc } from './time-input.ts';

export type PresentedDeadline = Deadline & { state: DeadlineState; abilities: Abilities };

/** Where a deadline stands, in words: the countdown is the server's (its `now`), not this browser's clock. */
export function stateWords(s: DeadlineState): string {
  switch (s.status) {
    case 'running':
      return describeTimeLeft(s.msLeft);
    case 'met':
      return s.late ? `met late, ${day(s.at)}` : `met ${day(s.at)}`;
    case 'missed':
      return `missed (due ${day(s.dueAt)})`;
    case 'lifted':
      return `lifted ${day(s.at)}${s.missedFirst ? ', after it had passed' : ''}`;
  }
}

export function DeadlineList({
  deadlines,
  onChanged,
}: {
  deadlines: PresentedDeadline[];
  onChanged: () => void;
}) {
  if (deadlines.length === 0) return <p className="muted">No deadline you can see has been set.</p>;
  return (
    <ul className="deadline-list">
      {deadlines.map((d) => (
        <li key={d.id} data-testid="deadline" data-state={d.state.status}>
          <p>
            <strong dir="auto">{revealInvisible(d.title)}</strong> — due {day(d.dueAt)}{' '}
            <span className={`deadline-state deadline-${d.state.status}`} data-testid="deadline-state">
              {stateWords(d.state)}
            </span>
          </p>
          {d.moves.length > 0 ? (
            <ul className="deadline-moves">
              {d.moves.map((m) => (
                <li key={m.at}>
                  Moved on {day(m.at)} from {day(m.from)} to {day(m.to)}: {revealInvisible(m.reason)}
                </li>
              ))}
            </ul>
          ) : null}
          {may(d.abilities, 'update') && d.outcome === null ? (
            <DeadlineActions deadline={d} onChanged={onChanged} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function DeadlineActions({ deadline, onChanged }: { deadline: PresentedDeadline; onChanged: () => void }) {
  const [dueAt, setDue] = useState(deadline.dueAt.slice(0, 16));
  const [text, setText] = useState('');
  const write = useWrite();
  const send = async (path: string, body: unknown) => {
    if (await write.run(async () => void (await postJson(path, body)))) {
      setText('');
      onChanged();
    }
  };
  const base = `/api/deadlines/${encodeURIComponent(deadline.id)}`;
  return (
    <details className="authoring-details">
      <summary className="link-button">Move, mark met or lift</summary>
      <div className="authoring-form">
        <Field
          label="Why (kept in its history)"
          wide
          error={fieldMessage(write.problem?.errors, 'reason') ?? fieldMessage(write.problem?.errors, 'note')}
        >
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} />
        </Field>
        <Field label="New due time (UTC)" error={fieldMessage(write.problem?.errors, 'dueAt')}>
          <input type="datetime-local" value={dueAt} onChange={(e) => setDue(e.target.value)} />
        </Field>
        <p>
          <button
            type="button"
            className="button"
            disabled={write.busy}
            onClick={() => void send(`${base}/moves`, { dueAt: toUtc(dueAt), reason: text })}
          >
            Move it
          </button>{' '}
          <button
            type="button"
            className="button"
            disabled={write.busy}
            onClick={() => void send(`${base}/outcome`, { outcome: 'met', note: text })}
          >
            Mark met
          </button>{' '}
          <button
            type="button"
            className="button"
            disabled={write.busy}
            onClick={() => void send(`${base}/outcome`, { outcome: 'lifted', note: text })}
          >
            Lift it
          </button>
        </p>
        {write.problem ? <ProblemView problem={write.problem} /> : null}
      </div>
    </details>
  );
}

export function DeadlineForm({
  processId,
  versions,
  onDone,
}: {
  processId: string;
  versions: VersionChoice[];
  onDone: () => void;
}) {
  const [title, setTitle] = useState('');
  const [dueAt, setDue] = useState(localNow(new Date(Date.now() + 7 * 86_400_000)));
  const [setBy, setSetBy] = useState('');
  const [versionId, setVersionId] = useState('');
  const [note, setNote] = useState('');
  const write = useWrite();
  const errors = write.problem?.errors;
  return (
    <form
      className="authoring-form"
      data-testid="deadline-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const ok = await write.run(async () => {
          await postJson(`/api/processes/${encodeURIComponent(processId)}/deadlines`, {
            title,
            dueAt: toUtc(dueAt),
            versionId: versionId === '' ? null : versionId,
            setBy,
            note,
          });
        });
        if (ok) {
          setTitle('');
          setNote('');
          onDone();
        }
      }}
    >
      <Field
        label="What is due"
        hint="e.g. Ukraine to accept the framework by Thanksgiving"
        error={fieldMessage(errors, 'title')}
      >
        <input value={title} onChange={(e) => setTitle(e.target.value)} required />
      </Field>
      <Field label="Due (UTC)" error={fieldMessage(errors, 'dueAt')}>
        <input type="datetime-local" value={dueAt} onChange={(e) => setDue(e.target.value)} required />
      </Field>
      <Field
        label="On"
        hint="A deadline on a version is seen by who can read that version"
        error={fieldMessage(errors, 'versionId')}
      >
        <VersionSelect
          versions={versions}
          value={versionId}
          onChange={setVersionId}
          none="The whole process"
        />
      </Field>
      <Field label="Set by" error={fieldMessage(errors, 'setBy')}>
        <input value={setBy} onChange={(e) => setSetBy(e.target.value)} />
      </Field>
      <Field label="Note" wide error={fieldMessage(errors, 'note')}>
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      </Field>
      <button type="submit" className="button" disabled={write.busy}>
        Set the deadline
      </button>
      {write.problem ? <ProblemView problem={write.problem} /> : null}
    </form>
  );
}
