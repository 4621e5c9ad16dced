// The milestones due rules count from (the signature, an acceptance, a release), and the form to record one.
import type { Milestone } from '@concord/core';
import { useState } from 'react';
import { postJson } from '../../api/client.ts';
import { ApiError, type Problem } from '../../api/problem.ts';
import { UserText } from '../user-text.tsx';

export function MilestonesSection({
  processId,
  milestones,
  mayRecord,
  onChanged,
}: {
  processId: string;
  milestones: Milestone[];
  mayRecord: boolean;
  onChanged: () => void;
}) {
  return (
    <section aria-labelledby="milestones-heading" data-testid="milestones">
      <h2 id="milestones-heading">Milestones</h2>
      <p className="muted">
        A commitment due “within 72 hours of acceptance” falls due once the acceptance is recorded here; until
        then it waits for it.
      </p>
      {milestones.length === 0 ? <p className="muted">No milestone has been recorded.</p> : null}
      <ul>
        {milestones.map((m) => (
          <li key={m.id}>
            <strong dir="auto">
              <UserText text={m.label} />
            </strong>{' '}
            (<code>{m.key}</code>) on {m.occurredAt.replace('T', ' ').replace(':00.000Z', ' UTC')}
            {m.note ? (
              <>
                {' '}
                — <UserText text={m.note} />
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {mayRecord ? <MilestoneForm processId={processId} onDone={onChanged} /> : null}
    </section>
  );
}

function MilestoneForm({ processId, onDone }: { processId: string; onDone: () => void }) {
  const [key, setKey] = useState('');
  const [label, setLabel] = useState('');
  const [at, setAt] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async () => {
    setProblem(null);
    try {
      const occurredAt = at.length === 16 ? `${at}:00.000Z` : at;
      await postJson(`/api/processes/${encodeURIComponent(processId)}/milestones`, {
        key,
        label,
        occurredAt,
      });
      setKey('');
      setLabel('');
      setAt('');
      onDone();
    } catch (error) {
      setProblem(
        error instanceof ApiError
          ? error.problem
          : { type: 'about:blank', title: 'Unexpected error', status: 0, detail: String(error) },
      );
    }
  };
  return (
    <form
      className="milestone-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>Record a milestone</legend>
        <label>
          Key, as due rules name it{' '}
          <input
            name="key"
            required
            placeholder="signature"
            value={key}
            onChange={(e) => setKey(e.target.value)}
          />
        </label>
        <label>
          What happened{' '}
          <input name="label" required value={label} onChange={(e) => setLabel(e.target.value)} />
        </label>
        <label>
          When (UTC){' '}
          <input
            type="datetime-local"
            name="occurredAt"
            required
            value={at}
            onChange={(e) => setAt(e.target.value)}
          />
        </label>
        <button type="submit">Record</button>
      </fieldset>
      {problem ? (
        <p className="implementation-problem" role="alert">
          {problem.title}
          {problem.detail ? `: ${problem.detail}` : ''}
        </p>
      ) : null}
    </form>
  );
}
