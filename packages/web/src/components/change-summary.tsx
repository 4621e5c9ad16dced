import { revealInvisible } from '@concord/core/text';
import type { VersionDetail } from '../api/types.ts';
import { type ChangeCounts, countChanges, type ParentComparison } from '../lib/compare-to-parent.ts';
import { pointText } from '../lib/point-outline.ts';
import { Link } from '../router/link.tsx';
import { paths } from '../router/routes.ts';
import { UserText } from './user-text.tsx';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * How a version differs from the one it answers, counted by lineage, with top-level points and sub-points
 * counted apart so the totals agree with the header's count of points.
 */
export function ChangeSummary({
  comparison,
  version,
  parent,
}: {
  comparison: ParentComparison;
  version: VersionDetail;
  parent: VersionDetail;
}) {
  const counts = countChanges(version.points, comparison);
  const hasSub = counts.subPoints.total > 0 || counts.subPoints.removed > 0;
  return (
    <section className="change-summary" data-testid="change-summary" aria-label="Changes">
      <p>
        Compared with{' '}
        <Link href={paths.version(parent.id)} dir="auto">
          {revealInvisible(parent.label)}
        </Link>
        , following each point’s lineage, of {plural(counts.points.total, 'point', 'points')}
        {hasSub ? <> and {plural(counts.subPoints.total, 'sub-point', 'sub-points')}</> : null}:
      </p>
      <ul className="change-counts">
        <CountLine label="Points" counts={counts.points} parentLabel={parent.label} />
        {hasSub ? (
          <CountLine label="Sub-points" counts={counts.subPoints} parentLabel={parent.label} />
        ) : null}
      </ul>
      {comparison.removed.length > 0 ? (
        <details>
          <summary>
            What of <UserText text={parent.label} /> is not carried into this version
          </summary>
          <ul className="removed-points">
            {comparison.removed.map((p) => (
              <li key={p.id} dir="auto">
                <strong>
                  <UserText text={p.number} />.
                </strong>{' '}
                {revealInvisible(pointText(p.text, 'en').text)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function CountLine({
  label,
  counts,
  parentLabel,
}: {
  label: string;
  counts: ChangeCounts;
  parentLabel: string;
}) {
  return (
    <li data-testid="change-count">
      {label}: <strong>{counts.amended}</strong> amended, <strong>{counts.new}</strong> new,{' '}
      <strong>{counts.unchanged}</strong> unchanged; <strong>{counts.removed}</strong> of{' '}
      <UserText text={parentLabel} /> dropped.
    </li>
  );
}
