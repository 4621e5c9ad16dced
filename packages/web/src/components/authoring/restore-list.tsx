import { revealInvisible } from '@concord/core/text';
import { useEffect, useState } from 'react';
import { getJson, postJson } from '../../api/client.ts';
import type { Point } from '../../api/types.ts';
import {
  freeNumber,
  type RestoreCandidate,
  restoreCandidates,
  type VersionLink,
} from '../../lib/authoring.ts';
import type { VersionView } from '../../lib/people-types.ts';
import { ProblemView } from '../status.tsx';
import { useWrite } from './use-write.ts';

/**
 * The points that versions before the parent had and the parent dropped: one can be brought back into this draft
 * (the server records it as restored), added after the draft's last point.
 */
export function RestoreList({
  draft,
  versions,
  lang,
  onDone,
}: {
  draft: VersionView;
  versions: VersionLink[];
  lang: string;
  onDone: () => void;
}) {
  const [pointsOf, setPointsOf] = useState<Map<string, Point[]> | null>(null);
  const write = useWrite();
  // The versions by content, not by identity: the list is rebuilt on every render of the page.
  const versionsKey = versions
    .map((v) => v.id)
    .sort()
    .join(',');
  // Read again after every change of the draft (its log index moves), so what was restored leaves the list.
  useEffect(() => {
    const controller = new AbortController();
    const others = versionsKey
      .split(',')
      .filter((v) => v !== '' && v !== draft.id)
      .map((id) => ({ id }));
    Promise.all(
      others.map((v) =>
        getJson<VersionView>(`/api/versions/${encodeURIComponent(v.id)}`, { signal: controller.signal }).then(
          (d) => [v.id, d.points] as const,
          () => [v.id, [] as Point[]] as const,
        ),
      ),
    ).then((pairs) => {
      if (!controller.signal.aborted) setPointsOf(new Map(pairs));
    });
    return () => controller.abort();
  }, [versionsKey, draft.id]);
  if (draft.parentVersionId === null) return null;
  if (pointsOf === null) return <p className="muted">Looking for points the earlier versions dropped…</p>;
  const candidates = restoreCandidates(draft, versions, pointsOf);
  const restore = async (c: RestoreCandidate) => {
    const topLevel = draft.points.filter((p) => p.parentPointId === null);
    const taken = topLevel.some((p) => p.number === c.point.number);
    const number = taken ? freeNumber(draft.points, { parentPointId: null }, c.point.number) : c.point.number;
    const ok = await write.run(async () => {
      await postJson(`/api/versions/${encodeURIComponent(draft.id)}/points`, {
        number,
        text: c.point.text,
        categories: c.point.categories,
        quantities: c.point.quantities,
        conditions: c.point.conditions,
        derivedFrom: [{ pointId: c.point.id }],
      });
    });
    if (ok) onDone();
  };
  return (
    <section className="restore-list" data-testid="restore-list" aria-labelledby="restore-heading">
      <h2 id="restore-heading">Restore a dropped point</h2>
      {candidates.length === 0 ? (
        <p className="muted">
          Every point of the earlier versions is still carried by the version this draft answers.
        </p>
      ) : (
        <>
          <p className="muted">
            These points were in an earlier version and the version this draft answers dropped them. Bringing
            one back adds it at the end; it is recorded as restored, so a party that rejected it before can
            see it return.
          </p>
          <ul className="plain-list">
            {candidates.map((c) => (
              <li key={c.point.id} data-testid="restore-candidate">
                <strong>{revealInvisible(c.point.number)}</strong> of “{revealInvisible(c.version.label)}”:{' '}
                <span dir="auto">
                  {revealInvisible(c.point.text[lang] ?? Object.values(c.point.text)[0] ?? '')}
                </span>{' '}
                <button
                  type="button"
                  disabled={write.busy}
                  onClick={() => void restore(c)}
                  data-testid="restore-point"
                >
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {write.problem ? <ProblemView problem={write.problem} /> : null}
    </section>
  );
}
