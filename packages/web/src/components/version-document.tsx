import { revealInvisible } from '@concord/core/text';
import type { Commitment, Party, Quantity, VersionDetail } from '../api/types.ts';
import { categoryName } from '../lib/category-names.ts';
import { commitmentsByPoint, describeDue, partyName } from '../lib/commitments.ts';
import type { ParentComparison, PointChange } from '../lib/compare-to-parent.ts';
import { formatQuantity, highlightQuantities } from '../lib/highlight-quantities.ts';
import { languageNames } from '../lib/language-name.ts';
import { buildOutline, type OutlineNode, pointText } from '../lib/point-outline.ts';
import { UserText } from './user-text.tsx';

type Context = {
  lang: string;
  /** The plan's authentic languages: a point lacking one says so. */
  authentic: string[];
  parties: Party[];
  commitments: Map<string, Commitment[]>;
  changes: Map<string, PointChange> | null;
};

const quantityTitle = (q: Quantity) => revealInvisible(formatQuantity(q));

/** A plan version typeset as a numbered document: points, sub-points, conditions and commitments. */
export function VersionDocument({
  version,
  parties,
  lang,
  comparison,
  authentic = [],
}: {
  version: VersionDetail;
  parties: Party[];
  lang: string;
  /** Changes against the version this one answers, when known. */
  comparison: ParentComparison | null;
  authentic?: string[];
}) {
  const outline = buildOutline(version.points);
  const context: Context = {
    lang,
    authentic,
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
        <span className="point-number" dir="auto">
          {revealInvisible(point.number)}
        </span>
        <div className="point-body">
          {context.changes ? (
            <ChangeNote change={context.changes.get(point.id)} number={point.number} lang={lang} />
          ) : null}
          {/* dir="auto": a point in Arabic or Hebrew reads right to left, whatever the page's direction. */}
          <p className="point-text" dir="auto" lang={lang === context.lang ? undefined : lang}>
            {segments.map((s, i) =>
              s.quantity ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered
                <mark key={i} className="quantity" title={quantityTitle(s.quantity)} data-testid="quantity">
                  {revealInvisible(s.text)}
                </mark>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above
                <span key={i}>{revealInvisible(s.text)}</span>
              ),
            )}
            {lang !== context.lang ? <span className="lang-note"> ({lang})</span> : null}
          </p>
          <LanguageNote point={point} change={context.changes?.get(point.id)} authentic={context.authentic} />
          {point.note ? (
            <p className="point-note" data-testid="point-note" dir="auto">
              <span className="kw">Editor’s note:</span> <UserText text={point.note} />
            </p>
          ) : null}
          {point.categories.length > 0 ? (
            <ul className="tags" aria-label="Categories">
              {point.categories.map((c) => (
                <li key={c} className="tag" title={revealInvisible(c)} dir="auto">
                  {revealInvisible(categoryName(c))}
                </li>
              ))}
            </ul>
          ) : null}
          {unplaced.length > 0 ? (
            <p className="quantities-extra">
              {unplaced.map((q, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: quantities may repeat; their order is fixed
                <span key={i} className="quantity-extra">
                  <mark className="quantity" dir="auto">
                    {revealInvisible(formatQuantity(q))}
                  </mark>
                  {q.text ? (
                    <>
                      {' '}
                      <UserText text={q.text} />
                    </>
                  ) : null}
                </span>
              ))}
            </p>
          ) : null}
          {point.conditions.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: conditions have no id of their own
            <p key={i} className="condition" data-testid="condition">
              <span className="kw">If</span> <UserText text={c.if} /> <span className="kw">then</span>{' '}
              <UserText text={c.then} />
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

function ChangeNote({
  change,
  number,
  lang,
}: {
  change: PointChange | undefined;
  number: string;
  lang: string;
}) {
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
  const runs = change.redlines?.[lang];
  return (
    <>
      <span className="change change-amended" data-testid="change" data-change="amended">
        amended ({change.what.join(', ')}){was ? `, ${was}` : ''}
      </span>
      {runs ? (
        <details className="old-wording" data-testid="old-wording">
          <summary>What changed in the wording</summary>
          <p dir="auto">
            {runs.map((r, i) =>
              r.op === 'same' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: runs are positional and never reordered
                <span key={i}>{revealInvisible(r.text)} </span>
              ) : r.op === 'removed' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above
                <del key={i}>{revealInvisible(r.text)} </del>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above
                <ins key={i}>{revealInvisible(r.text)} </ins>
              ),
            )}
          </p>
        </details>
      ) : null}
    </>
  );
}

function CommitmentLine({ commitment, parties }: { commitment: Commitment; parties: Party[] }) {
  const beneficiary = partyName(commitment.beneficiary, parties);
  const due = describeDue(commitment.due);
  return (
    <li className="commitment" data-testid="commitment">
      <span className="parties">
        <strong dir="auto">{revealInvisible(partyName(commitment.obligor, parties) ?? '')}</strong>
        {beneficiary ? (
          <>
            {' '}
            <span aria-hidden="true">→</span>
            <span className="sr-only">for</span> <UserText text={beneficiary} />
          </>
        ) : null}
      </span>
      <span className="action" dir="auto">
        {revealInvisible(commitment.action)}
      </span>
      {due ? (
        <span className="due" dir="auto">
          {revealInvisible(due)}
        </span>
      ) : null}
      {commitment.verification ? (
        <span className="verification">
          verified by <UserText text={commitment.verification} />
        </span>
      ) : null}
    </li>
  );
}

/** Which of the plan's authentic languages the point lacks, and which kept a text another language moved away from. */
function LanguageNote({
  point,
  change,
  authentic,
}: {
  point: VersionDetail['points'][number];
  change: PointChange | undefined;
  authentic: string[];
}) {
  const missing = authentic.filter((l) => point.text[l] === undefined);
  const stale = change?.kind === 'amended' ? (change.stale ?? []) : [];
  if (missing.length === 0 && stale.length === 0) return null;
  return (
    <p className="point-languages" data-testid="point-languages">
      {stale.length > 0 ? (
        <span data-testid="stale-language">
          Out of date in {languageNames(stale)}: the text in another language changed and this one did not.{' '}
        </span>
      ) : null}
      {missing.length > 0 ? (
        <span data-testid="missing-language">Not yet in {languageNames(missing)}.</span>
      ) : null}
    </p>
  );
}
