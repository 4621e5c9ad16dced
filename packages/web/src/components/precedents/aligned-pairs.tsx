import type { PlanPrecedent } from '@concord/core';
import { UserText } from '../user-text.tsx';
import { PrecedentPoint } from './precedent-point.tsx';
import { pairReasons, strength } from './reasons.ts';
import { TakeBox } from './take-box.tsx';

/** The points the two plans share, side by side, with why each pair was taken for the same provision. */
export function AlignedPairs({
  answer,
  taking,
  chosen,
  onToggle,
}: {
  answer: PlanPrecedent;
  taking: boolean;
  chosen: ReadonlySet<string>;
  onToggle: (pointId: string) => void;
}) {
  const byId = new Map([...answer.plan.points, ...answer.other.points].map((p) => [p.id, p]));
  if (answer.pairs.length === 0)
    return (
      <p className="muted">No point of one plan answers a point of the other closely enough to pair them.</p>
    );
  return (
    <ol className="precedent-pairs" data-testid="precedent-pairs">
      <li className="precedent-pair precedent-pair-head" aria-hidden="true">
        <span>
          <UserText text={answer.plan.planTitle} />
        </span>
        <span>
          <UserText text={answer.other.planTitle} />
        </span>
      </li>
      {answer.pairs.map((pair) => {
        const mine = byId.get(pair.pointId);
        const theirs = byId.get(pair.otherPointId);
        if (!mine || !theirs) return null;
        const how = strength(pair.score);
        return (
          <li
            key={`${pair.pointId}|${pair.otherPointId}`}
            className="precedent-pair"
            data-testid="precedent-pair"
          >
            <div>
              <PrecedentPoint point={mine} points={answer.plan.points} />
            </div>
            <div>
              {taking ? <TakeBox point={theirs} chosen={chosen} onToggle={onToggle} /> : null}
              <PrecedentPoint point={theirs} points={answer.other.points} />
            </div>
            <div className="precedent-reasons">
              <p>
                <span className={`precedent-strength strength-${how}`}>{how} match</span>{' '}
                <span className="muted">(score {Math.round(pair.score * 100)} of 100)</span>
              </p>
              <ul data-testid="precedent-reasons">
                {pairReasons(pair).map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
