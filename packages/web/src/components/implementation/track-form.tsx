// Puts a commitment of an agreed (final) version under tracking: when it falls due (a date, or a delay after a
// milestone such as the acceptance), its weight among its siblings, the commitment it is a part of, and the
// indicators that show it is done. Offered to the mediators, for the commitments not tracked yet.
import type { TrackingCandidate } from '@concord/core';
import { useState } from 'react';
import { postJson } from '../../api/client.ts';
import { ApiError, type Problem } from '../../api/problem.ts';

type Parent = { commitmentId: string; action: string };
type DueKind = 'none' | 'date' | 'after';

function dueOf(kind: DueKind, date: string, milestone: string, days: number, hours: number) {
  if (kind === 'date') return { kind, date };
  if (kind === 'after') return { kind, milestone, days, hours };
  return null;
}

export function TrackForm({
  candidates,
  parents,
  milestoneKeys,
  nameOf,
  onDone,
}: {
  candidates: TrackingCandidate[];
  parents: Parent[];
  milestoneKeys: string[];
  nameOf: (party: string) => string;
  onDone: () => void;
}) {
  const [commitmentId, setCommitmentId] = useState(candidates[0]?.commitmentId ?? '');
  const [kind, setKind] = useState<DueKind>('after');
  const [date, setDate] = useState('');
  const [milestone, setMilestone] = useState(milestoneKeys[0] ?? 'signature');
  const [days, setDays] = useState(0);
  const [hours, setHours] = useState(0);
  const [weight, setWeight] = useState(1);
  const [parentId, setParentId] = useState('');
  const [indicators, setIndicators] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async () => {
    setProblem(null);
    try {
      await postJson(`/api/commitments/${encodeURIComponent(commitmentId)}/tracking`, {
        due: dueOf(kind, date, milestone, days, hours),
        weight,
        parentId: parentId === '' ? null : parentId,
        indicators: indicators
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line.length > 0),
      });
      setIndicators('');
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
      className="track-form"
      data-testid="track-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>Put a commitment under tracking</legend>
        <label>
          Commitment{' '}
          <select name="commitmentId" value={commitmentId} onChange={(e) => setCommitmentId(e.target.value)}>
            {candidates.map((c) => (
              <option key={c.commitmentId} value={c.commitmentId}>
                {nameOf(c.obligor)}: {c.action.slice(0, 90)} ({c.versionLabel})
              </option>
            ))}
          </select>
        </label>
        <label>
          Falls due{' '}
          <select name="dueKind" value={kind} onChange={(e) => setKind(e.target.value as DueKind)}>
            <option value="after">after a milestone</option>
            <option value="date">on a date</option>
            <option value="none">no due date</option>
          </select>
        </label>
        {kind === 'date' ? (
          <label>
            Date{' '}
            <input type="date" name="date" required value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
        ) : null}
        {kind === 'after' ? (
          <span className="due-after">
            <label>
              Days{' '}
              <input
                type="number"
                min={0}
                name="days"
                value={days}
                onChange={(e) => setDays(Number(e.target.value))}
              />
            </label>{' '}
            <label>
              Hours{' '}
              <input
                type="number"
                min={0}
                name="hours"
                value={hours}
                onChange={(e) => setHours(Number(e.target.value))}
              />
            </label>{' '}
            <label>
              after the milestone{' '}
              <input
                name="milestone"
                list="milestone-keys"
                required
                value={milestone}
                onChange={(e) => setMilestone(e.target.value)}
              />
            </label>
            <datalist id="milestone-keys">
              {milestoneKeys.map((k) => (
                <option key={k} value={k} />
              ))}
            </datalist>
          </span>
        ) : null}
        <label>
          Weight among its siblings{' '}
          <input
            type="number"
            min={1}
            name="weight"
            value={weight}
            onChange={(e) => setWeight(Number(e.target.value))}
          />
        </label>
        <label>
          Part of{' '}
          <select name="parentId" value={parentId} onChange={(e) => setParentId(e.target.value)}>
            <option value="">nothing (a commitment of its own)</option>
            {parents.map((p) => (
              <option key={p.commitmentId} value={p.commitmentId}>
                {p.action.slice(0, 90)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Indicators, one per line{' '}
          <textarea
            name="indicators"
            rows={2}
            value={indicators}
            onChange={(e) => setIndicators(e.target.value)}
          />
        </label>
        <button type="submit">Track</button>
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
