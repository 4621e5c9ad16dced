import type { Commitment, Party, VersionDetail } from '../api/types.ts';
import { categoryName } from '../lib/category-names.ts';
import { commitmentsByPoint, describeDue, partyName } from '../lib/commitments.ts';
import type { ParentComparison, PointChange } from '../lib/compare-to-parent.ts';
import { formatQuantity, highlightQuantities } from '../lib/highlight-quantities.ts';
import { buildOutline, type OutlineNode, pointText } from '../lib/point-outline.ts';

type Context = {
  lang: string;
  parties: Party[];
  commitments: Map<string, Commitment[]>;
  changes: Map<string, PointChange> | null;
};

/** A plan version typeset as a numbered document: points, sub-points, conditions and commitments. */
export function VersionDocument({
  version,
  parties,
  lang,
  comparison,
}: {
  version: VersionDetail;
  parties: Party[];
  lang: string;
  /** Changes against the version this one answers, when known. */
  comparison: ParentComparison | null;
}) {
  const outline = buildOutline(version.points);
  const context: Context = {
    lang,
    parties,
    commitments: commitmentsByPoint(version.commitments),
    changes: comparison?.changes ?? null,
  };
  return (
    <article className="version-doc" data-testid="version-doc" lang={lang}>
      {outline.length === 0 ? (
        <p className="muted">This version has no points.</p>
      ) : (
        <ol className="points">
          {outline.map((node) => (
            <PointItem key={node.point.id} node={node} context={context} />
          ))}
        </ol>
      )}
    </article>
  );
}

function PointItem({ node, context }: { node: OutlineNode; context: Context }) {
  const { point, depth } = node;
  const { lang, text } = pointText(point.text, context.lang);
  const { segments, unplaced } = highlightQuantities(text, point.quantities);
  const commitments = context.commitments.get(point.id) ?? [];
  return (
    <li
      className={`point depth-${Math.min(depth, 3)}`}
      data-testid="point"
      data-number={point.number}
      data-depth={depth}
      id={`point-${point.number}`}
    >
      <div className="point-head">
        <span className="point-number">{point.number}</span>
        <div className="point-body">
          {context.changes ? (
            <ChangeNote change={context.changes.get(point.id)} number={point.number} />
          ) : null}
          <p className="point-text" lang={lang === context.lang ? undefined : lang}>
            {segments.map((s, i) =>
              s.quantity ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered
                <mark key={i} className="quantity" title={formatQuantity(s.quantity)} data-testid="quantity">
                  {s.text}
                </mark>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above
                <span key={i}>{s.text}</span>
              ),
            )}
            {lang !== context.lang ? <span className="lang-note"> ({lang})</span> : null}
          </p>
          {point.categories.length > 0 ? (
            <ul className="tags" aria-label="Categories">
              {point.categories.map((c) => (
                <li key={c} className="tag" title={c}>
                  {categoryName(c)}
                </li>
              ))}
            </ul>
          ) : null}
          {unplaced.length > 0 ? (
            <p className="quantities-extra">
              {unplaced.map((q, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: quantities may repeat; their order is fixed
                <span key={i} className="quantity-extra">
                  <mark className="quantity">{formatQuantity(q)}</mark>
                  {q.text ? ` ${q.text}` : ''}
                </span>
              ))}
            </p>
          ) : null}
          {point.conditions.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: conditions have no id of their own
            <p key={i} className="condition" data-testid="condition">
              <span className="kw">If</span> {c.if} <span className="kw">then</span> {c.then}
            </p>
          ))}
          {commitments.length > 0 ? (
            <ul className="commitments" aria-label="Commitments">
              {commitments.map((c) => (
                <CommitmentLine key={c.id} commitment={c} parties={context.parties} />
              ))}
            </ul>
          ) : null}
        </div>
      </div>
      {node.children.length > 0 ? (
        <ol className="points sub-points">
          {node.children.map((child) => (
            <PointItem key={child.point.id} node={child} context={context} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

function ChangeNote({ change, number }: { change: PointChange | undefined; number: string }) {
  if (!change) return null;
  if (change.kind === 'new') {
    return (
      <span className="change change-new" data-testid="change" data-change="new">
        new
      </span>
    );
  }
  const was = change.was !== number ? `was ${change.was}` : null;
  if (change.kind === 'unchanged') {
    return was ? (
      <span className="change change-same" data-testid="change" data-change="unchanged">
        unchanged, {was}
      </span>
    ) : null;
  }
  return (
    <span className="change change-amended" data-testid="change" data-change="amended">
      amended ({change.what.join(', ')}){was ? `, ${was}` : ''}
    </span>
  );
}

function CommitmentLine({ commitment, parties }: { commitment: Commitment; parties: Party[] }) {
  const beneficiary = partyName(commitment.beneficiary, parties);
  const due = describeDue(commitment.due);
  return (
    <li className="commitment" data-testid="commitment">
      <span className="parties">
        <strong>{partyName(commitment.obligor, parties)}</strong>
        {beneficiary ? (
          <>
            {' '}
            <span aria-hidden="true">→</span>
            <span className="sr-only">for</span> {beneficiary}
          </>
        ) : null}
      </span>
      <span className="action">{commitment.action}</span>
      {due ? <span className="due">{due}</span> : null}
      {commitment.verification ? (
        <span className="verification">verified by {commitment.verification}</span>
      ) : null}
    </li>
  );
}
