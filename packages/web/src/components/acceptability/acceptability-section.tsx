import type { CommonAcceptability, MarkableWording, OwnAcceptability } from '@concord/core';
import { revealInvisible } from '@concord/core/text';
import { useEffect, useState } from 'react';
import { putJson } from '../../api/client.ts';
import { ApiError, type Problem } from '../../api/problem.ts';
import { useResource } from '../../api/use-resource.ts';
import { ProblemView } from '../status.tsx';
import { acceptNone, initialMarks, type MarksForm, marksBody, toggle, unmark } from './marks-form.ts';
import './acceptability.css';

/**
 * Sealed acceptability on a version: what every party could accept, for everyone in the process, and for a
 * party's delegate the form where it marks its own party's acceptable wordings. Whether the form shows is the
 * server's answer alone: the own marks are served to the party's delegates and refused to everyone else.
 */
export function AcceptabilitySection({ versionId }: { versionId: string }) {
  const [saved, setSaved] = useState(0);
  const base = `/api/versions/${encodeURIComponent(versionId)}/acceptability`;
  const common = useResource<CommonAcceptability>(`${base}/common`, saved);
  const own = useResource<OwnAcceptability>(base, saved);
  // The last marks the server served, kept while they are read again after a save, so the form stays put.
  const [marks, setMarks] = useState<OwnAcceptability | null>(null);
  useEffect(() => {
    if (own.state === 'ok') setMarks(own.data);
    else if (own.state === 'error') setMarks(null);
  }, [own]);
  return (
    <section className="acceptability" aria-labelledby="acceptability-heading" data-testid="acceptability">
      <h2 id="acceptability-heading">What every party could accept</h2>
      <p className="acceptability-intro">
        Each negotiating party marks, on its own, which wordings of each disputed point it could accept. The
        marks are sealed: nobody else sees them — not the other parties, not the mediators. Concord shows
        everyone in the process only the wordings that <em>every</em> party accepts, once all of them have
        marked a point. Until then the point says it is waiting, without saying who has marked, and nothing
        ever says who refused what.
      </p>
      {common.state === 'loading' ? (
        <p className="loading" role="status">
          Reading what every party accepts…
        </p>
      ) : common.state === 'error' ? (
        <CommonRefused problem={common.problem} />
      ) : (
        <CommonView common={common.data} />
      )}
      {marks !== null && marks.versionId === versionId ? (
        <MarksEditor own={marks} base={base} onSaved={() => setSaved((n) => n + 1)} />
      ) : null}
    </section>
  );
}

function CommonRefused({ problem }: { problem: Problem }) {
  if (problem.status === 401 || problem.status === 403 || problem.status === 404)
    return (
      <p className="acceptability-locked" data-testid="acceptability-locked">
        What the parties could accept is shown to the members of this process who read this version. If you
        are one of them and not signed in, sign in.
      </p>
    );
  return <ProblemView problem={problem} what="what every party accepts" />;
}

function Wording({ w }: { w: MarkableWording }) {
  return (
    <>
      <span className="wording-label" dir="auto">
        {revealInvisible(w.label)}
      </span>{' '}
      <span className="wording-source">
        ({w.inDraft ? 'this version' : `as in ${w.versionLabels.map((l) => revealInvisible(l)).join(', ')}`})
      </span>
      {w.text !== null ? (
        <span className="wording-text" dir="auto">
          {revealInvisible(w.text)}
        </span>
      ) : null}
    </>
  );
}

function CommonView({ common }: { common: CommonAcceptability }) {
  if (common.points.length === 0)
    return <p>The plan’s versions do not differ on any point of this version: there is nothing to mark.</p>;
  const names = common.parties.map((p) => revealInvisible(p.name));
  const revealed = common.points.filter((p) => p.status === 'revealed');
  const waiting = common.points.filter((p) => p.status === 'waiting');
  const { packages } = common;
  return (
    <div data-testid="acceptability-common">
      <p>
        {names.length === 0
          ? 'This version is shared with no negotiating party, so nobody marks it.'
          : `The parties whose marks count: ${names.join(', ')}.`}
        {common.open ? '' : ' This version is final: marks no longer change.'}
      </p>
      {revealed.length > 0 ? (
        <ul className="acceptability-points">
          {revealed.map((p) => (
            <li
              key={p.lineageId}
              data-testid="acceptability-point"
              data-status={p.status}
              data-lineage={p.lineageId}
            >
              <span className="point-name">{p.name}</span>{' '}
              <span className="point-title" dir="auto">
                {revealInvisible(p.title)}
              </span>
              {p.status !== 'revealed' || p.common.length === 0 ? (
                <p className="acceptability-none">No wording of this point is acceptable to every party.</p>
              ) : (
                <ul className="acceptability-common">
                  {p.common.map((w) => (
                    <li key={w.key} data-testid="common-wording">
                      <Wording w={w} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {waiting.length > 0 ? (
        <div className="acceptability-waiting">
          <p>Waiting for marks on {waiting.length === 1 ? 'one point' : `${waiting.length} points`}:</p>
          <ul className="acceptability-waiting-list">
            {waiting.map((p) => (
              <li
                key={p.lineageId}
                data-testid="acceptability-point"
                data-status={p.status}
                data-lineage={p.lineageId}
                title={revealInvisible(p.title)}
              >
                {p.name}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="acceptability-packages" data-testid="acceptability-packages">
        {packages.revealed === 0 ? (
          <p>No point has been marked by every party yet, so there is no package to show.</p>
        ) : (
          <>
            <p>
              {Number(packages.count) === 0
                ? 'No package of the points marked so far is acceptable to every party.'
                : `${String(packages.count)} ${Number(packages.count) === 1 ? 'package' : 'packages'} of the ${packages.revealed} points marked by every party use only wordings every party accepts.`}
              {packages.waiting > 0
                ? ` ${packages.waiting} ${packages.waiting === 1 ? 'point is' : 'points are'} still waiting.`
                : ''}
            </p>
            {packages.closest ? (
              <div>
                <p>
                  {packages.closest.changed === 0
                    ? 'This version’s own wordings are acceptable to every party on those points.'
                    : `The closest to this version changes ${packages.closest.changed} ${packages.closest.changed === 1 ? 'point' : 'points'}${packages.closest.alternatives > 0 ? ` (${packages.closest.alternatives} other ways to change as few)` : ''}:`}
                </p>
                {packages.closest.changes.length > 0 ? (
                  <ul>
                    {packages.closest.changes.map((c) => (
                      <li key={c.lineageId} dir="auto">
                        {revealInvisible(c.sentence)}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}

function MarksEditor({ own, base, onSaved }: { own: OwnAcceptability; base: string; onSaved: () => void }) {
  const [form, setForm] = useState<MarksForm>(() => initialMarks(own));
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => setForm(initialMarks(own)), [own]);
  const change = (next: MarksForm) => {
    setForm(next);
    setStatus('idle');
  };
  const save = async () => {
    setStatus('saving');
    setProblem(null);
    try {
      const query = `?partyId=${encodeURIComponent(own.partyId)}`;
      await putJson<OwnAcceptability>(`${base}${query}`, marksBody(own, form));
      setStatus('saved');
      onSaved();
    } catch (error) {
      setStatus('idle');
      setProblem(
        error instanceof ApiError
          ? error.problem
          : { type: 'about:blank', title: 'Unexpected error', status: 0, detail: String(error) },
      );
    }
  };
  const party = revealInvisible(own.partyName);
  return (
    <form
      className="marks-editor"
      data-testid="marks-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{party}’s marks (sealed)</h3>
      <p>
        Tick each wording {party} could accept. Only {party}’s delegates ever see these marks; a point you
        leave unmarked keeps every party waiting on it. You can change the marks until the version is final;
        the common wordings everyone sees then change with them.
      </p>
      {own.points.map((p) => {
        const f = form[p.lineageId] ?? { marked: false, accepted: [] };
        return (
          <fieldset
            key={p.lineageId}
            className="marks-point"
            data-testid="marks-point"
            data-lineage={p.lineageId}
            data-marked={f.marked}
            disabled={!own.open}
          >
            <legend>
              {p.name}{' '}
              <span dir="auto" className="point-title">
                {revealInvisible(p.title)}
              </span>{' '}
              <span className="marks-state">{f.marked ? '— marked' : '— not marked yet'}</span>
            </legend>
            {p.wordings.map((w) => (
              <label key={w.key} className="marks-wording">
                <input
                  type="checkbox"
                  checked={f.accepted.includes(w.key)}
                  onChange={() => change(toggle(form, p.lineageId, w.key))}
                  data-testid="mark-wording"
                  data-key={w.key}
                />{' '}
                <Wording w={w} />
              </label>
            ))}
            <p className="marks-actions">
              <button type="button" onClick={() => change(acceptNone(form, p.lineageId))}>
                None of these
              </button>{' '}
              <button type="button" onClick={() => change(unmark(form, p.lineageId))}>
                Leave unmarked
              </button>
            </p>
          </fieldset>
        );
      })}
      {problem ? <ProblemView problem={problem} /> : null}
      {own.open ? (
        <p>
          <button type="submit" className="button" disabled={status === 'saving'} data-testid="save-marks">
            {status === 'saving' ? 'Saving…' : 'Save sealed marks'}
          </button>{' '}
          {status === 'saved' ? (
            <span role="status" data-testid="marks-saved">
              Saved.
            </span>
          ) : null}
        </p>
      ) : (
        <p>This version is final: its marks can no longer change.</p>
      )}
    </form>
  );
}
