import { revealInvisible } from '@concord/core/text';
import {
  type Facts,
  levelMoves,
  mergeWithNext,
  nextKept,
  type Preview,
  type PreviewIssue,
  type PreviewRow,
  placeLine,
  setDropped,
  setNumber,
  setText,
  shiftLevel,
} from '../../lib/import-preview.ts';

type Edit = (change: (p: Preview) => Preview) => void;

/**
 * Step 2: the points and sub-points as read, in the order of the text, each editable (number, text, level,
 * merged with the next, dropped), the lines not understood among them until someone places or drops them, and
 * the preamble and trailer shown apart.
 */
export function PreviewList({
  preview,
  edit,
  facts,
  issues,
}: {
  preview: Preview;
  edit: Edit;
  facts: (text: string) => Facts;
  issues: PreviewIssue[];
}) {
  return (
    <div className="import-preview" data-testid="import-preview">
      <TextBlock
        title="Before the points (preamble)"
        lines={preview.preamble}
        empty="Nothing stood before the first point."
        testId="import-preamble"
      />
      <ol className="import-rows">
        {preview.rows.map((row) => (
          <Row
            key={row.key}
            row={row}
            preview={preview}
            edit={edit}
            facts={facts}
            issues={issues.filter((i) => i.key === row.key)}
          />
        ))}
      </ol>
      <TextBlock
        title="After the points (trailer)"
        lines={preview.trailer}
        empty="Nothing stood after the last point."
        testId="import-trailer"
      />
    </div>
  );
}

function TextBlock({
  title,
  lines,
  empty,
  testId,
}: {
  title: string;
  lines: string[];
  empty: string;
  testId: string;
}) {
  return (
    <section className="import-aside" data-testid={testId}>
      <h3>{title}</h3>
      {lines.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        lines.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed text, never reordered
          <p key={i} dir="auto">
            {revealInvisible(line)}
          </p>
        ))
      )}
    </section>
  );
}

function Row({
  row,
  preview,
  edit,
  facts,
  issues,
}: {
  row: PreviewRow;
  preview: Preview;
  edit: Edit;
  facts: (text: string) => Facts;
  issues: PreviewIssue[];
}) {
  const messages =
    issues.length > 0 ? (
      <ul className="import-issues">
        {issues.map((i) => (
          <li key={i.message} data-testid="import-issue">
            {i.message}
          </li>
        ))}
      </ul>
    ) : null;

  if (row.dropped)
    return (
      <li className="import-row is-dropped" data-testid="import-row" data-kind="dropped" data-key={row.key}>
        <span className="import-dropped-text" dir="auto">
          {row.kind === 'unplaced' ? `Line ${row.line ?? '?'}: ` : `${row.number} `}
          {revealInvisible(row.text)}
        </span>{' '}
        <span className="muted">left out on purpose</span>{' '}
        <button
          type="button"
          className="import-link"
          onClick={() => edit((p) => setDropped(p, row.key, false))}
        >
          Bring it back
        </button>
      </li>
    );

  if (row.kind === 'unplaced')
    return (
      <li className="import-row is-unplaced" data-testid="import-row" data-kind="unplaced" data-key={row.key}>
        <p className="import-unplaced-head">
          <strong>Not understood</strong> <span className="muted">(line {row.line ?? '?'} of the text)</span>
        </p>
        <p className="import-unplaced-text" dir="auto" data-testid="import-unplaced-text">
          {revealInvisible(row.text)}
        </p>
        <div className="import-actions">
          <button
            type="button"
            onClick={() => edit((p) => placeLine(p, row.key, 'point'))}
            data-testid="place-point"
          >
            Make it a point
          </button>
          <button
            type="button"
            onClick={() => edit((p) => placeLine(p, row.key, 'sub-point'))}
            data-testid="place-sub-point"
          >
            Make it a sub-point of the point above
          </button>
          <button
            type="button"
            onClick={() => edit((p) => setDropped(p, row.key, true))}
            data-testid="drop-line"
          >
            Drop it
          </button>
        </div>
        {messages}
      </li>
    );

  const moves = levelMoves(preview, row.key);
  const read = facts(row.text);
  const hasNext = nextKept(preview, row.key) !== null;
  return (
    <li
      className={`import-row is-point level-${row.level}${issues.length > 0 ? ' has-issue' : ''}`}
      style={{ marginInlineStart: `${row.level * 2}rem` }}
      data-testid="import-row"
      data-kind="point"
      data-level={row.level}
      data-key={row.key}
      data-number={row.number}
    >
      <div className="import-point">
        <label className="import-number">
          <span className="sr-only">Number</span>
          <input
            value={row.number}
            onChange={(e) => {
              const value = e.target.value;
              edit((p) => setNumber(p, row.key, value));
            }}
            size={5}
            aria-label={row.level === 0 ? 'Number of the point' : 'Number of the sub-point'}
            data-testid="import-number"
          />
        </label>
        <textarea
          className="import-text"
          dir="auto"
          value={row.text}
          rows={Math.min(8, Math.max(1, Math.ceil(row.text.length / 100)))}
          onChange={(e) => {
            const value = e.target.value;
            edit((p) => setText(p, row.key, value));
          }}
          aria-label="Text"
          data-testid="import-text"
        />
      </div>
      <FactsLine facts={read} />
      <div className="import-actions">
        <span className="muted">{row.level === 0 ? 'Point' : `Sub-point (level ${row.level + 1})`}</span>
        <button
          type="button"
          disabled={!moves.up}
          onClick={() => edit((p) => shiftLevel(p, row.key, -1))}
          data-testid="level-up"
        >
          ← One level up
        </button>
        <button
          type="button"
          disabled={!moves.deeper}
          onClick={() => edit((p) => shiftLevel(p, row.key, 1))}
          data-testid="level-down"
        >
          Sub-point of the point above →
        </button>
        <button
          type="button"
          disabled={!hasNext}
          onClick={() => edit((p) => mergeWithNext(p, row.key))}
          data-testid="merge-next"
        >
          Merge with the next
        </button>
        <button
          type="button"
          onClick={() => edit((p) => setDropped(p, row.key, true))}
          data-testid="drop-point"
        >
          Leave out
        </button>
      </div>
      {messages}
    </li>
  );
}

function FactsLine({ facts }: { facts: Facts }) {
  if (facts.quantities.length === 0 && facts.parties.length === 0 && facts.conditions.length === 0)
    return <p className="import-facts muted">No quantity, party or condition found.</p>;
  return (
    <div className="import-facts" data-testid="import-facts">
      {facts.quantities.length > 0 ? (
        <p>
          <span className="import-fact-label">Quantities:</span>{' '}
          {facts.quantities.map((q, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: derived from the text on each render
            <span key={i} className="tag" data-testid="import-quantity">
              {revealInvisible(q.text)} = {q.value.toLocaleString('en')} {revealInvisible(q.unit)}
            </span>
          ))}
        </p>
      ) : null}
      {facts.parties.length > 0 ? (
        <p>
          <span className="import-fact-label">Parties named:</span>{' '}
          {facts.parties.map((name) => (
            <span key={name} className="tag" data-testid="import-party">
              {revealInvisible(name)}
            </span>
          ))}
        </p>
      ) : null}
      {facts.conditions.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: derived from the text on each render
        <p key={i} className="import-condition" data-testid="import-condition">
          <span className="import-fact-label">Condition:</span> {/^unless\b/i.test(c.if) ? '' : 'if '}
          <q dir="auto">{revealInvisible(c.if)}</q>, then <q dir="auto">{revealInvisible(c.then)}</q>
        </p>
      ))}
    </div>
  );
}
