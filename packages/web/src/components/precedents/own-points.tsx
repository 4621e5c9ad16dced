import type { PrecedentSide } from '@concord/core';
import { UserText } from '../user-text.tsx';
import { PrecedentPoint } from './precedent-point.tsx';
import { TakeBox } from './take-box.tsx';

/** A plan's points that have no counterpart in the other plan. */
export function OwnPoints({
  side,
  ids,
  testId,
  taking,
  chosen,
  onToggle,
}: {
  side: PrecedentSide;
  ids: readonly string[];
  testId: string;
  taking?: boolean;
  chosen?: ReadonlySet<string>;
  onToggle?: (pointId: string) => void;
}) {
  const byId = new Map(side.points.map((p) => [p.id, p]));
  return (
    <section className="precedent-own" data-testid={testId}>
      <h3>
        Only in <UserText text={side.planTitle} /> ({ids.length})
      </h3>
      {ids.length === 0 ? (
        <p className="muted">Every point has a counterpart in the other plan.</p>
      ) : (
        <ul className="plain-list">
          {ids.map((id) => {
            const point = byId.get(id);
            if (!point) return null;
            return (
              <li key={id}>
                {taking && chosen && onToggle ? (
                  <TakeBox point={point} chosen={chosen} onToggle={onToggle} />
                ) : null}
                <PrecedentPoint point={point} points={side.points} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
