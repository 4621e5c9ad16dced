import type { PlanPrecedent } from '@concord/core';
import { revealInvisible } from '@concord/core/text';
import { type FormEvent, useState } from 'react';
import { postJson } from '../../api/client.ts';
import { asProblem, type Problem } from '../../api/problem.ts';
import { may, type ProcessView } from '../../lib/people-types.ts';
import { precedentDraft, precedentNote } from '../../lib/precedent-draft.ts';
import { Link } from '../../router/link.tsx';
import { navigate } from '../../router/location.ts';
import { paths } from '../../router/routes.ts';
import { ProblemView } from '../status.tsx';

/**
 * Starting a new plan from the precedent's chosen points: the plan is created in a process where the reader
 * may create plans (the server's abilities say where), then its first version, a working draft whose points
 * copy the chosen points' text, categories, quantities and conditions, with a note naming their source.
 */
export function StartFromPrecedent({
  answer,
  processes,
  chosen,
}: {
  answer: PlanPrecedent;
  processes: ProcessView[];
  chosen: ReadonlySet<string>;
}) {
  const targets = processes.filter((p) => may(p.abilities, 'create-plan'));
  const preferred = targets.find((p) => p.id === answer.plan.processId) ?? targets[0];
  const [processId, setProcessId] = useState(preferred?.id ?? '');
  const [title, setTitle] = useState(`Draft from ${answer.other.planTitle}`.slice(0, 300));
  const [label, setLabel] = useState('First draft');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [orphan, setOrphan] = useState<string | null>(null);
  const source = {
    planTitle: answer.other.planTitle,
    versionLabel: answer.other.versionLabel,
    processTitle: answer.other.processTitle,
  };
  const numbers = answer.other.points
    .filter((p) => p.parentPointId === null && chosen.has(p.id))
    .map((p) => p.number);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (numbers.length === 0 || busy) return;
    setBusy(true);
    setProblem(null);
    let planId: string | null = null;
    try {
      planId = (
        await postJson<{ id: string }>(`/api/processes/${encodeURIComponent(processId)}/plans`, { title })
      ).id;
      const version = await postJson<{ id: string }>(`/api/plans/${encodeURIComponent(planId)}/versions`, {
        label,
        note: precedentNote(source, numbers),
        points: precedentDraft(answer.other.points, chosen, source),
      });
      navigate(paths.version(version.id));
    } catch (error) {
      setProblem(asProblem(error));
      setOrphan(planId);
    } finally {
      setBusy(false);
    }
  };

  if (targets.length === 0) return null;
  return (
    <form className="precedent-start" onSubmit={(e) => void submit(e)} data-testid="start-from-precedent">
      <h2>Start a new plan from this precedent</h2>
      <p className="muted">
        Tick the points of <strong dir="auto">{revealInvisible(answer.other.planTitle)}</strong> to take
        above. They become the first version of a new plan, a working draft you can then edit: their text,
        categories, figures and conditions are copied; commitments are not, since they name the other
        process’s parties. The version’s note says which plan and version they come from.
      </p>
      <p data-testid="precedent-chosen">
        {numbers.length === 0
          ? 'No point chosen yet.'
          : `${numbers.length === 1 ? 'Point' : 'Points'} ${numbers.join(', ')} chosen.`}
      </p>
      <label>
        In the process{' '}
        <select
          value={processId}
          onChange={(e) => setProcessId(e.target.value)}
          data-testid="precedent-process"
        >
          {targets.map((p) => (
            <option key={p.id} value={p.id}>
              {revealInvisible(p.title)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Title of the new plan{' '}
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={300}
          data-testid="precedent-title"
        />
      </label>
      <label>
        Label of its first version{' '}
        <input
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          maxLength={120}
          data-testid="precedent-label"
        />
      </label>
      {problem ? <ProblemView problem={problem} /> : null}
      {orphan ? (
        <p>
          The plan was created but its first version was not:{' '}
          <Link href={paths.plan(orphan)}>open the plan</Link> to add one.
        </p>
      ) : null}
      <button
        type="submit"
        className="button"
        disabled={busy || numbers.length === 0}
        data-testid="precedent-start"
      >
        Start the new plan
      </button>
    </form>
  );
}
