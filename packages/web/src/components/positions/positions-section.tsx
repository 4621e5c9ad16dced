import type { PositionMatrix, PositionView } from '@concord/core';
import { revealInvisible } from '@concord/core/text';
import { useState } from 'react';
import { postJson } from '../../api/client.ts';
import { ApiError, type Problem } from '../../api/problem.ts';
import { useResource } from '../../api/use-resource.ts';
import { formatDate } from '../../lib/commitments.ts';
import { ProblemView } from '../status.tsx';
import { History } from './position-history.tsx';
import {
  citation,
  emptyForm,
  type Filter,
  formBody,
  type PositionForm,
  type Row,
  SOURCE_WORDS,
  STANCE_WORDS,
  shownParties,
  shownRows,
} from './positions-view.ts';
import './positions.css';

/**
 * The parties' positions on this version's points: a matrix coloured by stance, filterable to contested points
 * or to one party, each point's history on demand, the points that bring back what a party rejected before, and
 * the form a delegation or a mediator records a position with (shown from the server's answer alone).
 */
export function PositionsSection({ versionId }: { versionId: string }) {
  const [saved, setSaved] = useState(0);
  const matrix = useResource<PositionMatrix>(
    `/api/versions/${encodeURIComponent(versionId)}/positions`,
    saved,
  );
  return (
    <section className="positions" aria-labelledby="positions-heading" data-testid="positions">
      <h2 id="positions-heading">Positions</h2>
      <p className="positions-intro">
        Where each party stands on each point of this version: supports, accepts, accepts with conditions,
        undecided, rejects, or a red line. A party’s position is seen only by its own delegation and the
        mediators, unless the party publishes it; you see the positions you are allowed to. A point marked{' '}
        <strong>resurfaced</strong> brings back something a party rejected before — in an earlier version, or
        before this text was written — and says which rejection.
      </p>
      {matrix.state === 'loading' ? (
        <p className="loading" role="status">
          Reading the positions…
        </p>
      ) : matrix.state === 'error' ? (
        <ProblemView problem={matrix.problem} what="the positions" />
      ) : (
        <>
          <Matrix matrix={matrix.data} onChanged={() => setSaved((n) => n + 1)} />
          {matrix.data.mayRecordFor.length > 0 ? (
            <RecordForm key={saved} matrix={matrix.data} onSaved={() => setSaved((n) => n + 1)} />
          ) : null}
        </>
      )}
    </section>
  );
}

function Matrix({ matrix, onChanged }: { matrix: PositionMatrix; onChanged: () => void }) {
  const [filter, setFilter] = useState<Filter>({ contestedOnly: false, partyId: null });
  const [open, setOpen] = useState<string | null>(null);
  const rows = shownRows(matrix, filter);
  const parties = shownParties(matrix, filter);
  const name = (id: string) => revealInvisible(matrix.parties.find((p) => p.id === id)?.name ?? 'a party');
  if (matrix.parties.length === 0) return <p>No negotiating party is named in this process yet.</p>;
  return (
    <>
      <div className="positions-filters">
        <label>
          <input
            type="checkbox"
            checked={filter.contestedOnly}
            data-testid="positions-contested-only"
            onChange={(e) => setFilter({ ...filter, contestedOnly: e.target.checked })}
          />{' '}
          Contested points only (the parties differ, or one rejects)
        </label>
        <label>
          Show{' '}
          <select
            value={filter.partyId ?? ''}
            data-testid="positions-party-view"
            onChange={(e) => setFilter({ ...filter, partyId: e.target.value === '' ? null : e.target.value })}
          >
            <option value="">every party</option>
            {matrix.parties.map((p) => (
              <option key={p.id} value={p.id}>
                {revealInvisible(p.name)} only
              </option>
            ))}
          </select>
        </label>
      </div>
      {rows.length === 0 ? (
        <p>No point of this version is contested in the positions you can see.</p>
      ) : (
        <table className="positions-matrix">
          <thead>
            <tr>
              <th scope="col">Point</th>
              {parties.map((p) => (
                <th scope="col" key={p.id} dir="auto">
                  {revealInvisible(p.name)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <MatrixRow
                key={row.pointId}
                row={row}
                parties={parties}
                detailed={filter.partyId !== null}
                open={open === row.pointId}
                onToggle={() => setOpen(open === row.pointId ? null : row.pointId)}
                name={name}
                mayPublishFor={matrix.mayPublishFor}
                onChanged={onChanged}
              />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function MatrixRow({
  row,
  parties,
  detailed,
  open,
  onToggle,
  name,
  mayPublishFor,
  onChanged,
}: {
  row: Row;
  parties: PositionMatrix['parties'];
  detailed: boolean;
  open: boolean;
  onToggle: () => void;
  name: (id: string) => string;
  mayPublishFor: readonly string[];
  onChanged: () => void;
}) {
  return (
    <>
      <tr data-testid="positions-row" data-number={row.number} data-contested={row.contested}>
        <th scope="row" className={row.parentPointId === null ? 'point-cell' : 'point-cell sub-point'}>
          <span className="point-number">{revealInvisible(row.number)}</span>{' '}
          <span className="point-excerpt" dir="auto">
            {revealInvisible(excerpt(row.text))}
          </span>
          {row.contested ? <span className="contested-badge">contested</span> : null}{' '}
          <button type="button" className="link-button" onClick={onToggle} aria-expanded={open}>
            {open ? 'Hide history' : 'History'}
          </button>
        </th>
        {parties.map((p) => {
          const cell = row.cells.find((c) => c.partyId === p.id);
          return (
            <td
              key={p.id}
              data-testid="positions-cell"
              data-party={p.name}
              data-stance={cell?.position?.stance ?? ''}
            >
              {cell?.position ? (
                <StanceChip position={cell.position} detailed={detailed} />
              ) : (
                <span className="no-stance">—</span>
              )}
              {cell?.resurfaced ? (
                <p className="resurfaced-flag" data-testid="resurfaced-flag">
                  <strong>Resurfaced:</strong> {name(p.id)} rejected it before — {citation(cell.resurfaced)}
                  {cell.resurfaced.rejection.rationale ? (
                    <span className="rationale" dir="auto">
                      “{revealInvisible(cell.resurfaced.rejection.rationale)}”
                    </span>
                  ) : null}
                </p>
              ) : null}
            </td>
          );
        })}
      </tr>
      {open ? (
        <tr className="history-row">
          <td colSpan={parties.length + 1}>
            <History pointId={row.pointId} name={name} mayPublishFor={mayPublishFor} onChanged={onChanged} />
          </td>
        </tr>
      ) : null}
    </>
  );
}

function StanceChip({ position, detailed }: { position: PositionView; detailed: boolean }) {
  return (
    <span className={`stance stance-${position.stance}`} title={`taken ${formatDate(position.takenOn)}`}>
      {STANCE_WORDS[position.stance]}
      {position.published ? <span className="published-mark"> · published</span> : null}
      {detailed ? <PositionDetail position={position} /> : null}
    </span>
  );
}

function PositionDetail({ position }: { position: PositionView }) {
  return (
    <span className="position-detail">
      <span>taken {formatDate(position.takenOn)}</span>
      {position.conditions ? (
        <span dir="auto">conditions: {revealInvisible(position.conditions)}</span>
      ) : null}
      {position.rationale ? <span dir="auto">why: {revealInvisible(position.rationale)}</span> : null}
    </span>
  );
}

function RecordForm({ matrix, onSaved }: { matrix: PositionMatrix; onSaved: () => void }) {
  const today = new Date().toISOString().slice(0, 10);
  const [form, setForm] = useState<PositionForm>(() => emptyForm(matrix, today));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof PositionForm>(key: K, value: PositionForm[K]) =>
    setForm({ ...form, [key]: value });
  const name = (id: string) => revealInvisible(matrix.parties.find((p) => p.id === id)?.name ?? 'this party');
  const mayPublish = matrix.mayPublishFor.includes(form.partyId);
  const save = async () => {
    setSaving(true);
    setProblem(null);
    try {
      await postJson(`/api/points/${encodeURIComponent(form.pointId)}/positions`, formBody(form, matrix));
      onSaved();
    } catch (error) {
      setProblem(
        error instanceof ApiError
          ? error.problem
          : { type: 'about:blank', title: 'Unexpected error', status: 0, detail: String(error) },
      );
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      className="position-form"
      data-testid="position-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>Record a position</h3>
      <p>
        Each recording is kept: the point’s history shows every one, and the latest by the day it was taken is
        the party’s current position. Give the day the position was taken, which may lie well before today.
      </p>
      <div className="form-grid">
        <label>
          Party
          <select value={form.partyId} name="partyId" onChange={(e) => set('partyId', e.target.value)}>
            {matrix.mayRecordFor.map((id) => (
              <option key={id} value={id}>
                {name(id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Point
          <select value={form.pointId} name="pointId" onChange={(e) => set('pointId', e.target.value)}>
            {matrix.points.map((p) => (
              <option key={p.pointId} value={p.pointId}>
                {p.number} — {excerpt(p.text, 60)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Stance
          <select
            value={form.stance}
            name="stance"
            onChange={(e) => set('stance', e.target.value as PositionForm['stance'])}
          >
            {Object.entries(STANCE_WORDS).map(([value, words]) => (
              <option key={value} value={value}>
                {words}
              </option>
            ))}
          </select>
        </label>
        <label>
          Taken on
          <input
            type="date"
            name="takenOn"
            value={form.takenOn}
            max={today}
            required
            onChange={(e) => set('takenOn', e.target.value)}
          />
        </label>
        {form.stance === 'accepts-with-conditions' ? (
          <label className="wide">
            Conditions
            <textarea
              name="conditions"
              value={form.conditions}
              required
              onChange={(e) => set('conditions', e.target.value)}
            />
          </label>
        ) : null}
        <label className="wide">
          Rationale
          <textarea
            name="rationale"
            value={form.rationale}
            onChange={(e) => set('rationale', e.target.value)}
          />
        </label>
        <label>
          Source
          <select
            value={form.sourceKind}
            name="sourceKind"
            onChange={(e) => set('sourceKind', e.target.value as PositionForm['sourceKind'])}
          >
            {Object.entries(SOURCE_WORDS).map(([value, words]) => (
              <option key={value} value={value}>
                {words}
              </option>
            ))}
          </select>
        </label>
        <label>
          Reference
          <input
            name="reference"
            value={form.reference}
            placeholder="who, where, which text"
            onChange={(e) => set('reference', e.target.value)}
          />
        </label>
        <label className="wide">
          Link (optional)
          <input
            type="url"
            name="url"
            value={form.url}
            placeholder="https://…"
            onChange={(e) => set('url', e.target.value)}
          />
        </label>
      </div>
      {mayPublish ? (
        <label className="publish">
          <input
            type="checkbox"
            name="published"
            checked={form.published}
            onChange={(e) => set('published', e.target.checked)}
          />{' '}
          Publish it: everyone who can read this version will see it. Otherwise only {name(form.partyId)}’s
          delegation and the mediators see it.
        </label>
      ) : (
        <p className="publish-note">
          The position stays private to {name(form.partyId)}’s delegation and the mediators; only the party’s
          own delegation can publish it.
        </p>
      )}
      {problem ? <ProblemView problem={problem} what="the position" /> : null}
      <button type="submit" className="button" disabled={saving}>
        {saving ? 'Recording…' : 'Record the position'}
      </button>
    </form>
  );
}

function excerpt(text: string, max = 110): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
