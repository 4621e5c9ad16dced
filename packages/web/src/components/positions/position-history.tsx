import type { PointPositionHistory } from '@concord/core';
import { revealInvisible } from '@concord/core/text';
import { useState } from 'react';
import { useResource } from '../../api/use-resource.ts';
import { formatDate } from '../../lib/commitments.ts';
import { ProblemView } from '../status.tsx';
import { recorder, SOURCE_WORDS, STANCE_WORDS } from './positions-view.ts';
import { PublishPosition } from './publish-position.tsx';

/**
 * A point's positions over its lineage, in the order taken, each with its source and who recorded it; a party's
 * own delegation publishes a private one from here (the matrix is then read again through `onChanged`).
 */
export function History({
  pointId,
  name,
  mayPublishFor,
  onChanged,
}: {
  pointId: string;
  name: (id: string) => string;
  mayPublishFor: readonly string[];
  onChanged: () => void;
}) {
  const [published, setPublished] = useState(0);
  const history = useResource<PointPositionHistory>(
    `/api/points/${encodeURIComponent(pointId)}/positions`,
    published,
  );
  if (history.state === 'loading') return <p className="loading">Reading the history…</p>;
  if (history.state === 'error') return <ProblemView problem={history.problem} what="the history" />;
  if (history.data.items.length === 0)
    return <p>No position you can see has been recorded on this point or on the points it comes from.</p>;
  return (
    <ol className="position-history" data-testid="position-history">
      {history.data.items.map((p) => (
        <li key={p.id}>
          <span className={`stance stance-${p.stance}`}>{STANCE_WORDS[p.stance]}</span>{' '}
          <strong>{name(p.partyId)}</strong>, {formatDate(p.takenOn)}, on point{' '}
          {revealInvisible(p.pointNumber)} of <span dir="auto">{revealInvisible(p.versionLabel)}</span>
          {p.published ? ' (published)' : ' (private)'}
          {!p.published && mayPublishFor.includes(p.partyId) ? (
            <>
              {' '}
              <PublishPosition
                positionId={p.id}
                onPublished={() => {
                  setPublished((n) => n + 1);
                  onChanged();
                }}
              />
            </>
          ) : null}
          {p.conditions ? <p dir="auto">Conditions: {revealInvisible(p.conditions)}</p> : null}
          {p.rationale ? <p dir="auto">Why: {revealInvisible(p.rationale)}</p> : null}
          <p className="position-source">
            Source: {SOURCE_WORDS[p.source.kind]}
            {p.source.reference ? <span dir="auto"> — {revealInvisible(p.source.reference)}</span> : null}
            {p.source.url ? (
              <>
                {' '}
                <a href={p.source.url} rel="noopener noreferrer nofollow" target="_blank">
                  {sourceHost(p.source.url)}
                </a>
              </>
            ) : null}
            ; {recorder(p)} on {formatDate(p.recordedAt)}.
          </p>
        </li>
      ))}
    </ol>
  );
}

/** The host a source link goes to, shown as the link's text so a reader sees where it leads. */
function sourceHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
