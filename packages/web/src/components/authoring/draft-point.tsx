import { revealInvisible } from '@concord/core/text';
import { type FormEvent, useState } from 'react';
import { deleteJson, patchJson, postJson } from '../../api/client.ts';
import type { Commitment, Party, Point } from '../../api/types.ts';
import { freeNumber, makeRoomAfter, mergedSources, siblingsOf, sourcesOf } from '../../lib/authoring.ts';
import { bodyOf, emptyForm, formOf, type PointForm } from '../../lib/point-form.ts';
import { ProblemView } from '../status.tsx';
import { CommitmentEditor } from './commitment-form.tsx';
import { DraftCommitments } from './draft-commitments.tsx';
import { Field } from './field.tsx';
import { PointEditor } from './point-editor.tsx';
import { useWrite } from './use-write.ts';

type Mode = 'view' | 'edit' | 'insert' | 'split' | 'merge' | 'remove' | 'commitment';

const OPERATION_WORDS: Record<string, string> = {
  keep: 'kept',
  renumber: 'renumbered',
  amend: 'amended',
  split: 'split',
  merge: 'merged',
  restore: 'restored',
};

/** Says where the point comes from, in the server's words for each edge. */
function origin(point: Point, sources: ReadonlyMap<string, { number: string; label: string }>): string {
  if ((point.derivedFrom ?? []).length === 0) return 'new in this draft';
  return point.derivedFrom
    .map((d) => {
      const s = sources.get(d.pointId);
      const from = s ? `point ${s.number} of “${s.label}”` : 'a point of an earlier version';
      return `${OPERATION_WORDS[d.operation] ?? d.operation} from ${from}`;
    })
    .join('; ');
}

/** Moves later siblings down one place (last first), so a new point fits right after `after`. */
async function makeRoom(points: readonly Point[], after: Point): Promise<number> {
  const room = makeRoomAfter(points, after);
  for (const move of room.moves)
    await patchJson(`/api/points/${encodeURIComponent(move.id)}`, { ordinal: move.ordinal });
  return room.ordinal;
}

/** One point of a working draft, with what can be done to it in place. */
export function DraftPoint({
  point,
  points,
  commitments,
  parties,
  lang,
  sources,
  onChanged,
}: {
  point: Point;
  points: readonly Point[];
  commitments: readonly Commitment[];
  parties: Party[];
  lang: string;
  sources: ReadonlyMap<string, { number: string; label: string }>;
  onChanged: () => void;
}) {
  const [mode, setMode] = useState<Mode>('view');
  const write = useWrite();
  const done = () => {
    setMode('view');
    onChanged();
  };
  const siblings = siblingsOf(points, point);
  const next = siblings[siblings.findIndex((p) => p.id === point.id) + 1];
  const own = commitments.filter((c) => c.pointId === point.id);
  const shown = point.text[lang] ?? Object.values(point.text)[0] ?? '';
  const primary = point.text[lang] !== undefined ? lang : (Object.keys(point.text)[0] ?? lang);

  // The point's sources go along with every change, so the server names the operation again (a changed text is
  // an amendment, not a copy kept word for word).
  const saveEdit = async (form: PointForm) => {
    const sources = sourcesOf(point);
    const body = { ...bodyOf(form), ...(sources.length > 0 ? { derivedFrom: sources } : {}) };
    if (
      await write.run(async () => void (await patchJson(`/api/points/${encodeURIComponent(point.id)}`, body)))
    )
      done();
  };
  const saveInsert = async (form: PointForm) => {
    const ok = await write.run(async () => {
      const ordinal = await makeRoom(points, point);
      await postJson(`/api/versions/${encodeURIComponent(point.versionId)}/points`, {
        ...bodyOf(form),
        parentPointId: point.parentPointId,
        ordinal,
      });
    });
    if (ok) done();
  };
  const remove = async () => {
    if (await write.run(async () => void (await deleteJson(`/api/points/${encodeURIComponent(point.id)}`))))
      done();
  };

  return (
    <li
      className={`draft-point${point.parentPointId === null ? '' : ' is-sub'}`}
      data-testid="draft-point"
      data-number={point.number}
    >
      <div className="draft-point-head">
        <span className="draft-point-number">{revealInvisible(point.number)}</span>
        <span className="draft-point-text" dir="auto" data-testid="draft-point-text">
          {revealInvisible(shown)}
        </span>
      </div>
      <p className="draft-point-origin" data-testid="draft-point-origin">
        {origin(point, sources)}
        {point.quantities.length > 0
          ? ` · ${point.quantities.map((q) => `${q.value.toLocaleString('en')} ${q.unit}`).join(', ')}`
          : ''}
        {point.conditions.length > 0 ? ` · ${point.conditions.length} condition(s)` : ''}
      </p>
      <DraftCommitments pointId={point.id} commitments={own} parties={parties} onChanged={onChanged} />
      {mode === 'view' ? (
        <div className="authoring-actions" data-testid="point-actions">
          <button type="button" onClick={() => setMode('edit')} data-testid="edit-point">
            Edit
          </button>
          <button type="button" onClick={() => setMode('insert')} data-testid="insert-after">
            Insert a point after
          </button>
          <button type="button" onClick={() => setMode('split')} data-testid="split-point">
            Split in two
          </button>
          {next ? (
            <button type="button" onClick={() => setMode('merge')} data-testid="merge-point">
              Merge with {revealInvisible(next.number)}
            </button>
          ) : null}
          <button type="button" onClick={() => setMode('commitment')} data-testid="open-commitment">
            Add a commitment
          </button>
          <button type="button" onClick={() => setMode('remove')} data-testid="remove-point">
            Remove
          </button>
        </div>
      ) : null}
      {mode === 'edit' ? (
        <PointEditor
          initial={formOf(point)}
          mode="update"
          submitLabel="Save the point"
          busy={write.busy}
          problem={write.problem}
          onSubmit={(f) => void saveEdit(f)}
          onCancel={() => setMode('view')}
        />
      ) : null}
      {mode === 'insert' ? (
        <PointEditor
          initial={emptyForm(primary, freeNumber(points, point, point.number))}
          mode="create"
          submitLabel="Insert the point"
          busy={write.busy}
          problem={write.problem}
          onSubmit={(f) => void saveInsert(f)}
          onCancel={() => setMode('view')}
        />
      ) : null}
      {mode === 'split' ? (
        <SplitForm
          point={point}
          points={points}
          lang={primary}
          onDone={done}
          onCancel={() => setMode('view')}
        />
      ) : null}
      {mode === 'merge' && next ? (
        <MergeForm
          point={point}
          next={next}
          commitments={commitments}
          lang={primary}
          onDone={done}
          onCancel={() => setMode('view')}
        />
      ) : null}
      {mode === 'commitment' ? (
        <>
          <CommitmentEditor pointId={point.id} parties={parties} onDone={done} />
          <button type="button" className="link-button" onClick={() => setMode('view')}>
            Close
          </button>
        </>
      ) : null}
      {mode === 'remove' ? (
        <div className="authoring-form" data-testid="remove-confirm">
          <p>
            Remove point {revealInvisible(point.number)} from this draft
            {points.some((p) => p.parentPointId === point.id) ? ', with its sub-points' : ''}
            {own.length > 0 ? ' and its commitments' : ''}? The log keeps it; earlier versions are not
            changed.
          </p>
          {write.problem ? <ProblemView problem={write.problem} /> : null}
          <div className="authoring-actions">
            <button
              type="button"
              className="button"
              disabled={write.busy}
              onClick={() => void remove()}
              data-testid="confirm-remove"
            >
              Remove the point
            </button>
            <button type="button" className="link-button" onClick={() => setMode('view')}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
}

/** One point becomes two, both derived from what the point came from (the server calls that a split). */
function SplitForm({
  point,
  points,
  lang,
  onDone,
  onCancel,
}: {
  point: Point;
  points: readonly Point[];
  lang: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [first, setFirst] = useState(point.text[lang] ?? '');
  const [second, setSecond] = useState('');
  const [number, setNumber] = useState(freeNumber(points, point, point.number));
  const write = useWrite();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await write.run(async () => {
      const ordinal = await makeRoom(points, point);
      const sources = sourcesOf(point);
      const from = sources.length > 0 ? { derivedFrom: sources } : {};
      // The second part first: when the first is saved, the server sees both parts and names both a split.
      await postJson(`/api/versions/${encodeURIComponent(point.versionId)}/points`, {
        number,
        text: { [lang]: second },
        categories: point.categories,
        parentPointId: point.parentPointId,
        ordinal,
        ...from,
      });
      await patchJson(`/api/points/${encodeURIComponent(point.id)}`, {
        text: { ...point.text, [lang]: first },
        ...from,
      });
    });
    if (ok) onDone();
  };
  return (
    <form className="authoring-form" onSubmit={(e) => void submit(e)} noValidate data-testid="split-form">
      <p className="muted">
        The first part stays point {revealInvisible(point.number)}; the second becomes a new point right after
        it. Both are recorded as parts of what this point came from.
      </p>
      <Field label={`First part (${lang})`} wide>
        <textarea
          dir="auto"
          value={first}
          onChange={(e) => setFirst(e.target.value)}
          data-testid="split-first"
        />
      </Field>
      <Field label="Number of the second part">
        <input value={number} onChange={(e) => setNumber(e.target.value)} data-testid="split-number" />
      </Field>
      <Field label={`Second part (${lang})`} wide>
        <textarea
          dir="auto"
          value={second}
          onChange={(e) => setSecond(e.target.value)}
          data-testid="split-second"
        />
      </Field>
      {write.problem ? <ProblemView problem={write.problem} /> : null}
      <div className="authoring-actions">
        <button type="submit" className="button" disabled={write.busy} data-testid="confirm-split">
          Split the point
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Two neighbouring points become one, derived from both (the server calls that a merge). */
function MergeForm({
  point,
  next,
  commitments,
  lang,
  onDone,
  onCancel,
}: {
  point: Point;
  next: Point;
  commitments: readonly Commitment[];
  lang: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(`${point.text[lang] ?? ''} ${next.text[lang] ?? ''}`.trim());
  const write = useWrite();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await write.run(async () => {
      const sources = mergedSources(point, next);
      await patchJson(`/api/points/${encodeURIComponent(point.id)}`, {
        text: { ...point.text, [lang]: text },
        ...(sources.length > 0 ? { derivedFrom: sources } : {}),
      });
      // The commitments of the second point move to the merged one before it goes.
      for (const c of commitments.filter((x) => x.pointId === next.id))
        await postJson(`/api/points/${encodeURIComponent(point.id)}/commitments`, {
          obligor: c.obligor,
          beneficiary: c.beneficiary,
          action: c.action,
          due: c.due,
          verification: c.verification,
        });
      await deleteJson(`/api/points/${encodeURIComponent(next.id)}`);
    });
    if (ok) onDone();
  };
  return (
    <form className="authoring-form" onSubmit={(e) => void submit(e)} noValidate data-testid="merge-form">
      <p className="muted">
        Points {revealInvisible(point.number)} and {revealInvisible(next.number)} become one point{' '}
        {revealInvisible(point.number)}, recorded as coming from both. Point {revealInvisible(next.number)}’s
        commitments move to it.
      </p>
      <Field label={`Merged text (${lang})`} wide>
        <textarea
          dir="auto"
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="merge-text"
        />
      </Field>
      {write.problem ? <ProblemView problem={write.problem} /> : null}
      <div className="authoring-actions">
        <button type="submit" className="button" disabled={write.busy} data-testid="confirm-merge">
          Merge the points
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
